package ru.karta.roadmap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import ru.karta.support.Api;
import ru.karta.support.Fixtures;
import ru.karta.support.Reports;
import ru.karta.support.Reports.Reporter;
import ru.karta.support.TestClock;
import ru.karta.support.TestTokens.Demo;

/**
 * The roadmap item that is the quarterly reports duty (item 9 of the seed): marked with duty REPORTS, only on an item
 * due each quarter, and read with each quarter of its roadmap's completeness as its occurrences.
 */
@QuarkusTest
class ReportDutyItemTest {

    static final String SEED_ITEM_9 = "60000000-0000-4000-8000-000000000009";

    @Inject
    DataSource db;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String roadmap(int year) {
        return as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("title", Fixtures.unique("Дорожная карта на " + year + " год"), "periodStart",
                        year + "-01-01", "periodEnd", year + "-12-31"))
                .post("/api/v1/roadmaps").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> item(String number, String deadline, String duty) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("activity", "Предоставление информации о деятельности предприятий по форме (приложение 1)");
        body.put("deadline", Map.of("text", deadline));
        body.put("responsible", List.of(Map.of("organisationId", Fixtures.ASSOCIATION_ORG)));
        body.put("duty", duty);
        return body;
    }

    private static JsonPath read(Demo who, String id) {
        return as(who).get("/api/v1/roadmap-items/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldShowEachQuartersCompletenessAsTheProgressOfTheReportDuty() {
        int y = Reports.freshYear(db);
        String roadmap = roadmap(y);
        String duty = as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(item("9", "раз в квартал", "REPORTS"))
                .post("/api/v1/roadmaps/" + roadmap + "/items").then().statusCode(201)
                .body("duty", equalTo("REPORTS")).body("occurrences.period", equalTo(List.of(y + "-Q1", y + "-Q2",
                        y + "-Q3", y + "-Q4")))
                .extract().path("id");
        String ordinary = Fixtures.item(roadmap, "10", "июнь " + y, List.of(Fixtures.ASSOCIATION_ORG), List.of());
        as(Demo.ASSOCIATION).get("/api/v1/roadmap-items/" + ordinary).then().body("duty", nullValue())
                .body("occurrences", nullValue());

        Reporter onTime = Reports.reporter(db);
        clock.set(Reports.noon(y, 7, 10));
        String report = Reports.create(onTime.token(), null, y + "-Q2");
        Reports.save(onTime.token(), report, Reports.validValues(), null);
        String before = as(Demo.CKR).get("/api/v1/roadmap-items/" + duty).then().statusCode(200).extract()
                .header("ETag");
        Reports.submit(onTime.token(), report);
        var answer = as(Demo.CKR).header("If-None-Match", before).get("/api/v1/roadmap-items/" + duty).then()
                .statusCode(200).extract();
        assertNotEquals(before, answer.header("ETag"), "the item's progress changed with a report, not the item");
        as(Demo.CKR).header("If-None-Match", answer.header("ETag")).get("/api/v1/roadmap-items/" + duty).then()
                .statusCode(304);

        int expected = Reports.memberEnterprises();
        List<Map<String, Object>> occurrences = answer.jsonPath().getList("occurrences");
        assertEquals(List.of(
                List.of(y + "-Q1", expected, 0, 0, 0, expected, 0, 0),
                List.of(y + "-Q2", expected, 1, 1, 0, 0, expected - 1, 0),
                List.of(y + "-Q3", expected, 0, 0, 0, 0, 0, expected),
                List.of(y + "-Q4", expected, 0, 0, 0, 0, 0, expected)),
                occurrences.stream().map(o -> List.of(o.get("period"), o.get("expected"), o.get("submitted"),
                        o.get("onTime"), o.get("late"), o.get("missing"), o.get("pending"), o.get("notDue")))
                        .toList(),
                "period, expected, submitted, onTime, late, missing, pending, notDue");
        JsonPath completeness = as(Demo.SCRIPT).queryParam("year", y).get("/api/v1/quarterly-reports/completeness")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(completeness.getList("totals"), occurrences, "the item shows exactly the completeness totals");
        JsonPath list = as(Demo.ASSOCIATION).get("/api/v1/roadmaps/" + roadmap + "/items").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(occurrences, list.getList("items.find { it.number == '9' }.occurrences"));
        assertNull(list.get("items.find { it.number == '10' }.occurrences"));

        String etag = as(Demo.ASSOCIATION).get("/api/v1/roadmap-items/" + duty).then().extract().header("ETag");
        assertTrue(etag.contains("-o"), "a duty's ETag names its occurrences: " + etag);
        as(Demo.ASSOCIATION).contentType(Api.MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("note", "Сводка — Ассоциация")).patch("/api/v1/roadmap-items/" + duty).then()
                .statusCode(200).body("note", equalTo("Сводка — Ассоциация"))
                .body("duty", equalTo("REPORTS"));
    }

    @Test
    void shouldMarkOnlyAnItemDueEachQuarterAsTheReportDuty() {
        String roadmap = roadmap(2019);
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(item("1", "июнь 2019", "REPORTS"))
                .post("/api/v1/roadmaps/" + roadmap + "/items").then().statusCode(400)
                .body("errors[0].field", equalTo("duty"));
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(item("1", "ежемесячно", "REPORTS"))
                .post("/api/v1/roadmaps/" + roadmap + "/items").then().statusCode(400)
                .body("errors[0].field", equalTo("duty"));
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(item("1", "ежеквартально", "WEEKLY_CALLS"))
                .post("/api/v1/roadmaps/" + roadmap + "/items").then().statusCode(400)
                .body("errors[0].field", equalTo("duty"));
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(item("1", "июнь 2019", "MEETINGS"))
                .post("/api/v1/roadmaps/" + roadmap + "/items").then().statusCode(400)
                .body("errors[0].field", equalTo("duty"));
        // the quarterly meetings are a duty too: its quarters, none held in a year without meetings
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(item("2", "ежеквартально", "MEETINGS"))
                .post("/api/v1/roadmaps/" + roadmap + "/items").then().statusCode(201)
                .body("meetings.period", equalTo(List.of("2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4")))
                .body("meetings.held", equalTo(List.of(false, false, false, false)))
                .body("occurrences", nullValue());
        String id = as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(item("1", "ежеквартально", null))
                .post("/api/v1/roadmaps/" + roadmap + "/items").then().statusCode(201).body("duty", nullValue())
                .body("occurrences", nullValue()).extract().path("id");
        String path = "/api/v1/roadmap-items/" + id;

        as(Demo.CKR).contentType(Api.MERGE_PATCH).body(Map.of("duty", "REPORTS", "version", 0)).patch(path).then()
                .statusCode(200).body("duty", equalTo("REPORTS")).body("occurrences.size()", equalTo(4));
        as(Demo.ASSOCIATION).contentType(Api.MERGE_PATCH).body(Map.of("deadline", Map.of("text", "2019"), "version", 1))
                .patch(path).then().statusCode(400).body("errors[0].field", equalTo("duty"));
        Map<String, Object> clear = new HashMap<>();
        clear.put("duty", null);
        clear.put("version", 1);
        as(Demo.ASSOCIATION).contentType(Api.MERGE_PATCH).body(clear).patch(path).then().statusCode(200)
                .body("duty", nullValue()).body("occurrences", nullValue());
        JsonPath history = as(Demo.ASSOCIATION).get(path + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("field", "duty", "from", "REPORTS"), withoutNull(history.getMap(
                "items[0].changes.find { it.field == 'duty' }")));
        assertEquals("REPORTS", history.getString("items[1].changes.find { it.field == 'duty' }.to"));
    }

    @Test
    void shouldCarryTheDutyIntoACopyOfTheRoadmap() {
        String roadmap = roadmap(2018);
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(item("9", "ежеквартально", "REPORTS"))
                .post("/api/v1/roadmaps/" + roadmap + "/items").then().statusCode(201);
        Fixtures.approve(roadmap);
        String copy = as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/roadmaps/"
                + roadmap + "/copy").then().statusCode(201).extract().path("id");
        as(Demo.ASSOCIATION).get("/api/v1/roadmaps/" + copy + "/items").then().statusCode(200)
                .body("items[0].duty", equalTo("REPORTS"))
                .body("items[0].occurrences.period", equalTo(List.of("2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4")));
    }

    @Test
    void shouldShowTheDemoReportsAsTheProgressOfSeedItem9() {
        for (Demo who : Demo.values()) {
            JsonPath item = read(who, SEED_ITEM_9);
            assertEquals("REPORTS", item.getString("duty"), who.username);
            assertEquals(List.of("2017-Q1", "2017-Q2", "2017-Q3", "2017-Q4"), item.getList("occurrences.period"));
            Map<String, Object> q3 = item.getMap("occurrences[2]");
            assertEquals(5, q3.get("onTime"), "2017-Q3: five demo members on time, ООО «Арматура-Демо» missing");
            assertEquals(5, q3.get("submitted"));
            assertEquals((Integer) q3.get("expected") - 5, q3.get("missing"));
            assertTrue((Integer) item.getMap("occurrences[1]").get("late") >= 1, "АО «Стеклопластик-Демо» was late");
        }
    }

    private static Map<String, Object> withoutNull(Map<String, Object> map) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.values().removeIf(java.util.Objects::isNull);
        return copy;
    }
}
