package ru.karta.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.as;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import ru.karta.support.Fixtures;
import ru.karta.support.Together;
import ru.karta.support.TestTokens.Demo;

/** Simultaneous writers: one of two edits on the same version wins, the other is told; no update is lost. */
@QuarkusTest
class ConcurrencyTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String ifMatch, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + Demo.CKR.token()).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void shouldLetExactlyOneOfTwoSimultaneousEditsOfTheSameVersionWin() throws Exception {
        for (int round = 0; round < 10; round++) {
            String roadmap = Fixtures.draftRoadmap();
            String item = Fixtures.item(roadmap, "1", "2030", List.of(Fixtures.ASSOCIATION_ORG), List.of());
            String path = "/api/v1/roadmap-items/" + item;
            String etag = as(Demo.CKR).get(path).then().statusCode(200).extract().header("ETag");
            List<HttpResponse<String>> answers = Together.run(List.of(
                    () -> send("PATCH", path, etag, "{\"note\": \"первая правка\"}"),
                    () -> send("PATCH", path, etag, "{\"note\": \"вторая правка\"}")));
            List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).sorted().toList();
            assertEquals(200, statuses.get(0), "one edit wins: " + statuses);
            assertTrue(statuses.get(1) == 412 || statuses.get(1) == 409, "the other is told it is stale: " + statuses);
            HttpResponse<String> winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow();
            String winningNote = JsonPath.from(winner.body()).getString("note");
            JsonPath stored = as(Demo.CKR).get(path).then().statusCode(200).extract().jsonPath();
            assertEquals(winningNote, stored.getString("note"), "the stored note is the winner's");
            assertEquals(1, stored.getInt("version"), "one change, one new version");
            HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() != 200).findFirst().orElseThrow();
            assertTrue(loser.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals(2, as(Demo.CKR).get(path + "/history").then().extract().jsonPath().getInt("totalItems"),
                    "created + the one accepted edit");
        }
    }

    @Test
    void shouldKeepEverySimultaneousProgressUpdate() throws Exception {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        String path = "/api/v1/roadmap-items/" + item + "/progress-updates";
        List<java.util.concurrent.Callable<List<Integer>>> writers = new ArrayList<>();
        for (int w = 0; w < 12; w++) {
            int writer = w;
            writers.add(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    statuses.add(send("POST", path, null,
                            "{\"text\": \"Сообщение " + writer + "-" + i + "\"}").statusCode());
                }
                return statuses;
            });
        }
        List<Integer> statuses = Together.run(writers).stream().flatMap(List::stream).toList();
        assertEquals(60, statuses.stream().filter(s -> s == 201).count(), "every update accepted: " + statuses);
        JsonPath updates = as(Demo.CKR).get(path + "?size=200").then().statusCode(200).extract().jsonPath();
        assertEquals(60, updates.getInt("totalItems"));
        assertEquals(60, updates.getList("items.text").stream().distinct().count(), "no update lost or doubled");
        assertEquals(60, as(Demo.CKR).get("/api/v1/roadmap-items/" + item).then().extract().jsonPath().getInt("version"),
                "each update moved the item's version exactly once");
        assertEquals(61, as(Demo.CKR).get("/api/v1/roadmap-items/" + item + "/history?size=200").then().extract()
                .jsonPath().getInt("totalItems"), "created + 60 progress entries in the audit trail");
    }
}
