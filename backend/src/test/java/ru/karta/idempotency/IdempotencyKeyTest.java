package ru.karta.idempotency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static ru.karta.support.Api.as;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import ru.karta.support.Documents;
import ru.karta.support.Fixtures;
import ru.karta.support.Meetings;
import ru.karta.support.Reports;
import ru.karta.support.TestTokens.Demo;
import ru.karta.support.Together;

/**
 * Idempotency-Key on the creating POSTs: a retry after a lost answer gets the first answer and creates nothing, a key
 * reused for another request is a 422, keys are each caller's own, and a failed request keeps nothing.
 */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    DataSource db;

    @Inject
    IdempotencyKeys keys;

    private static Response progress(Demo who, String item, String key, String text) {
        var request = as(who).contentType(ContentType.JSON).body(Map.of("text", text));
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/roadmap-items/" + item + "/progress-updates");
    }

    private long progressOf(String item) {
        return count("select count(*) from progress_update where item_id = '" + item + "'");
    }

    @Test
    void shouldAnswerARetryWithTheFirstAnswerAndCreateNothing() {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        String key = UUID.randomUUID().toString();
        Response first = progress(Demo.DEPARTMENT, item, key, "Соглашение подписано");
        first.then().statusCode(201).header("Idempotency-Replayed", nullValue());
        Response retry = progress(Demo.DEPARTMENT, item, "\"" + key + "\"", "Соглашение подписано");
        retry.then().statusCode(201).header("Idempotency-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location"))).contentType(ContentType.JSON)
                .body("id", equalTo(first.path("id"))).body("text", equalTo("Соглашение подписано"));
        assertEquals(1, progressOf(item), "one record for the two requests");

        progress(Demo.DEPARTMENT, item, null, "Соглашение подписано").then().statusCode(201);
        progress(Demo.DEPARTMENT, item, null, "Соглашение подписано").then().statusCode(201);
        assertEquals(3, progressOf(item), "without a key, each request is a new record");
    }

    @Test
    void shouldRefuseAKeyReusedForAnotherRequestAndKeepKeysPerCaller() {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        String other = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        String key = UUID.randomUUID().toString();
        progress(Demo.DEPARTMENT, item, key, "Первая запись").then().statusCode(201);
        progress(Demo.DEPARTMENT, item, key, "Другая запись").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("Idempotency-Key"));
        progress(Demo.DEPARTMENT, other, key, "Первая запись").then().statusCode(422);
        assertEquals(1, progressOf(item));
        assertEquals(0, progressOf(other));
        // the same body with its members in another order is the same request
        as(Demo.DEPARTMENT).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"text\":\"Первая запись\"}").post("/api/v1/roadmap-items/" + item + "/progress-updates")
                .then().statusCode(201).header("Idempotency-Replayed", equalTo("true"));
        // another caller's key is its own
        String theirs = progress(Demo.ASSOCIATION, item, key, "Первая запись").then().statusCode(201)
                .header("Idempotency-Replayed", nullValue()).extract().path("id");
        assertEquals(2, progressOf(item));
        assertNotEquals(theirs, progress(Demo.DEPARTMENT, item, key, "Первая запись").path("id"));
    }

    @Test
    void shouldKeepNothingOfAFailedRequestSoItsKeyCanBeRetried() {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        String key = UUID.randomUUID().toString();
        progress(Demo.DEPARTMENT, item, key, "").then().statusCode(400);
        progress(Demo.DEPARTMENT, item, key, "Теперь с текстом").then().statusCode(201)
                .header("Idempotency-Replayed", nullValue());
        assertEquals(1, progressOf(item));
        as(Demo.DEPARTMENT).contentType(ContentType.JSON).header("Idempotency-Key", "two words")
                .body(Map.of("text", "x")).post("/api/v1/roadmap-items/" + item + "/progress-updates").then()
                .statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        as(Demo.DEPARTMENT).contentType(ContentType.JSON).header("Idempotency-Key", "k".repeat(256))
                .body(Map.of("text", "x")).post("/api/v1/roadmap-items/" + item + "/progress-updates").then()
                .statusCode(400);
        assertEquals(1, progressOf(item));
    }

    @Test
    void shouldCreateOnceWhenTheSameKeyArrivesManyTimesAtOnce() throws Exception {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        String key = UUID.randomUUID().toString();
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> progress(Demo.DEPARTMENT, item, key, "Разом").then().statusCode(201).extract().path("id"));
        }
        List<String> ids = Together.run(tasks);
        assertEquals(1, new HashSet<>(ids).size(), ids.toString());
        assertEquals(1, progressOf(item));
    }

    @Test
    void shouldForgetKeysAfterADay() {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        String key = UUID.randomUUID().toString();
        progress(Demo.DEPARTMENT, item, key, "Вчера").then().statusCode(201);
        execute("update idempotency_key set created_at = created_at - interval '25 hours' where key = '" + key + "'");
        // an expired key is a new key, even before the hourly clean-up
        progress(Demo.DEPARTMENT, item, key, "Сегодня").then().statusCode(201).header("Idempotency-Replayed",
                nullValue());
        execute("update idempotency_key set created_at = created_at - interval '25 hours' where key = '" + key + "'");
        keys.forgetExpired();
        assertEquals(0, count("select count(*) from idempotency_key where key = '" + key + "'"));
        assertEquals(2, progressOf(item));
    }

    @Test
    void shouldMakeReportsCheckInsImportsAndFilesSafeToRetry() {
        // a quarterly report
        String period = Reports.freshPeriod();
        String key = UUID.randomUUID().toString();
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            reports.add(as(Demo.MEMBER).contentType(ContentType.JSON).header("Idempotency-Key", key)
                    .body(Map.of("period", period)).post(Reports.BASE).then().statusCode(201).extract().path("id"));
        }
        assertEquals(reports.get(0), reports.get(1));

        // a check-in: the repeat is the first answer, 201, not the 200 of a second check-in
        String meeting = Meetings.open();
        String code = Meetings.code(meeting);
        key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            as(Demo.MEMBER2).contentType(ContentType.JSON).header("Idempotency-Key", key).body(Map.of("token", code))
                    .post("/api/v1/meetings/" + meeting + "/check-ins").then().statusCode(201);
        }

        // a roadmap import's preview
        byte[] text = Documents.seed();
        key = UUID.randomUUID().toString();
        List<String> previews = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            previews.add(as(Demo.ASSOCIATION).config(Documents.UTF8_NAMES).header("Idempotency-Key", key)
                    .multiPart("file", "карта.txt", text, "text/plain").post("/api/v1/roadmap-imports").then()
                    .statusCode(201).extract().path("id"));
        }
        assertEquals(previews.get(0), previews.get(1));
        as(Demo.ASSOCIATION).config(Documents.UTF8_NAMES).header("Idempotency-Key", key)
                .multiPart("file", "карта.txt", "другой документ".getBytes(), "text/plain")
                .post("/api/v1/roadmap-imports").then().statusCode(422);

        // an evidence file
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        key = UUID.randomUUID().toString();
        byte[] pdf = Documents.pdf("акт");
        for (int i = 0; i < 2; i++) {
            as(Demo.DEPARTMENT).config(Documents.UTF8_NAMES).header("Idempotency-Key", key)
                    .multiPart("file", "акт.pdf", pdf, "application/pdf")
                    .post("/api/v1/roadmap-items/" + item + "/attachments").then().statusCode(201);
        }
        assertEquals(1, count("select count(*) from attachment where item_id = '" + item + "'"));
    }

    @Test
    void shouldLetAnotherOriginsScriptSendAKeyAndReadWhetherTheAnswerWasReplayed() {
        io.restassured.RestAssured.given().header("Origin", "http://127.0.0.1:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/v1/roadmaps").then()
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsStringIgnoringCase("Idempotency-Key"))
                .header("Access-Control-Expose-Headers",
                        org.hamcrest.Matchers.containsStringIgnoringCase("Idempotency-Replayed"));
    }

    private long count(String sql) {
        try (var c = db.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (var c = db.getConnection(); var s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
