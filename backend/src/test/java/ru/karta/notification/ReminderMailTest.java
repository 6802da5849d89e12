package ru.karta.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.karta.support.Reports;
import ru.karta.support.Reports.Reporter;
import ru.karta.support.TestClock;

/**
 * Reminders by e-mail through the real SMTP path: the mailer of the test profile talks SMTP to scripts/mailcatcher.py
 * (the catcher `make run` starts), started here as a process on the test profile's SMTP port, and the test reads what
 * it caught from its JSON at /messages.
 */
@QuarkusTest
class ReminderMailTest {

    static final int HTTP_PORT = Integer.parseInt(System.getProperty("karta.test.mail-http-port", "2527"));
    static Process catcher;
    static Path box;

    @Inject
    DataSource db;

    @Inject
    TestClock clock;

    @Inject
    ReminderJob job;

    @Inject
    ru.karta.meeting.MeetingReminders meetingReminders;

    @ConfigProperty(name = "quarkus.mailer.port")
    int smtpPort;

    @BeforeAll
    static void startCatcher() throws Exception {
        box = Files.createTempDirectory("karta-mail");
        int smtp = Integer.parseInt(System.getenv().getOrDefault("KARTA_TEST_SMTP_PORT", "2526"));
        catcher = new ProcessBuilder("python3", Path.of("..", "scripts", "mailcatcher.py").toString(), "--smtp-port",
                String.valueOf(smtp), "--http-port", String.valueOf(HTTP_PORT), "--dir", box.toString())
                .redirectErrorStream(true).redirectOutput(box.resolveSibling(box.getFileName() + ".log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!listens(smtp) || !listens(HTTP_PORT)) {
            if (!catcher.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the mail catcher did not start: "
                        + Files.readString(box.resolveSibling(box.getFileName() + ".log")));
            }
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stopCatcher() {
        if (catcher != null) {
            catcher.destroy();
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static boolean listens(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    void email(String organisationId, String address) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement update = c.prepareStatement("update organisation set email = ? where id = ?")) {
            update.setString(1, address);
            update.setObject(2, UUID.fromString(organisationId));
            update.executeUpdate();
        }
    }

    static List<Map<String, Object>> caught() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + "/messages")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode());
        return JsonPath.from(answer.body()).getList("$");
    }

    static List<Map<String, Object>> to(String address) throws Exception {
        return caught().stream().filter(m -> ((List<?>) m.get("recipients")).contains(address)).toList();
    }

    @Test
    void shouldEmailTheReminderInRussianToTheOrganisationOnceAndNotToOneThatSubmitted() throws Exception {
        assertEquals(Integer.parseInt(System.getenv().getOrDefault("KARTA_TEST_SMTP_PORT", "2526")), smtpPort);
        int y = Reports.freshYear(db);
        Reporter missing = Reports.reporter(db);
        Reporter submitted = Reports.reporter(db);
        String address = "buh-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ru";
        String done = "done-" + UUID.randomUUID().toString().substring(0, 8) + "@example.ru";
        email(missing.organisationId(), address);
        email(submitted.organisationId(), done);
        clock.set(Reports.noon(y, 4, 10));
        String id = Reports.create(submitted.token(), null, y + "-Q1");
        Reports.save(submitted.token(), id, Reports.validValues(), null);
        Reports.submit(submitted.token(), id);

        clock.set(Reports.noon(y, 4, 27));
        ReminderJob.Run run = job.run();
        job.run();
        assertTrue(run.mailed() >= 1, "mailed: " + run);
        List<Map<String, Object>> mails = to(address);
        assertEquals(1, mails.size(), "one mail for one reminder, however often the job runs");
        Map<String, Object> mail = mails.get(0);
        assertEquals("Карта: срок сдачи отчёта за 1 квартал " + y + " года — 30 апреля " + y, mail.get("subject"));
        assertEquals(List.of(address), mail.get("to"));
        String text = (String) mail.get("text");
        assertNotNull(text);
        assertTrue(text.contains("Квартальный отчёт организации "), text);
        assertTrue(text.contains(" за 1 квартал " + y + " года ещё не отправлен."), text);
        assertTrue(text.contains("Срок сдачи — 30 апреля " + y + " включительно"), text);
        assertTrue(text.contains("http://127.0.0.1:5173/reports"), text);
        assertEquals(List.of(), to(done), "it submitted");

        clock.set(Reports.noon(y, 5, 4));
        job.run();
        List<Map<String, Object>> late = to(address);
        assertEquals(2, late.size());
        Map<String, Object> overdue = late.stream().filter(m -> !m.equals(mail)).findFirst().orElseThrow();
        assertEquals("Карта: отчёт за 1 квартал " + y + " года просрочен", overdue.get("subject"));
        assertTrue(((String) overdue.get("text")).contains("срок сдачи (30 апреля " + y + ") прошёл"),
                (String) overdue.get("text"));
    }

    @Test
    void shouldEmailAnInvitedPersonWhenTheMeetingOpensOnce() throws Exception {
        String person = ru.karta.support.Fixtures.person(ru.karta.support.Fixtures.MEMBER_ORG);
        String address = ru.karta.support.Api.as(ru.karta.support.TestTokens.Demo.ASSOCIATION)
                .get("/api/v1/people/" + person).then().statusCode(200).extract().path("email");
        String meeting = ru.karta.support.Meetings.draft();
        ru.karta.support.Meetings.invite(meeting, person);
        String title = ru.karta.support.Api.as(ru.karta.support.TestTokens.Demo.ASSOCIATION)
                .get("/api/v1/meetings/" + meeting).then().extract().path("title");
        assertEquals(List.of(), to(address), "nothing while it is a draft");
        ru.karta.support.Meetings.step(meeting, "open");
        meetingReminders.run();
        meetingReminders.run();
        List<Map<String, Object>> mails = to(address);
        assertEquals(1, mails.size(), "one invitation, however often the job runs: " + mails);
        assertEquals("Карта: приглашение на совещание «" + title + "»", mails.get(0).get("subject"));
        String text = (String) mails.get(0).get("text");
        assertTrue(text.contains("25 марта 2031 в 11:00"), text);
        assertTrue(text.contains("/meetings/" + meeting), text);
    }
}
