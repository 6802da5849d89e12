package ru.karta.support;

import static ru.karta.support.Api.as;
import static ru.karta.support.Api.asToken;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import ru.karta.support.TestTokens.Demo;

/**
 * Quarterly reports made through the API, as their organisations make them.
 * <p>
 * The demo members' organisations are shared by every test, so their reports go to quarters nobody has used yet
 * ({@link #freshPeriod()}: 2029 onwards, open for entry by the test clock). A test that needs particular quarters
 * makes an organisation of its own with a member account ({@link #reporter}).
 */
public final class Reports {

    public static final String BASE = "/api/v1/quarterly-reports";
    private static final int FIRST_YEAR = 2029;
    private static final int LAST_YEAR = 2200;
    private static Set<String> used;
    private static int next;

    private Reports() {
    }

    /** A complete report without issues (for a previous quarter with the same values, no change warning either). */
    public static Map<String, Object> validValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("R01", 15234.5);
        values.put("R02", 14800);
        values.put("R03", 5700);
        values.put("R04", 3140.2);
        values.put("P01", 118);
        values.put("P02", 115);
        values.put("P03", 14231.7);
        return values;
    }

    /** A member account of a new organisation of its own: its reports need no care about other tests' quarters. */
    public record Reporter(String organisationId, String token) {
    }

    public static Reporter reporter(DataSource db) {
        String organisation = Fixtures.organisation("MEMBER_ENTERPRISE");
        String subject = Fixtures.account(db, organisation);
        return new Reporter(organisation, TestTokens.token(subject, "user-" + subject.substring(0, 8),
                "Бухгалтер " + subject.substring(0, 4), "member"));
    }

    /** Another member account of the reporter's organisation: it sees what its colleague sees. */
    public static String colleague(DataSource db, Reporter reporter) {
        String subject = Fixtures.account(db, reporter.organisationId());
        return TestTokens.token(subject, "user-" + subject.substring(0, 8), "Экономист " + subject.substring(0, 4),
                "member");
    }

    /**
     * A quarter no demo member has a report for yet, never the same twice in a run; a run on a database that is not
     * fresh skips the quarters already taken.
     */
    public static synchronized String freshPeriod() {
        if (used == null) {
            used = new HashSet<>();
            for (String organisation : List.of(Fixtures.MEMBER_ORG, Fixtures.MEMBER2_ORG)) {
                for (int page = 0;; page++) {
                    JsonPath list = as(Demo.ASSOCIATION).queryParam("organisationId", organisation)
                            .queryParam("size", 200).queryParam("page", page).get(BASE).then().statusCode(200)
                            .extract().jsonPath();
                    used.addAll(list.getList("items.period"));
                    if (list.getList("items").size() < 200) {
                        break;
                    }
                }
            }
            next = (int) (Math.random() * 4 * (LAST_YEAR - FIRST_YEAR));
        }
        int slots = 4 * (LAST_YEAR - FIRST_YEAR + 1);
        for (int tried = 0; tried < slots; tried++) {
            int slot = next++ % slots;
            String period = (FIRST_YEAR + slot / 4) + "-Q" + (slot % 4 + 1);
            if (used.add(period)) {
                return period;
            }
        }
        throw new IllegalStateException("every quarter from " + FIRST_YEAR + " to " + LAST_YEAR
                + " already has a demo member's report: run the tests on a fresh database");
    }

    private static final Set<Integer> YEARS_GIVEN = new HashSet<>();

    /**
     * A past year no report is for yet (1991–2016 or 2018–2026; 2017 is the demo year, the rest belongs to
     * {@link #freshPeriod()}), never the same twice in a run: for a test that counts every report of a quarter
     * (completeness, the summary) and moves the clock into that year.
     */
    public static synchronized int freshYear(DataSource db) {
        List<Integer> candidates = new ArrayList<>();
        for (int year = 1991; year <= 2026; year++) {
            if (year != 2017 && !YEARS_GIVEN.contains(year)) {
                candidates.add(year);
            }
        }
        java.util.Collections.shuffle(candidates);
        try (var c = db.getConnection();
                var query = c.prepareStatement("select count(*) from quarterly_report where period_year = ?")) {
            for (int year : candidates) {
                query.setInt(1, year);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        YEARS_GIVEN.add(year);
                        return year;
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("every year from 1991 to 2026 already has reports: run the tests on a fresh"
                + " database");
    }

    /** Midnight at the start of a day in the cluster's time zone (Moscow's offset has changed over the years). */
    public static java.time.Instant midnight(int year, int month, int day) {
        return java.time.LocalDate.of(year, month, day).atStartOfDay(java.time.ZoneId.of("Europe/Moscow")).toInstant();
    }

    /** Noon of a day in the cluster's time zone. */
    public static java.time.Instant noon(int year, int month, int day) {
        return midnight(year, month, day).plusSeconds(12 * 3600);
    }

    /** How many member enterprises there are now: the organisations expected to report. */
    public static int memberEnterprises() {
        return as(Demo.ASSOCIATION).queryParam("kind", "MEMBER_ENTERPRISE").queryParam("size", 1)
                .get("/api/v1/organisations").then().statusCode(200).extract().path("totalItems");
    }

    public static String create(String token, String organisationId, String period) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (organisationId != null) {
            body.put("organisationId", organisationId);
        }
        body.put("period", period);
        return asToken(token).contentType(ContentType.JSON).body(body).post(BASE).then().statusCode(201).extract()
                .path("id");
    }

    /** Saves values and comment on the version the report has now; returns the new version. */
    public static int save(String token, String id, Map<String, Object> values, String comment) {
        int version = asToken(token).get(BASE + "/" + id).then().statusCode(200).extract().path("version");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("values", values);
        body.put("comment", comment);
        body.put("version", version);
        return asToken(token).contentType(ContentType.JSON).body(body).put(BASE + "/" + id).then().statusCode(200)
                .extract().path("version");
    }

    public static void submit(String token, String id) {
        asToken(token).post(BASE + "/" + id + "/submit").then().statusCode(200);
    }

    /** A draft of the demo member's organisation in a fresh quarter. */
    public static String memberDraft() {
        return create(Demo.MEMBER.token(), null, freshPeriod());
    }

    /** A draft of the demo member's organisation with complete, valid values. */
    public static String memberCompleteDraft() {
        String id = memberDraft();
        save(Demo.MEMBER.token(), id, validValues(), null);
        return id;
    }

    public static String memberSubmitted() {
        String id = memberCompleteDraft();
        submit(Demo.MEMBER.token(), id);
        return id;
    }

    /** The actions of a report's audit trail, newest first. */
    public static List<String> actions(String token, String id) {
        return new ArrayList<>(asToken(token).get(BASE + "/" + id + "/history").then().statusCode(200).extract()
                .jsonPath().getList("items.action"));
    }
}
