package ru.karta.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.asToken;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.karta.support.Reports;
import ru.karta.support.Reports.Reporter;
import ru.karta.support.TestClock;
import ru.karta.support.Together;

/**
 * The reminder job as the clock moves through a quarter's deadline: nothing before the window, DUE_SOON within
 * {@code karta.reports.remind-before-days} (7) days of it, OVERDUE after it, each once per organisation and quarter
 * however often and from however many backends it runs; never for an organisation that submitted. Each test takes a
 * year nobody reported for, so the quarter's deadline (1 May for Q1) is its own.
 */
@QuarkusTest
class ReminderJobTest {

    @Inject
    DataSource db;

    @Inject
    TestClock clock;

    @Inject
    ReminderJob job;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static JsonPath mine(Reporter who) {
        return asToken(who.token()).get("/api/v1/notifications").then().statusCode(200).extract().jsonPath();
    }

    int rows(String organisationId, int year, String kind) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*) from notification where organisation_id = ?"
                        + " and period_year = ? and period_quarter = 1 and kind = ? and created_by = ?")) {
            q.setObject(1, UUID.fromString(organisationId));
            q.setInt(2, year);
            q.setString(3, kind);
            q.setString(4, "system:reminders");
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    int allRows(int year) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("select count(*) from notification where period_year = ?"
                        + " and period_quarter = 1 and kind = 'DUE_SOON'")) {
            q.setInt(1, year);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @Test
    void shouldRemindAMissingReportOnceDueSoonAndOnceOverdueButNotOneThatWasSubmitted() throws Exception {
        int y = Reports.freshYear(db);
        Reporter missing = Reports.reporter(db);
        Reporter submitted = Reports.reporter(db);
        Reporter draftOnly = Reports.reporter(db);
        clock.set(Reports.noon(y, 4, 10));
        String id = Reports.create(submitted.token(), null, y + "-Q1");
        Reports.save(submitted.token(), id, Reports.validValues(), null);
        Reports.submit(submitted.token(), id);
        String draft = Reports.create(draftOnly.token(), null, y + "-Q1");
        Reports.save(draftOnly.token(), draft, Reports.validValues(), null);

        // 1 May is the deadline: the window opens on 24 April at midnight, Moscow time.
        clock.set(Reports.midnight(y, 4, 24).minusSeconds(60));
        job.run();
        assertEquals(0, mine(missing).getInt("totalItems"), "not before the window");

        clock.set(Reports.noon(y, 4, 25));
        job.run();
        job.run();
        JsonPath dueSoon = mine(missing);
        assertEquals(1, dueSoon.getInt("totalItems"), "one reminder however often the job runs");
        assertEquals(1, dueSoon.getInt("unread"));
        assertEquals("DUE_SOON", dueSoon.getString("items[0].kind"));
        assertEquals(y + "-Q1", dueSoon.getString("items[0].period"));
        assertEquals("/reports", dueSoon.getString("items[0].link"));
        assertEquals(Reports.midnight(y, 5, 1).toString(), dueSoon.getString("items[0].dueAt"));
        assertNull(dueSoon.get("items[0].readAt"));
        assertEquals(1, mine(draftOnly).getInt("totalItems"), "a draft is not a submission");
        assertEquals(0, mine(submitted).getInt("totalItems"), "it submitted");

        clock.set(Reports.noon(y, 5, 2));
        // Two backends on one database, at the same moment: each its own transaction, one row between them.
        List<ReminderJob.Run> runs = Together.run(List.<Callable<ReminderJob.Run>>of(job::run, job::run));
        JsonPath overdue = mine(missing);
        assertEquals(2, overdue.getInt("totalItems"));
        assertEquals("OVERDUE", overdue.getString("items[0].kind"), "newest first");
        assertEquals("DUE_SOON", overdue.getString("items[1].kind"));
        assertEquals(1, rows(missing.organisationId(), y, "OVERDUE"));
        assertEquals(1, rows(missing.organisationId(), y, "DUE_SOON"));
        assertTrue(runs.get(0).overdue() + runs.get(1).overdue() >= 2, "both runs together made ours and draftOnly's");
        assertEquals(0, mine(submitted).getInt("totalItems"));

        clock.set(Reports.noon(y, 7, 5)); // 65 days after the deadline: no longer reminded, nothing new
        job.run();
        assertEquals(2, mine(missing).getInt("totalItems"));
        assertEquals(2, mine(draftOnly).getInt("totalItems"));
    }

    @Test
    void shouldMakeOneRowPerOrganisationQuarterAndKindWhenManyBackendsRunAtOnce() throws Exception {
        int y = Reports.freshYear(db);
        Reporter missing = Reports.reporter(db);
        clock.set(Reports.noon(y, 4, 30));
        List<ReminderJob.Run> runs = Together.run(List.<Callable<ReminderJob.Run>>of(job::run, job::run, job::run,
                job::run));
        assertEquals(1, rows(missing.organisationId(), y, "DUE_SOON"));
        int made = runs.stream().mapToInt(ReminderJob.Run::dueSoon).sum();
        assertEquals(allRows(y), made, "each run counts only the rows it made, and none is made twice");
        assertEquals(1, mine(missing).getInt("totalItems"));
    }
}
