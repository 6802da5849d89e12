package ru.karta.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.as;
import static ru.karta.support.Api.asToken;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import ru.karta.support.Fixtures;
import ru.karta.support.Reports;
import ru.karta.support.Reports.Reporter;
import ru.karta.support.TestClock;
import ru.karta.support.TestTokens;
import ru.karta.support.TestTokens.Demo;

/** Quarterly reports over HTTP: the lifecycle, who sees and does what, the rules, versions, and the clock's lock. */
@QuarkusTest
class QuarterlyReportApiTest {

    static final String BASE = Reports.BASE;

    @Inject
    DataSource db;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> body(Map<String, Object> values, String comment, Object version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("values", values);
        body.put("comment", comment);
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static RequestSpecification json(RequestSpecification request) {
        return request.contentType(ContentType.JSON);
    }

    private static Map<String, Object> with(Map<String, Object> values, Object... codesAndValues) {
        Map<String, Object> result = new LinkedHashMap<>(values);
        for (int i = 0; i < codesAndValues.length; i += 2) {
            result.put((String) codesAndValues[i], codesAndValues[i + 1]);
        }
        return result;
    }

    // ------------------------------------------------------------------------------------------------ lifecycle

    @Test
    void shouldCarryAReportFromDraftThroughReturnAndResubmitToAccepted() {
        Reporter member = Reports.reporter(db);
        JsonPath created = json(asToken(member.token())).body(Map.of("period", "2028-Q1")).post(BASE).then()
                .statusCode(201).header("Location", containsString(BASE + "/")).header("ETag", notNullValue())
                .body("status", equalTo("DRAFT")).body("organisationId", equalTo(member.organisationId()))
                .body("period", equalTo("2028-Q1")).body("formVersion", equalTo(1))
                .body("values", hasKey("R01")).body("values.R01", nullValue()).body("computed", hasKey("R08"))
                .body("locked", equalTo(false)).body("closesAt", equalTo("2028-04-30T21:00:00Z"))
                .body("permissions.edit", equalTo(true)).body("permissions.submit", equalTo(true))
                .body("permissions.accept", equalTo(false)).body("permissions.return", equalTo(false))
                .body("permissions.reopen", equalTo(false)).body("version", equalTo(0))
                .extract().jsonPath();
        String id = created.getString("id");
        String path = BASE + "/" + id;
        assertTrue(created.getList("issues.code").contains("REQUIRED"), "an empty draft lacks the required values");

        json(asToken(member.token())).body(body(with(Reports.validValues(), "R03", 15000), null, 0)).put(path).then()
                .statusCode(200).body("version", equalTo(1)).body("issues.code", hasItem("PART_EXCEEDS_WHOLE"));
        json(asToken(member.token())).body(body(Reports.validValues(), null, 1)).put(path).then().statusCode(200)
                .body("issues", equalTo(List.of()));
        asToken(member.token()).post(path + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue()).body("permissions.edit", equalTo(false));

        as(Demo.ASSOCIATION).get(path).then().statusCode(200).body("permissions.accept", equalTo(true))
                .body("permissions.return", equalTo(true)).body("permissions.reopen", equalTo(true))
                .body("permissions.edit", equalTo(false));
        json(as(Demo.ASSOCIATION)).body(Map.of("comment", "  ")).post(path + "/return").then().statusCode(400)
                .body("errors.field", hasItem("comment"));
        json(as(Demo.CKR)).body(Map.of("comment", "Уточните R03")).post(path + "/return").then().statusCode(403);
        json(as(Demo.ASSOCIATION)).body(Map.of("comment", "Уточните R03: доля выше прошлого квартала"))
                .post(path + "/return").then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnComment", equalTo("Уточните R03: доля выше прошлого квартала"));

        asToken(member.token()).get(path).then().body("permissions.edit", equalTo(true))
                .body("returnComment", notNullValue());
        json(asToken(member.token())).body(body(with(Reports.validValues(), "R03", 5200), "R03 уточнён", 4))
                .put(path).then().statusCode(200).body("values.R03", equalTo(5200)).body("comment", equalTo("R03 уточнён"));
        asToken(member.token()).post(path + "/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));

        as(Demo.CKR).post(path + "/accept").then().statusCode(403);
        as(Demo.ASSOCIATION).post(path + "/accept").then().statusCode(200).body("status", equalTo("ACCEPTED"))
                .body("acceptedAt", notNullValue()).body("permissions.accept", equalTo(false))
                .body("permissions.reopen", equalTo(true));
        json(asToken(member.token())).body(body(Reports.validValues(), null, 7)).put(path).then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:report-accepted"));

        JsonPath history = as(Demo.ASSOCIATION).get(path + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("ACCEPTED", "SUBMITTED", "UPDATED", "RETURNED", "SUBMITTED", "UPDATED", "UPDATED",
                "CREATED"), history.getList("items.action"));
        assertEquals(Demo.ASSOCIATION.name, history.getString("items[0].actor.name"));
        assertEquals("PERSON", history.getString("items[1].actor.kind"));
        assertEquals(Map.of("field", "values.R03", "from", "5700", "to", "5200"),
                history.getMap("items[2].changes.find { it.field == 'values.R03' }"));
        assertEquals("Уточните R03: доля выше прошлого квартала",
                history.getString("items[3].changes.find { it.field == 'returnComment' }.to"));
        assertEquals("RETURNED", history.getString("items[3].changes.find { it.field == 'status' }.to"));
        asToken(member.token()).get(path + "/history").then().statusCode(200).body("totalItems", equalTo(8));
    }

    // ------------------------------------------------------------------------------------------------ access

    @Test
    void shouldShowAReportOnlyToItsOrganisationTheAssociationAndCkr() {
        String id = Reports.memberDraft();
        String path = BASE + "/" + id;
        for (Demo who : new Demo[] { Demo.MEMBER, Demo.ASSOCIATION, Demo.CKR }) {
            as(who).get(path).then().statusCode(200).body("organisationId", equalTo(Fixtures.MEMBER_ORG))
                    .body("organisationName", equalTo("ООО «Композит-Демо»"));
            as(who).get(path + "/history").then().statusCode(200);
        }
        for (Demo who : new Demo[] { Demo.MEMBER2, Demo.DEPARTMENT, Demo.SCRIPT }) {
            as(who).get(path).then().statusCode(404).body("type", equalTo("urn:karta:problem:not-found"));
            as(who).get(path + "/history").then().statusCode(404);
            json(as(who)).body(body(Reports.validValues(), null, 0)).put(path).then().statusCode(404);
            as(who).post(path + "/submit").then().statusCode(404);
            as(who).post(path + "/reopen").then().statusCode(404);
        }
        as(Demo.CKR).get(path).then().body("permissions.edit", equalTo(false))
                .body("permissions.accept", equalTo(false)).body("permissions.reopen", equalTo(false));
        for (Demo who : new Demo[] { Demo.ASSOCIATION, Demo.CKR }) {
            json(as(who)).body(body(Reports.validValues(), null, 0)).put(path).then().statusCode(403)
                    .body("type", equalTo("urn:karta:problem:forbidden"));
            as(who).post(path + "/submit").then().statusCode(403);
        }
        as(Demo.DEPARTMENT).get(BASE).then().statusCode(403).body("type", equalTo("urn:karta:problem:forbidden"));
        as(Demo.SCRIPT).get(BASE).then().statusCode(403);
        as(Demo.MEMBER2).queryParam("organisationId", Fixtures.MEMBER_ORG).get(BASE).then().statusCode(200)
                .body("totalItems", equalTo(0));
        as(Demo.MEMBER2).queryParam("size", 200).get(BASE).then().statusCode(200)
                .body("items.organisationId", everyItem(equalTo(Fixtures.MEMBER2_ORG)));
        as(Demo.CKR).queryParam("organisationId", Fixtures.MEMBER_ORG).queryParam("size", 200).get(BASE).then()
                .statusCode(200).body("items.id", hasItem(id)).body("permissions.create", equalTo(false));
        as(Demo.MEMBER).get(BASE).then().body("permissions.create", equalTo(true));
    }

    @Test
    void shouldLetAMemberCreateOnlyItsOwnOrganisationsReport() {
        String period = Reports.freshPeriod();
        json(as(Demo.MEMBER)).body(Map.of("organisationId", Fixtures.MEMBER2_ORG, "period", period)).post(BASE).then()
                .statusCode(403);
        for (Demo who : new Demo[] { Demo.CKR, Demo.DEPARTMENT, Demo.SCRIPT }) {
            json(as(who)).body(Map.of("organisationId", Fixtures.MEMBER_ORG, "period", period)).post(BASE).then()
                    .statusCode(403);
        }
        json(as(Demo.ASSOCIATION)).body(Map.of("period", period)).post(BASE).then().statusCode(400)
                .body("errors[0].field", equalTo("organisationId"));
        json(as(Demo.ASSOCIATION)).body(Map.of("organisationId", java.util.UUID.randomUUID().toString(), "period",
                period)).post(BASE).then().statusCode(400).body("errors[0].field", equalTo("organisationId"));
        String id = json(as(Demo.MEMBER)).body(Map.of("organisationId", Fixtures.MEMBER_ORG, "period", period))
                .post(BASE).then().statusCode(201).extract().path("id");
        json(as(Demo.MEMBER)).body(Map.of("period", period)).post(BASE).then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:duplicate-report"))
                .body("errors[0].field", equalTo("period"));
        json(as(Demo.ASSOCIATION)).body(Map.of("organisationId", Fixtures.MEMBER_ORG, "period", period)).post(BASE)
                .then().statusCode(409);
        assertEquals(List.of("CREATED"), Reports.actions(Demo.MEMBER.token(), id));

        String lonely = TestTokens.token(Fixtures.account(db, null), "lonely", "Без организации", "member");
        json(asToken(lonely)).body(Map.of("period", period)).post(BASE).then().statusCode(400)
                .body("errors[0].field", equalTo("organisationId"));
        asToken(lonely).get(BASE).then().statusCode(200).body("totalItems", equalTo(0))
                .body("permissions.create", equalTo(false));
    }

    @Test
    void shouldRefuseAPeriodThatIsNotAQuarterNamingIt() {
        for (Object bad : List.of("2017-Q5", "2017Q2", "II квартал 2017", "1989-Q4", "", 2017)) {
            json(as(Demo.MEMBER)).body(Map.of("period", bad)).post(BASE).then().statusCode(400)
                    .body("errors.field", hasItem("period"));
        }
        json(as(Demo.MEMBER)).body(Map.of()).post(BASE).then().statusCode(400).body("errors.field", hasItem("period"));
        as(Demo.ASSOCIATION).queryParam("period", "2017-Q0").get(BASE).then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
    }

    // ------------------------------------------------------------------------------------------------ rules

    @Test
    void shouldSaveADraftWithMistakesAndAnswerWhatTheRulesFindInTheCallersLanguage() {
        Reporter member = Reports.reporter(db);
        String id = Reports.create(member.token(), null, "2028-Q1");
        JsonPath saved = json(asToken(member.token()))
                .body(body(with(Reports.validValues(), "R03", 15000, "P01", 50.5, "R05", -1, "F01", -120.5), null, 0))
                .put(BASE + "/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("R03", "R02"),
                saved.getList("issues.find { it.code == 'PART_EXCEEDS_WHOLE' }.indicators"));
        assertEquals("ERROR", saved.getString("issues.find { it.code == 'PART_EXCEEDS_WHOLE' }.severity"));
        assertEquals(List.of("P01"), saved.getList("issues.find { it.code == 'NOT_INTEGER' }.indicators"));
        assertEquals(List.of("R05"), saved.getList("issues.find { it.code == 'NEGATIVE' }.indicators"));
        assertEquals(3, saved.getList("issues").size(), "F01 may be negative: " + saved.getList("issues"));
        assertTrue(saved.getString("issues.find { it.code == 'PART_EXCEEDS_WHOLE' }.message")
                .contains("(R03) больше, чем"), saved.getString("issues[0].message"));
        String english = asToken(member.token()).header("Accept-Language", "en").get(BASE + "/" + id).then()
                .statusCode(200).extract().path("issues.find { it.code == 'PART_EXCEEDS_WHOLE' }.message");
        assertTrue(english.contains("\"of which cluster (composite) products\" (R03) is larger than"), english);
        assertEquals("-120.5", saved.getString("values.F01"));
    }

    @Test
    void shouldRefuseToSubmitWhileTheRulesFindErrorsNamingEachField() {
        Reporter member = Reports.reporter(db);
        String id = Reports.create(member.token(), null, "2028-Q1");
        Map<String, Object> values = with(Reports.validValues(), "R03", 15000, "T01", 80);
        values.remove("P03");
        Reports.save(member.token(), id, values, null);
        JsonPath refused = asToken(member.token()).post(BASE + "/" + id + "/submit").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:karta:problem:report-has-errors"))
                .extract().jsonPath();
        assertEquals(List.of("values.P03", "values.R03", "values.T02"),
                refused.getList("errors.field", String.class).stream().sorted().toList());
        assertTrue(refused.getString("errors.find { it.field == 'values.P03' }.message").contains("P03"));
        asToken(member.token()).get(BASE + "/" + id).then().body("status", equalTo("DRAFT"));
        assertEquals(List.of("UPDATED", "CREATED"), Reports.actions(member.token(), id));
    }

    @Test
    void shouldRequireAnExplanationOfAChangeOverHalfAgainstThePreviousQuarter() {
        Reporter member = Reports.reporter(db);
        String before = Reports.create(member.token(), null, "2030-Q1");
        Reports.save(member.token(), before, Reports.validValues(), null);
        String id = Reports.create(member.token(), null, "2030-Q2");
        Reports.save(member.token(), id, with(Reports.validValues(), "R01", 25000), null);
        String draftETag = asToken(member.token()).get(BASE + "/" + id).then()
                .body("issues", equalTo(List.of())).extract().header("ETag");
        Reports.submit(member.token(), before);

        var answer = asToken(member.token()).get(BASE + "/" + id).then().statusCode(200).extract();
        assertNotEquals(draftETag, answer.header("ETag"), "the previous quarter's report changes the answer");
        JsonPath warned = answer.jsonPath();
        assertEquals(List.of("CHANGE_OVER_THRESHOLD", "COMMENT_REQUIRED"), warned.getList("issues.code"));
        assertEquals(List.of("WARNING", "ERROR"), warned.getList("issues.severity"));
        assertEquals(List.of("N01"), warned.getList("issues[1].indicators"));
        assertTrue(warned.getString("issues[0].message").contains("+64 %"), warned.getString("issues[0].message"));
        asToken(member.token()).post(BASE + "/" + id + "/submit").then().statusCode(400)
                .body("errors.field", equalTo(List.of("comment")));

        Reports.save(member.token(), id, with(Reports.validValues(), "R01", 25000), "Новый контракт на поставку");
        asToken(member.token()).get(BASE + "/" + id).then().body("issues.code", equalTo(List.of("CHANGE_OVER_THRESHOLD")));
        asToken(member.token()).post(BASE + "/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void shouldAgreeWithTheSharedRuleCasesThroughTheApi() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var doc = mapper.readTree(ReportRulesCasesTest.DIR.resolve("cases.json").toFile());
        for (var c : doc.get("cases")) {
            String name = c.get("name").asText();
            Reporter member = Reports.reporter(db);
            if (c.has("previousValues")) {
                String previous = Reports.create(member.token(), null, "2030-Q3");
                Reports.save(member.token(), previous, mapper.convertValue(c.get("previousValues"), Map.class), null);
                markSubmitted(previous);
            }
            String id = Reports.create(member.token(), null, "2030-Q4");
            Map<String, Object> sent = new HashMap<>();
            sent.put("values", c.get("values"));
            sent.put("comment", c.hasNonNull("comment") ? c.get("comment").asText() : null);
            sent.put("version", 0);
            var read = mapper.readTree(json(asToken(member.token())).body(mapper.writeValueAsString(sent))
                    .put(BASE + "/" + id).then().statusCode(200).extract().asString());
            List<String> found = new java.util.ArrayList<>();
            read.get("issues").forEach(i -> found.add(i.get("code").asText() + " " + i.get("severity").asText() + " "
                    + i.get("indicators")));
            List<String> expected = new java.util.ArrayList<>();
            c.get("expected").forEach(e -> expected.add(e.get("code").asText() + " " + e.get("severity").asText()
                    + " " + e.get("indicators")));
            assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList(), name);
            if (c.has("computed")) {
                c.get("computed").fields().forEachRemaining(e -> {
                    var got = read.get("computed").get(e.getKey());
                    assertTrue(e.getValue().isNull() ? got.isNull()
                            : got.isNumber() && got.decimalValue().compareTo(e.getValue().decimalValue()) == 0,
                            name + " " + e.getKey() + ": expected " + e.getValue() + ", answered " + got);
                });
            }
        }
    }

    /** The previous quarter's report as it was submitted (its values may be incomplete: it is only compared with). */
    private void markSubmitted(String id) throws java.sql.SQLException {
        try (var c = db.getConnection(); var update = c.prepareStatement("update quarterly_report set"
                + " status = 'SUBMITTED', submitted_at = now(), first_submitted_at = now() where id = ?")) {
            update.setObject(1, java.util.UUID.fromString(id));
            assertEquals(1, update.executeUpdate());
        }
    }

    @Test
    void shouldRefuseWhatIsNotAValueOfTheFormNamingEachOne() {
        Reporter member = Reports.reporter(db);
        String id = Reports.create(member.token(), null, "2028-Q1");
        String path = BASE + "/" + id;
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("R99", 1);
        bad.put("R08", 55.5);
        bad.put("N01", 3);
        bad.put("R01", "12");
        bad.put("R02", true);
        bad.put("R03", Map.of("value", 1));
        bad.put("P01", 1e13);
        bad.put("P02", 0.1234567);
        bad.put("P03", 100);
        JsonPath refused = json(asToken(member.token())).body(body(bad, null, 0)).put(path).then().statusCode(400)
                .extract().jsonPath();
        assertEquals(List.of("values.N01", "values.P01", "values.P02", "values.R01", "values.R02", "values.R03",
                "values.R08", "values.R99"), refused.getList("errors.field", String.class).stream().sorted().toList());
        assertTrue(refused.getString("errors.find { it.field == 'values.R08' }.message").contains("рассчитывается"));
        for (String huge : List.of("1e400", "-1e400", "123456789012345678901234567890")) {
            json(asToken(member.token())).body("{\"values\": {\"R01\": " + huge + "}, \"version\": 0}").put(path)
                    .then().statusCode(400).body("errors[0].field", equalTo("values.R01"));
        }
        json(asToken(member.token())).body(Map.of("comment", "без значений", "version", 0)).put(path).then()
                .statusCode(400).body("errors[0].field", equalTo("values"));
        json(asToken(member.token())).body(Map.of("values", List.of(1), "version", 0)).put(path).then()
                .statusCode(400).body("errors[0].field", equalTo("values"));
        json(asToken(member.token())).body(Map.of("values", Map.of(), "version", 1.5)).put(path).then()
                .statusCode(400).body("errors[0].field", equalTo("version"));
        json(asToken(member.token())).body(body(Map.of(), "x".repeat(4001), 0)).put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("comment"));
        json(asToken(member.token())).body(Map.of("values", Map.of(), "version", 0, "status", "ACCEPTED")).put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        asToken(member.token()).get(path).then().body("version", equalTo(0)).body("values.P03", nullValue());
    }

    @Test
    void shouldNeverReadABlankAsZero() {
        Reporter member = Reports.reporter(db);
        String id = Reports.create(member.token(), null, "2028-Q1");
        Map<String, Object> values = with(Reports.validValues(), "R02", null, "R05", 0);
        JsonPath saved = json(asToken(member.token())).body(body(values, null, 0)).put(BASE + "/" + id).then()
                .statusCode(200).body("values", hasKey("R02")).body("values.R02", nullValue())
                .body("values.R05", equalTo(0)).body("values.R06", nullValue()).extract().jsonPath();
        assertEquals(List.of("REQUIRED"), saved.getList("issues.code"), "R03 over a blank R02 is no part-of error");
        assertEquals(List.of("R02"), saved.getList("issues[0].indicators"));
        assertEquals((Object) null, saved.get("computed.R08"));
        json(asToken(member.token())).body(body(with(values, "R02", 0), null, 1)).put(BASE + "/" + id).then()
                .statusCode(200).body("values.R02", equalTo(0)).body("computed.R08", nullValue())
                .body("issues.code", hasItem("PART_EXCEEDS_WHOLE"));
    }

    @Test
    void shouldComputeIndicatorsFromTheValues() {
        Reporter member = Reports.reporter(db);
        String id = Reports.create(member.token(), null, "2028-Q1");
        JsonPath saved = json(asToken(member.token())).body(body(Reports.validValues(), null, 0)).put(BASE + "/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("38.5", saved.getString("computed.R08"), "5700 / 14800");
        assertEquals("21.2", saved.getString("computed.R09"), "3140.2 / 14800");
        assertEquals("41251", saved.getString("computed.P04"), "14231.7 thousand / 115 / 3 months, in roubles");
        assertEquals("132.5", saved.getString("computed.P06"), "15234.5 / 115");
        assertEquals(List.of("R08", "R09", "P04", "P06"), List.copyOf(saved.getMap("computed").keySet()));
    }

    // ------------------------------------------------------------------------------------------------ versions

    @Test
    void shouldRefuseAStaleVersionWith409AndAStaleIfMatchWith412() {
        Reporter member = Reports.reporter(db);
        String id = Reports.create(member.token(), null, "2028-Q1");
        String path = BASE + "/" + id;
        String first = asToken(member.token()).get(path).then().extract().header("ETag");
        asToken(member.token()).header("If-None-Match", first).get(path).then().statusCode(304);
        String second = json(asToken(member.token())).body(body(Reports.validValues(), null, 0)).put(path).then()
                .statusCode(200).extract().header("ETag");
        assertNotEquals(first, second);
        json(asToken(member.token())).body(body(Reports.validValues(), "другое", 0)).put(path).then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:stale-version")).body("errors[0].field", equalTo("version"));
        json(asToken(member.token())).header("If-Match", first).body(body(Reports.validValues(), "другое", null))
                .put(path).then().statusCode(412);
        json(asToken(member.token())).body(body(Reports.validValues(), "другое", null)).put(path).then()
                .statusCode(428);
        json(asToken(member.token())).header("If-Match", second).body(body(Reports.validValues(), "другое", null))
                .put(path).then().statusCode(200).body("comment", equalTo("другое")).body("version", equalTo(2));
        asToken(member.token()).header("If-Match", second).post(path + "/submit").then().statusCode(412);
        json(asToken(member.token())).body(body(Reports.validValues(), "другое", 2)).put(path).then().statusCode(200)
                .body("version", equalTo(2));
        assertEquals(List.of("UPDATED", "UPDATED", "CREATED"), Reports.actions(member.token(), id),
                "a save that changes nothing is no change");
    }

    @Test
    void shouldRefuseChangesToASubmittedOrAcceptedReportWith409() {
        String id = Reports.memberSubmitted();
        String path = BASE + "/" + id;
        json(as(Demo.MEMBER)).body(body(Reports.validValues(), null, 2)).put(path).then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:report-submitted"));
        as(Demo.MEMBER).post(path + "/submit").then().statusCode(409);
        as(Demo.ASSOCIATION).post(path + "/accept").then().statusCode(200);
        as(Demo.ASSOCIATION).post(path + "/accept").then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:report-not-submitted"));
        json(as(Demo.ASSOCIATION)).body(Map.of("comment", "Поздно")).post(path + "/return").then().statusCode(409);
        as(Demo.MEMBER).post(path + "/submit").then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:report-accepted"));
        as(Demo.ASSOCIATION).post(Reports.BASE + "/" + Reports.memberDraft() + "/accept").then().statusCode(409);
    }

    // ------------------------------------------------------------------------------------------------ the clock

    @Test
    void shouldLockAQuarterByTheClusterClock() {
        Reporter member = Reports.reporter(db);
        clock.set(Instant.parse("2017-07-30T20:59:00Z")); // 23:59 on 30 July in Moscow: 2017-Q2 is open 30 days
        String id = Reports.create(member.token(), null, "2017-Q2");
        String path = BASE + "/" + id;
        asToken(member.token()).get(path).then().body("locked", equalTo(false))
                .body("closesAt", equalTo("2017-07-30T21:00:00Z"));
        Reports.save(member.token(), id, Reports.validValues(), null);
        json(asToken(member.token())).body(Map.of("period", "2017-Q1")).post(BASE).then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:report-locked"))
                .body("detail", equalTo("Ввод отчётов за 2017-Q1 закрыт. Открыть его для вашей организации может Ассоциация."))
                .body("errors[0].field", equalTo("period"));

        // The list offers the quarters a report may still be started for: the current one and Q2 until it closes.
        asToken(member.token()).get(BASE).then().statusCode(200)
                .body("permissions.periods", contains("2017-Q3", "2017-Q2"));

        clock.set(Instant.parse("2017-07-30T21:00:00Z")); // midnight in Moscow, still 30 July in UTC
        asToken(member.token()).get(BASE).then().body("permissions.periods", contains("2017-Q3"));
        // The association may open a closed quarter by starting a report there: it is offered the last eight too.
        as(Demo.ASSOCIATION).get(BASE).then().body("permissions.periods[0]", equalTo("2017-Q3"))
                .body("permissions.periods[8]", equalTo("2015-Q3")).body("permissions.periods.size()", equalTo(9));
        as(Demo.DEPARTMENT).get(BASE).then().statusCode(403);
        asToken(member.token()).get(path).then().body("locked", equalTo(true)).body("permissions.edit", equalTo(false))
                .body("permissions.submit", equalTo(false));
        json(asToken(member.token())).body(body(Reports.validValues(), "поздно", 1)).put(path).then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:report-locked"));
        asToken(member.token()).post(path + "/submit").then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:report-locked"));
        as(Demo.ASSOCIATION).get(path).then().body("permissions.reopen", equalTo(true));
        as(Demo.ASSOCIATION).queryParam("organisationId", member.organisationId()).get(BASE).then()
                .body("items[0].locked", equalTo(true));
    }

    @Test
    void shouldLetTheAssociationReopenALockedReportForOneOrganisationUntilItIsSubmitted() {
        Reporter first = Reports.reporter(db);
        Reporter second = Reports.reporter(db);
        clock.set(Instant.parse("2017-07-10T09:00:00Z"));
        String reopened = Reports.create(first.token(), null, "2017-Q2");
        String still = Reports.create(second.token(), null, "2017-Q2");
        Reports.save(first.token(), reopened, Reports.validValues(), null);
        clock.set(Instant.parse("2017-08-15T09:00:00Z"));
        String path = BASE + "/" + reopened;

        as(Demo.CKR).post(path + "/reopen").then().statusCode(403);
        as(Demo.ASSOCIATION).post(path + "/reopen").then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("locked", equalTo(false)).body("reopenedAt", notNullValue())
                .body("permissions.reopen", equalTo(false));
        as(Demo.ASSOCIATION).post(path + "/reopen").then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:report-open"));
        json(asToken(second.token())).body(body(Reports.validValues(), null, 0)).put(BASE + "/" + still).then()
                .statusCode(409);
        Reports.save(first.token(), reopened, with(Reports.validValues(), "R03", 5600), null);
        Reports.submit(first.token(), reopened);
        asToken(first.token()).get(path).then().body("locked", equalTo(true)).body("reopenedAt", nullValue());

        json(as(Demo.ASSOCIATION)).body(Map.of("comment", "Уточните R04")).post(path + "/return").then()
                .statusCode(200).body("locked", equalTo(false));
        Reports.save(first.token(), reopened, with(Reports.validValues(), "R04", 3000), "R04 уточнён");
        Reports.submit(first.token(), reopened);
        as(Demo.ASSOCIATION).post(path + "/accept").then().statusCode(200);
        as(Demo.ASSOCIATION).post(path + "/reopen").then().statusCode(200).body("status", equalTo("DRAFT"))
                .body("acceptedAt", nullValue()).body("submittedAt", notNullValue()).body("locked", equalTo(false));
        asToken(first.token()).get(path).then().body("permissions.edit", equalTo(true));
        assertEquals(List.of("REOPENED", "ACCEPTED", "SUBMITTED", "UPDATED", "RETURNED", "SUBMITTED", "UPDATED",
                "REOPENED", "UPDATED", "CREATED"), Reports.actions(first.token(), reopened));
    }

    @Test
    void shouldLetTheAssociationOpenAClosedQuarterForAnOrganisationWithoutAReport() {
        Reporter member = Reports.reporter(db);
        json(asToken(member.token())).body(Map.of("period", "2027-Q3")).post(BASE).then().statusCode(409);
        String id = json(as(Demo.ASSOCIATION)).body(Map.of("organisationId", member.organisationId(), "period",
                "2027-Q3")).post(BASE).then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("locked", equalTo(false)).body("reopenedAt", notNullValue())
                .body("permissions.edit", equalTo(false)).extract().path("id");
        asToken(member.token()).get(BASE + "/" + id).then().body("permissions.edit", equalTo(true));
        Reports.save(member.token(), id, Reports.validValues(), null);
        Reports.submit(member.token(), id);
        JsonPath history = as(Demo.ASSOCIATION).get(BASE + "/" + id + "/history").then().extract().jsonPath();
        assertEquals("CREATED", history.getString("items[2].action"));
        assertEquals(Demo.ASSOCIATION.name, history.getString("items[2].actor.name"));
    }

    @Test
    void shouldRefuseToReopenAReportItsOrganisationCanEdit() {
        String draft = Reports.memberDraft();
        as(Demo.ASSOCIATION).post(BASE + "/" + draft + "/reopen").then().statusCode(409);
        as(Demo.MEMBER).post(BASE + "/" + draft + "/reopen").then().statusCode(403);
    }

    // ------------------------------------------------------------------------------------------------ lists and forms

    @Test
    void shouldListReportsByPeriodStatusOrganisationAndChangeTime() {
        Reporter member = Reports.reporter(db);
        String draft = Reports.create(member.token(), null, "2031-Q1");
        Instant between = clock.now();
        String submitted = Reports.create(member.token(), null, "2031-Q2");
        Reports.save(member.token(), submitted, Reports.validValues(), null);
        Reports.submit(member.token(), submitted);
        var association = as(Demo.ASSOCIATION).queryParam("organisationId", member.organisationId());
        association.get(BASE).then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.id", equalTo(List.of(submitted, draft))).body("items[0].status", equalTo("SUBMITTED"))
                .body("items[0].period", equalTo("2031-Q2")).body("items[0].locked", equalTo(false))
                .body("permissions.create", equalTo(true));
        as(Demo.ASSOCIATION).queryParam("organisationId", member.organisationId()).queryParam("sort", "period")
                .get(BASE).then().body("items.id", equalTo(List.of(draft, submitted)));
        as(Demo.ASSOCIATION).queryParam("organisationId", member.organisationId()).queryParam("period", "2031-Q1")
                .get(BASE).then().body("items.id", equalTo(List.of(draft)));
        as(Demo.ASSOCIATION).queryParam("organisationId", member.organisationId()).queryParam("status", "SUBMITTED")
                .get(BASE).then().body("items.id", equalTo(List.of(submitted)));
        as(Demo.ASSOCIATION).queryParam("organisationId", member.organisationId())
                .queryParam("updatedSince", between.toString()).get(BASE).then()
                .body("items.id", equalTo(List.of(submitted)));
        as(Demo.ASSOCIATION).queryParam("status", "LATE").get(BASE).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        as(Demo.ASSOCIATION).queryParam("sort", "values").get(BASE).then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        asToken(member.token()).get(BASE).then().statusCode(200).body("totalItems", equalTo(2));
        as(Demo.CKR).queryParam("period", "2031-Q2").queryParam("size", 200).get(BASE).then().statusCode(200)
                .body("items.id", hasItem(submitted)).body("items.id", not(hasItem(draft)));
    }

    @Test
    void shouldAnswerTheFormInForceExactlyAsTheSharedTestDataHasIt() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var expected = mapper.readTree(ReportRulesCasesTest.DIR.resolve("form-v1.json").toFile());
        for (Demo who : Demo.values()) {
            String current = as(who).get("/api/v1/report-forms/current").then().statusCode(200)
                    .header("ETag", equalTo("\"form-1\"")).extract().asString();
            assertEquals(expected, mapper.readTree(current), "the stored form 1 is testdata/report-rules/form-v1.json");
        }
        as(Demo.MEMBER).header("If-None-Match", "\"form-1\"").get("/api/v1/report-forms/current").then()
                .statusCode(304);
        assertEquals(expected, mapper.readTree(as(Demo.SCRIPT).get("/api/v1/report-forms/1").then().statusCode(200)
                .extract().asString()));
        for (String missing : List.of("2", "0", "-1", "abc", "99999999999")) {
            as(Demo.MEMBER).get("/api/v1/report-forms/" + missing).then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }
}
