package ru.karta.report;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.as;
import static ru.karta.support.Api.asToken;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ru.karta.support.Reports;
import ru.karta.support.Reports.Reporter;
import ru.karta.support.TestClock;
import ru.karta.support.TestTokens.Demo;

/**
 * The consolidated summary over HTTP: totals over accepted (and optionally submitted) reports, blank never read as
 * zero, computed indicators from the totals, the year to date by each indicator's aggregation, trends, the R09
 * benchmark; the previous quarter's values on a report's read. Each test that counts takes a year nobody has reported
 * for ({@link Reports#freshYear}).
 */
@QuarkusTest
class ReportSummaryApiTest {

    static final String PATH = Reports.BASE + "/summary";
    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @Inject
    DataSource db;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static JsonNode summary(Demo who, Object... params) {
        var request = as(who);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        try {
            return JSON.readTree(request.get(PATH).then().statusCode(200).extract().asString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "value reports quarters" of a total, e.g. "4000.5 2 1"; the value without trailing zeros, or null. */
    static String total(JsonNode figures, String group, String code) {
        JsonNode total = figures.get(group).get(code);
        return plain(total.get("value")) + " " + total.get("reports").asLong() + " " + total.get("quarters").asInt();
    }

    static String plain(JsonNode number) {
        return number == null || number.isNull() ? "null"
                : new BigDecimal(number.asText()).stripTrailingZeros().toPlainString();
    }

    static Map<String, Object> values(Object... codesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            values.put((String) codesAndValues[i], codesAndValues[i + 1]);
        }
        return values;
    }

    static String submitted(Reporter reporter, String period, Map<String, Object> values) {
        String id = Reports.create(reporter.token(), null, period);
        Reports.save(reporter.token(), id, values, "Пояснения к изменениям");
        Reports.submit(reporter.token(), id);
        return id;
    }

    static void accept(String id) {
        as(Demo.ASSOCIATION).post(Reports.BASE + "/" + id + "/accept").then().statusCode(200);
    }

    @Test
    void shouldAddUpAcceptedReportsNeverReadingABlankAsZero() {
        int y = Reports.freshYear(db);
        Reporter a = Reports.reporter(db);
        Reporter b = Reports.reporter(db);
        Reporter c = Reports.reporter(db);
        clock.set(Reports.noon(y, 3, 20));
        accept(submitted(a, y + "-Q1", values("R01", 1000, "R02", 900, "R03", 450, "R04", 300, "P01", 10, "P02", 10,
                "P03", 300)));
        accept(submitted(b, y + "-Q1", values("R01", 3000.5, "R02", 2700, "R05", 50, "P01", 20, "P02", 18, "P03",
                540)));
        submitted(c, y + "-Q1", values("R01", 500, "R02", 400, "R03", 100, "R04", 100, "P01", 5, "P02", 5, "P03", 100));
        Reports.create(Reports.reporter(db).token(), null, y + "-Q1");

        JsonNode q1 = summary(Demo.DEPARTMENT, "period", y + "-Q1");
        assertEquals(y + "-Q1", q1.get("period").asText());
        assertFalse(q1.get("includeSubmitted").asBoolean());
        assertEquals("[\"ACCEPTED\"]", q1.get("statuses").toString());
        assertEquals(1, q1.get("formVersion").asInt());
        assertEquals(2, q1.get("reportingOrganisations").asLong(),
                "the submitted report and the draft are not counted");
        assertEquals(Reports.memberEnterprises(), q1.get("expectedOrganisations").asLong());
        JsonNode quarter = q1.get("quarter");
        assertEquals(y + "-Q1 " + y + "-Q1 2", quarter.get("from").asText() + " " + quarter.get("to").asText() + " "
                + quarter.get("reports").asLong());
        assertEquals("4000.5 2 1", total(quarter, "values", "R01"));
        assertEquals("450 1 1", total(quarter, "values", "R03"), "only one report filled R03");
        assertEquals("50 1 1", total(quarter, "values", "R05"));
        assertEquals("null 0 0", total(quarter, "values", "R06"), "nobody filled R06: blank, not 0");
        assertEquals("30 2 1", total(quarter, "values", "P01"));
        assertEquals("28 2 1", total(quarter, "values", "P02"));
        assertEquals("840 2 1", total(quarter, "values", "P03"));
        assertEquals("50 1 1", total(quarter, "computed", "R08"),
                "R03 / R02 over the report that filled both (450 / 900), not 450 / 3600");
        assertEquals("33.3 1 1", total(quarter, "computed", "R09"), "300 / 900");
        assertEquals("10000 2 1", total(quarter, "computed", "P04"), "840 / 28 / 3 months, in roubles");
        assertEquals("142.9 2 1", total(quarter, "computed", "P06"), "4000.5 / 28");
        assertEquals(List.of("R01", "R02", "R03", "R04", "R05", "R06", "R07", "R10", "R11", "P01", "P02", "P03", "P05",
                "I01", "I02", "I03", "D01", "D02", "D03", "D04", "T01", "T02", "F01"), names(quarter.get("values")),
                "every entered number of the form, in its order");
        assertEquals(List.of("R08", "R09", "P04", "P06"), names(quarter.get("computed")));
        JsonNode r09 = q1.get("benchmarks").get(0);
        assertEquals("R09 20 33.3 true 33.3 true", r09.get("indicator").asText() + " " + plain(r09.get("minimum"))
                + " " + plain(r09.get("quarter")) + " " + r09.get("quarterMet") + " " + plain(r09.get("yearToDate"))
                + " " + r09.get("yearToDateMet"));
        assertEquals(1, q1.get("benchmarks").size());

        JsonNode withSubmitted = summary(Demo.SCRIPT, "period", y + "-Q1", "includeSubmitted", true);
        assertTrue(withSubmitted.get("includeSubmitted").asBoolean());
        assertEquals(3, withSubmitted.get("reportingOrganisations").asLong());
        assertEquals("4500.5 3 1", total(withSubmitted.get("quarter"), "values", "R01"));
        assertEquals("42.3 2 1", total(withSubmitted.get("quarter"), "computed", "R08"), "(450 + 100) / (900 + 400)");
        assertEquals("30.8 2 1", total(withSubmitted.get("quarter"), "computed", "R09"), "(300 + 100) / 1300");
    }

    @Test
    void shouldMakeTheYearToDateByEachIndicatorsAggregationAndDrawTrends() {
        int y = Reports.freshYear(db);
        Reporter a = Reports.reporter(db);
        Reporter b = Reports.reporter(db);
        clock.set(Reports.noon(y, 3, 20));
        accept(submitted(a, y + "-Q1", values("R01", 1000, "R02", 900, "R03", 450, "R04", 300, "P01", 10, "P02", 10,
                "P03", 300)));
        accept(submitted(b, y + "-Q1", values("R01", 3000.5, "R02", 2700, "P01", 20, "P02", 18, "P03", 540)));
        clock.set(Reports.noon(y, 6, 20));
        accept(submitted(a, y + "-Q2", values("R01", 1200, "R02", 1000, "R03", 500, "R04", 100, "P01", 12, "P02", 11,
                "P03", 330)));
        accept(submitted(b, y + "-Q2", values("R01", 3300, "R02", 2900, "P01", 24, "P02", 22, "P03", 660)));

        clock.set(Reports.noon(y, 7, 5));
        JsonNode q2 = summary(Demo.MEMBER);
        assertEquals(y + "-Q2", q2.get("period").asText(), "by default the quarter before the current one");
        assertEquals("4500 2 1", total(q2.get("quarter"), "values", "R01"));
        assertEquals("10 1 1", total(q2.get("quarter"), "computed", "R09"));
        assertEquals("false", q2.get("benchmarks").get(0).get("quarterMet").toString(), "10 % is under the 20 %");

        JsonNode ytd = q2.get("yearToDate");
        assertEquals(y + "-Q1 " + y + "-Q2 4", ytd.get("from").asText() + " " + ytd.get("to").asText() + " "
                + ytd.get("reports").asLong());
        assertEquals("8500.5 4 2", total(ytd, "values", "R01"), "a flow adds up (SUM)");
        assertEquals("1830 4 2", total(ytd, "values", "P03"));
        assertEquals("36 2 1", total(ytd, "values", "P01"),
                "headcount at the quarter's end: the latest quarter (LAST)");
        assertEquals("31 4 2", total(ytd, "values", "P02"), "average headcount: the mean of 28 and 33 (AVERAGE)");
        assertEquals("50 2 2", total(ytd, "computed", "R08"), "950 / 1900");
        assertEquals("21.1 2 2", total(ytd, "computed", "R09"), "400 / 1900");
        assertEquals("10000 4 2", total(ytd, "computed", "P04"), "still a monthly wage: 1830 / 61 / 3");
        assertEquals("139.4 4 2", total(ytd, "computed", "P06"), "a quarter's revenue per employee: 8500.5 / 61");
        JsonNode r09 = q2.get("benchmarks").get(0);
        assertEquals("21.1 true", plain(r09.get("yearToDate")) + " " + r09.get("yearToDateMet"));

        JsonNode trends = q2.get("trends");
        List<String> quarters = new ArrayList<>();
        trends.get("quarters").forEach(q -> quarters.add(q.get("period").asText() + " "
                + q.get("reportingOrganisations").asLong()));
        assertEquals(List.of(y + "-Q1 2", y + "-Q2 2", y + "-Q3 0", y + "-Q4 0"), quarters);
        assertEquals(List.of(y + "-Q1 4000.5 2", y + "-Q2 4500 2", y + "-Q3 null 0", y + "-Q4 null 0"),
                points(trends.get("series").get("R01")));
        assertEquals(List.of(y + "-Q1 33.3 1", y + "-Q2 10 1", y + "-Q3 null 0", y + "-Q4 null 0"),
                points(trends.get("series").get("R09")));
        assertEquals(27, trends.get("series").size(), "23 entered and 4 computed indicators");

        JsonNode q1 = summary(Demo.CKR, "period", y + "-Q1");
        assertEquals("4000.5 2 1", total(q1.get("yearToDate"), "values", "R01"), "the year to date of Q1 is Q1");
        assertEquals(points(trends.get("series").get("P04")), points(q1.get("trends").get("series").get("P04")),
                "the same trends whichever quarter of the year is asked for");
    }

    @Test
    void shouldBeReadByEveryRoleAndNameBadParameters() {
        for (Demo who : Demo.values()) {
            summary(who, "period", "2017-Q3");
        }
        for (Object[] bad : new Object[][] { { "period", "2017-Q0" }, { "period", "II квартал 2017" },
                { "period", "1989-Q4" }, { "includeSubmitted", "maybe" }, { "includeSubmitted", "1" } }) {
            as(Demo.MEMBER).queryParam((String) bad[0], bad[1]).get(PATH).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(bad[0]));
        }
        String etag = as(Demo.SCRIPT).queryParam("period", "2017-Q3").get(PATH).then().statusCode(200).extract()
                .header("ETag");
        as(Demo.SCRIPT).queryParam("period", "2017-Q3").header("If-None-Match", etag).get(PATH).then()
                .statusCode(304).header("ETag", equalTo(etag));
        String other = as(Demo.SCRIPT).queryParam("period", "2017-Q3").queryParam("includeSubmitted", true).get(PATH)
                .then().statusCode(200).extract().header("ETag");
        assertNotEquals(etag, other, "the answer says what it counted");
    }

    @Test
    void shouldSumTheDemoMembersFiguresOf2017() {
        JsonNode q3 = summary(Demo.ASSOCIATION, "period", "2017-Q3");
        assertEquals(5, q3.get("reportingOrganisations").asLong(), "six demo members, ООО «Арматура-Демо» missing");
        assertEquals("5", q3.get("quarter").get("values").get("R01").get("reports").asText());
        assertEquals("4", q3.get("quarter").get("values").get("R04").get("reports").asText(),
                "ООО «Полимер-Демо» leaves R04 blank");
        assertEquals("4", q3.get("quarter").get("computed").get("R09").get("reports").asText());
        JsonNode q4 = summary(Demo.ASSOCIATION, "period", "2017-Q4", "includeSubmitted", true);
        assertEquals(4, q4.get("reportingOrganisations").asLong(), "three accepted and the one awaiting review");
    }

    @Test
    void shouldGiveAReportThePreviousQuartersValuesItsWarningsCompareWith() {
        int y = Reports.freshYear(db);
        Reporter member = Reports.reporter(db);
        clock.set(Reports.noon(y, 2, 10));
        String previous = Reports.create(member.token(), null, y + "-Q1");
        Reports.save(member.token(), previous, Reports.validValues(), null);
        String id = Reports.create(member.token(), null, y + "-Q2");
        String path = Reports.BASE + "/" + id;
        asToken(member.token()).get(path).then().statusCode(200).body("previousPeriod", equalTo(y + "-Q1"))
                .body("previousValues", equalTo(null));

        Reports.submit(member.token(), previous);
        JsonNode read = read(member, path);
        assertEquals(y + "-Q1", read.get("previousPeriod").asText());
        JsonNode values = read.get("previousValues");
        assertEquals("15234.5", plain(values.get("R01")));
        assertEquals("5700", plain(values.get("R03")));
        assertTrue(values.has("R05") && values.get("R05").isNull(), "blank is null, and every entered code is there");
        assertEquals(names(read.get("values")), names(values));
        as(Demo.ASSOCIATION).get(path).then().statusCode(200).body("previousValues.R02", equalTo(14800));

        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("comment", "Уточните P03"))
                .post(Reports.BASE + "/" + previous + "/return").then().statusCode(200);
        asToken(member.token()).get(path).then().body("previousValues", equalTo(null));
    }

    private static JsonNode read(Reporter member, String path) {
        try {
            return JSON.readTree(asToken(member.token()).get(path).then().statusCode(200).extract().asString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> points(JsonNode series) {
        List<String> points = new ArrayList<>();
        series.forEach(p -> points.add(p.get("period").asText() + " " + plain(p.get("value")) + " "
                + p.get("reports").asLong()));
        return points;
    }
}
