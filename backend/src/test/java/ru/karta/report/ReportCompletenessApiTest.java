package ru.karta.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.as;
import static ru.karta.support.Api.asToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import ru.karta.support.Fixtures;
import ru.karta.support.Reports;
import ru.karta.support.Reports.Reporter;
import ru.karta.support.TestClock;
import ru.karta.support.TestTokens.Demo;

/**
 * Completeness and timeliness over HTTP: who reported each quarter on time or late, who did not, as the clock moves;
 * who gets report ids; the demo year 2017 showing every state. Each test takes a year nobody has reported for
 * ({@link Reports#freshYear}), so the counts of a quarter are exactly what it made.
 */
@QuarkusTest
class ReportCompletenessApiTest {

    static final String PATH = Reports.BASE + "/completeness";

    @Inject
    DataSource db;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static JsonPath completeness(Demo who, Object... params) {
        var request = as(who);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get(PATH).then().statusCode(200).extract().jsonPath();
    }

    /** The cell of an organisation in the quarter at {@code index} of the answer's periods. */
    static Map<String, Object> cell(JsonPath answer, String organisationId, int index) {
        return answer.getMap("organisations.find { it.organisationId == '" + organisationId + "' }.quarters[" + index
                + "]");
    }

    static String status(JsonPath answer, String organisationId, int index) {
        return (String) cell(answer, organisationId, index).get("status");
    }

    @Test
    void shouldTellOnTimeLateMissingPendingAndNotDueAsTheClockMoves() {
        int y = Reports.freshYear(db);
        Reporter early = Reports.reporter(db);
        Reporter lastDay = Reports.reporter(db);
        Reporter never = Reports.reporter(db);
        Reporter late = Reports.reporter(db);

        clock.set(Reports.noon(y, 3, 15));
        String earlyId = Reports.create(early.token(), null, y + "-Q1");
        Reports.save(early.token(), earlyId, Reports.validValues(), null);
        Reports.submit(early.token(), earlyId);
        JsonPath march = completeness(Demo.ASSOCIATION, "year", y);
        assertEquals(List.of(y + "-Q1", y + "-Q2", y + "-Q3", y + "-Q4"), march.getList("periods"));
        assertEquals("ON_TIME", status(march, early.organisationId(), 0), "submitted before the quarter even ended");
        assertEquals("NOT_DUE", status(march, lastDay.organisationId(), 0));
        assertEquals("NOT_DUE", status(march, early.organisationId(), 1));
        assertEquals(Reports.midnight(y, 4, 1).toString(), march.getString("totals[0].endsAt"), "midnight in Moscow");
        assertEquals(Reports.midnight(y, 5, 1).toString(), march.getString("totals[0].dueAt"),
                "30 days after the quarter's end");

        clock.set(Reports.noon(y, 4, 10));
        String lastDayId = Reports.create(lastDay.token(), null, y + "-Q1");
        Reports.save(lastDay.token(), lastDayId, Reports.validValues(), null);
        JsonPath april = completeness(Demo.ASSOCIATION, "year", y);
        assertEquals("PENDING", status(april, lastDay.organisationId(), 0), "a draft is not a submission");
        assertEquals("DRAFT", cell(april, lastDay.organisationId(), 0).get("reportStatus"));
        assertEquals("PENDING", status(april, never.organisationId(), 0));
        assertEquals("NOT_DUE", status(april, never.organisationId(), 1));

        clock.set(Reports.midnight(y, 5, 1).minusSeconds(60)); // 23:59 on the last day, Moscow time
        Reports.submit(lastDay.token(), lastDayId);
        clock.set(Reports.midnight(y, 5, 1));
        JsonPath due = completeness(Demo.ASSOCIATION, "year", y);
        assertEquals("ON_TIME", status(due, lastDay.organisationId(), 0));
        assertEquals("MISSING", status(due, never.organisationId(), 0));
        assertNull(cell(due, never.organisationId(), 0).get("reportId"));

        clock.set(Reports.noon(y, 5, 5));
        String lateId = as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("organisationId", late.organisationId(), "period", y + "-Q1")).post(Reports.BASE).then()
                .statusCode(201).extract().path("id");
        Reports.save(late.token(), lateId, Reports.validValues(), null);
        Reports.submit(late.token(), lateId);
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("comment", "Уточните R03"))
                .post(Reports.BASE + "/" + earlyId + "/return").then().statusCode(200);

        JsonPath may = completeness(Demo.ASSOCIATION, "year", y);
        assertEquals("LATE", status(may, late.organisationId(), 0));
        assertEquals(lateId, cell(may, late.organisationId(), 0).get("reportId"));
        assertEquals("SUBMITTED", cell(may, late.organisationId(), 0).get("reportStatus"));
        assertEquals("ON_TIME", status(may, early.organisationId(), 0), "a returned report keeps its first submission");
        assertEquals("RETURNED", cell(may, early.organisationId(), 0).get("reportStatus"));
        assertNotNull(cell(may, early.organisationId(), 0).get("firstSubmittedAt"));
        assertEquals("NOT_DUE", status(may, late.organisationId(), 1));

        int expected = Reports.memberEnterprises();
        assertEquals(expected, may.getList("organisations").size(), "every member enterprise, each once");
        Map<String, Object> q1 = may.getMap("totals[0]");
        assertEquals(Map.of("period", y + "-Q1", "endsAt", Reports.midnight(y, 4, 1).toString(), "dueAt",
                Reports.midnight(y, 5, 1).toString(),
                "expected", expected, "submitted", 3, "onTime", 2, "late", 1, "missing", expected - 3, "pending", 0,
                "notDue", 0), q1, "nobody else reports for the year");
        assertEquals(Map.of("period", y + "-Q2", "endsAt", Reports.midnight(y, 7, 1).toString(), "dueAt",
                Reports.midnight(y, 7, 31).toString(),
                "expected", expected, "submitted", 0, "onTime", 0, "late", 0, "missing", 0, "pending", 0,
                "notDue", expected), may.getMap("totals[1]"));
    }

    @Test
    void shouldGiveReportIdsOnlyToThoseWhoMayOpenTheReports() {
        int y = Reports.freshYear(db);
        Reporter one = Reports.reporter(db);
        Reporter other = Reports.reporter(db);
        clock.set(Reports.noon(y, 10, 3));
        String oneId = Reports.create(one.token(), null, y + "-Q3");
        String otherId = Reports.create(other.token(), null, y + "-Q3");
        Reports.save(other.token(), otherId, Reports.validValues(), null);
        Reports.submit(other.token(), otherId);

        for (Demo who : new Demo[] { Demo.ASSOCIATION, Demo.CKR }) {
            JsonPath answer = completeness(who, "period", y + "-Q3");
            assertEquals(oneId, cell(answer, one.organisationId(), 0).get("reportId"), who.username);
            assertEquals(otherId, cell(answer, other.organisationId(), 0).get("reportId"), who.username);
        }
        for (Demo who : new Demo[] { Demo.DEPARTMENT, Demo.SCRIPT, Demo.MEMBER }) {
            JsonPath answer = completeness(who, "period", y + "-Q3");
            assertNull(cell(answer, one.organisationId(), 0).get("reportId"), who.username);
            assertNull(cell(answer, other.organisationId(), 0).get("reportId"), who.username);
            assertEquals("ON_TIME", status(answer, other.organisationId(), 0), "the status is for everyone");
            assertEquals("SUBMITTED", cell(answer, other.organisationId(), 0).get("reportStatus"));
            assertEquals("PENDING", status(answer, one.organisationId(), 0));
            List<Object> ids = new ArrayList<>(answer.getList("organisations.quarters.flatten().reportId"));
            ids.removeIf(java.util.Objects::isNull);
            assertTrue(ids.isEmpty() || who == Demo.MEMBER, who.username + " sees no report ids: " + ids);
        }
        JsonPath own = asToken(one.token()).queryParam("period", y + "-Q3").get(PATH).then().statusCode(200).extract()
                .jsonPath();
        assertEquals(oneId, cell(own, one.organisationId(), 0).get("reportId"), "a member opens its own");
        assertNull(cell(own, other.organisationId(), 0).get("reportId"), "but not another's");
        asToken(one.token()).get(Reports.BASE + "/" + oneId).then().statusCode(200);
    }

    @Test
    void shouldAnswerOneQuarterTheCurrentYearAndNameBadParameters() {
        int y = Reports.freshYear(db);
        clock.set(Reports.noon(y, 2, 10));
        JsonPath current = completeness(Demo.SCRIPT);
        assertEquals(y, current.getInt("year"));
        assertEquals(List.of(y + "-Q1", y + "-Q2", y + "-Q3", y + "-Q4"), current.getList("periods"));
        JsonPath one = completeness(Demo.DEPARTMENT, "period", y + "-Q1");
        assertEquals(List.of(y + "-Q1"), one.getList("periods"));
        assertEquals(1, one.getList("totals").size());
        assertTrue(one.getList("organisations.quarters").stream().allMatch(q -> ((List<?>) q).size() == 1));
        completeness(Demo.DEPARTMENT, "period", y + "-Q1", "year", y);

        for (Object[] bad : new Object[][] { { "year", "1989" }, { "year", "2201" }, { "year", "двадцать" },
                { "period", y + "-Q5" }, { "period", y + "Q1" } }) {
            as(Demo.MEMBER).queryParam((String) bad[0], bad[1]).get(PATH).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(bad[0]));
        }
        as(Demo.MEMBER).queryParam("year", y - 1).queryParam("period", y + "-Q1").get(PATH).then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
    }

    @Test
    void shouldChangeItsETagWhenSomeoneReports() {
        int y = Reports.freshYear(db);
        Reporter member = Reports.reporter(db);
        clock.set(Reports.noon(y, 7, 10));
        String etag = as(Demo.SCRIPT).queryParam("year", y).get(PATH).then().statusCode(200).extract()
                .header("ETag");
        assertNotNull(etag);
        as(Demo.SCRIPT).queryParam("year", y).header("If-None-Match", etag).get(PATH).then().statusCode(304);
        String id = Reports.create(member.token(), null, y + "-Q2");
        String drafted = as(Demo.SCRIPT).queryParam("year", y).header("If-None-Match", etag).get(PATH).then()
                .statusCode(200).extract().header("ETag");
        assertNotEquals(etag, drafted, "the matrix now shows a draft");
        Reports.save(member.token(), id, Reports.validValues(), null);
        as(Demo.SCRIPT).queryParam("year", y).header("If-None-Match", drafted).get(PATH).then().statusCode(304)
                .header("ETag", equalTo(drafted));
        Reports.submit(member.token(), id);
        String after = as(Demo.SCRIPT).queryParam("year", y).header("If-None-Match", drafted).get(PATH).then()
                .statusCode(200).extract().header("ETag");
        assertNotEquals(drafted, after);
    }

    @Test
    void shouldShowEveryStateInTheDemoYear() {
        JsonPath demo = completeness(Demo.ASSOCIATION, "year", 2017);
        String[] demoOrganisations = { Fixtures.MEMBER_ORG, Fixtures.MEMBER2_ORG,
                "20000000-0000-4000-8000-000000000012",
                "20000000-0000-4000-8000-000000000013", "20000000-0000-4000-8000-000000000014",
                "20000000-0000-4000-8000-000000000015" };
        String[][] expected = {
                { "ON_TIME ACCEPTED", "ON_TIME ACCEPTED", "ON_TIME ACCEPTED", "MISSING DRAFT" },
                { "ON_TIME ACCEPTED", "ON_TIME ACCEPTED", "ON_TIME ACCEPTED", "ON_TIME SUBMITTED" },
                { "ON_TIME ACCEPTED", "LATE ACCEPTED", "ON_TIME ACCEPTED", "ON_TIME ACCEPTED" },
                { "ON_TIME ACCEPTED", "ON_TIME ACCEPTED", "ON_TIME ACCEPTED", "ON_TIME RETURNED" },
                { "ON_TIME ACCEPTED", "ON_TIME ACCEPTED", "MISSING null", "ON_TIME ACCEPTED" },
                { "ON_TIME ACCEPTED", "ON_TIME ACCEPTED", "ON_TIME ACCEPTED", "ON_TIME ACCEPTED" } };
        for (int o = 0; o < demoOrganisations.length; o++) {
            for (int q = 0; q < 4; q++) {
                Map<String, Object> cell = cell(demo, demoOrganisations[o], q);
                assertEquals(expected[o][q], cell.get("status") + " " + cell.get("reportStatus"),
                        demoOrganisations[o] + " 2017-Q" + (q + 1));
            }
        }
        assertEquals("80000000-0000-4000-8000-201704000010", cell(demo, Fixtures.MEMBER_ORG, 3).get("reportId"));
        List<String> names = demo.getList("organisations.organisationName");
        assertTrue(names.containsAll(List.of("ООО «Композит-Демо»", "ООО «Биокомпозит-Демо»",
                "АО «Стеклопластик-Демо»", "ООО «Углеволокно-Демо»", "ООО «Арматура-Демо»", "ООО «Полимер-Демо»")));
        JsonPath member = completeness(Demo.MEMBER, "year", 2017);
        assertEquals("80000000-0000-4000-8000-201704000010", cell(member, Fixtures.MEMBER_ORG, 3).get("reportId"),
                "the demo member opens its own draft from the matrix");
        assertNull(cell(member, Fixtures.MEMBER2_ORG, 3).get("reportId"));
        assertEquals("SUBMITTED", cell(member, Fixtures.MEMBER2_ORG, 3).get("reportStatus"));
    }
}
