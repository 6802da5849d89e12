package ru.karta.roadmap;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.as;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import ru.karta.security.Actor;
import ru.karta.support.Api;
import ru.karta.support.Fixtures;
import ru.karta.support.TestClock;
import ru.karta.support.TestTokens.Demo;
import ru.karta.support.Together;

/** The domain spine: actors outside requests, the one clock, the overdue rule, races, and patches that change nothing. */
@QuarkusTest
class SpineTest {

    @Inject
    RoadmapService roadmaps;

    @Inject
    TestClock clock;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private int send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + Demo.CKR.token()).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void shouldRecordTheSystemAsTheAuthorOfAChangeMadeOutsideAnyRequest() {
        var body = json.createObjectNode().put("title", Fixtures.unique("Импорт на 2031 год"))
                .put("periodStart", "2031-01-01").put("periodEnd", "2031-12-31");
        String id = roadmaps.create(Actor.system("import"), body).id().toString();
        as(Demo.ASSOCIATION).get("/api/v1/roadmaps/" + id + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("CREATED")).body("items[0].actor.kind", equalTo("SYSTEM"))
                .body("items[0].actor.subject", equalTo("system:import"));
    }

    @Test
    void shouldDecideOverdueByTheClusterClockNotByTheCalendar() {
        String roadmap = Fixtures.draftRoadmap();
        String item = Fixtures.item(roadmap, "1", "15.06.2030", List.of(Fixtures.ASSOCIATION_ORG), List.of());
        String path = "/api/v1/roadmap-items/" + item;
        clock.set(Instant.parse("2030-06-15T20:59:00Z")); // 23:59 on the due day in Moscow
        as(Demo.CKR).get(path).then().body("overdue", equalTo(false));
        clock.set(Instant.parse("2030-06-15T21:01:00Z")); // 00:01 the next day in Moscow, still the 15th in UTC
        as(Demo.CKR).get(path).then().body("overdue", equalTo(true));
        as(Demo.CKR).get("/api/v1/roadmaps/" + roadmap + "/items?overdue=true").then().body("totalItems", equalTo(1));
    }

    @Test
    void shouldAgreeOnOverdueInSqlAndInJava() {
        String roadmap = Fixtures.draftRoadmap();
        String[] deadlines = { "2027", "05.03.2028", "06.03.2028", "07.03.2028", "март 2028", "I квартал 2028",
                "2028", "февраль 2028", "ежеквартально", "2029" };
        String[] statuses = { "NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED" };
        int n = 0;
        for (String deadline : deadlines) {
            for (String status : statuses) {
                String id = Fixtures.item(roadmap, Integer.toString(++n), deadline, List.of(Fixtures.CKR_ORG),
                        List.of());
                if (!status.equals("NOT_STARTED")) {
                    as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("status", status, "version", 0))
                            .patch("/api/v1/roadmap-items/" + id).then().statusCode(200);
                }
            }
        }
        LocalDate today = clock.today();
        JsonPath all = as(Demo.CKR).get("/api/v1/roadmaps/" + roadmap + "/items?size=200").then().extract().jsonPath();
        List<String> javaOverdue = new ArrayList<>();
        for (Map<String, Object> item : all.<Map<String, Object>>getList("items")) {
            @SuppressWarnings("unchecked")
            var deadline = (Map<String, Object>) item.get("deadline");
            boolean overdue = Overdue.test(LocalDate.parse((String) deadline.get("dueDate")),
                    ItemStatus.valueOf((String) item.get("status")), today);
            assertEquals(overdue, item.get("overdue"), "the view agrees with the rule for " + item.get("number"));
            if (overdue) {
                javaOverdue.add((String) item.get("id"));
            }
        }
        List<String> sqlOverdue = as(Demo.CKR).get("/api/v1/roadmaps/" + roadmap + "/items?overdue=true&size=200")
                .then().extract().jsonPath().getList("items.id");
        assertEquals(javaOverdue, sqlOverdue);
        assertEquals(javaOverdue.size(), as(Demo.CKR).get("/api/v1/roadmaps/" + roadmap + "/summary").then().extract()
                .jsonPath().getInt("overdue"));
        assertTrue(!javaOverdue.isEmpty() && javaOverdue.size() < 40, "both kinds present: " + javaOverdue.size());
    }

    @Test
    void shouldAnswerParallelDeletionsOfOneItemWith204AndThen404() throws Exception {
        for (int round = 0; round < 5; round++) {
            String item = Fixtures.item(Fixtures.draftRoadmap(), "1", "2030", List.of(Fixtures.CKR_ORG), List.of());
            List<Callable<Integer>> deletions = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                deletions.add(() -> send("DELETE", "/api/v1/roadmap-items/" + item, null));
            }
            List<Integer> statuses = Together.run(deletions);
            assertEquals(1, statuses.stream().filter(s -> s == 204).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 404).count(), statuses.toString());
        }
    }

    @Test
    void shouldNeverLoseProgressToADeletionRacingIt() throws Exception {
        for (int round = 0; round < 5; round++) {
            String roadmap = Fixtures.draftRoadmap();
            String item = Fixtures.item(roadmap, "1", "2030", List.of(Fixtures.CKR_ORG), List.of());
            Fixtures.approve(roadmap);
            List<Callable<Integer>> racers = new ArrayList<>();
            racers.add(() -> send("DELETE", "/api/v1/roadmap-items/" + item, null));
            for (int i = 0; i < 4; i++) {
                racers.add(() -> send("POST", "/api/v1/roadmap-items/" + item + "/progress-updates",
                        "{\"text\": \"Сделано\"}"));
            }
            List<Integer> statuses = Together.run(racers);
            assertTrue(statuses.stream().allMatch(s -> s < 500), statuses.toString());
            int deleted = statuses.get(0);
            if (deleted == 204) {
                assertTrue(statuses.subList(1, 5).stream().allMatch(s -> s == 404), statuses.toString());
            } else {
                assertEquals(409, deleted, statuses.toString());
                long kept = statuses.subList(1, 5).stream().filter(s -> s == 201).count();
                assertEquals(kept, as(Demo.CKR).get("/api/v1/roadmap-items/" + item + "/progress-updates").then()
                        .extract().jsonPath().getInt("totalItems"));
            }
        }
    }

    @Test
    void shouldGiveTwoItemsTheSameNumberOnlyOnceWhenTwoEditsRace() throws Exception {
        for (int round = 0; round < 5; round++) {
            String roadmap = Fixtures.draftRoadmap();
            String a = Fixtures.item(roadmap, "1", "2030", List.of(Fixtures.CKR_ORG), List.of());
            String b = Fixtures.item(roadmap, "2", "2030", List.of(Fixtures.CKR_ORG), List.of());
            List<Integer> statuses = Together.run(List.of(
                    () -> send("PATCH", "/api/v1/roadmap-items/" + a, "{\"number\": \"9\", \"version\": 0}"),
                    () -> send("PATCH", "/api/v1/roadmap-items/" + b, "{\"number\": \"9\", \"version\": 0}")));
            assertEquals(List.of(200, 409), statuses.stream().sorted().toList());
            assertEquals(1, as(Demo.CKR).get("/api/v1/roadmaps/" + roadmap + "/items?q=9").then().extract().jsonPath()
                    .getList("items.findAll { it.number == '9' }").size());
        }
    }

    @Test
    void shouldChangeNothingWhenARoadmapOrItemPatchChangesNothing() {
        String roadmap = Fixtures.draftRoadmap();
        String item = Fixtures.item(roadmap, "3", "июнь 2030", List.of(Fixtures.CKR_ORG), List.of());
        Map<String, String> paths = Map.of("/api/v1/roadmaps/" + roadmap, "title",
                "/api/v1/roadmap-items/" + item, "activity");
        for (var entry : paths.entrySet()) {
            String path = entry.getKey();
            JsonPath before = as(Demo.CKR).get(path).then().extract().jsonPath();
            String etag = as(Demo.CKR).get(path).then().extract().header("ETag");
            int history = as(Demo.CKR).get(path + "/history").then().extract().jsonPath().getInt("totalItems");
            Map<String, Object> same = new HashMap<>();
            same.put(entry.getValue(), before.getString(entry.getValue()));
            String after = as(Demo.CKR).contentType(Api.MERGE_PATCH).header("If-Match", etag).body(same).patch(path)
                    .then().statusCode(200).body("version", equalTo(0)).extract().header("ETag");
            assertEquals(etag, after, path);
            assertEquals(history, as(Demo.CKR).get(path + "/history").then().extract().jsonPath().getInt("totalItems"),
                    "no audit entry for " + path);
        }
    }
}
