package ru.karta.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static ru.karta.support.Api.as;
import static ru.karta.support.Api.asToken;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.karta.support.Reports;
import ru.karta.support.Reports.Reporter;
import ru.karta.support.TestClock;
import ru.karta.support.TestTokens.Demo;

/** The notification API: an organisation's own only, read by one for all of its accounts, paged, 404 for others'. */
@QuarkusTest
class NotificationApiTest {

    static final String PATH = "/api/v1/notifications";

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

    static JsonPath list(String token, Object... params) {
        var request = asToken(token);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get(PATH).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldShowAnOrganisationOnlyItsOwnNotificationsAndMarkThemReadForAllItsAccounts() {
        int y = Reports.freshYear(db);
        Reporter one = Reports.reporter(db);
        Reporter other = Reports.reporter(db);
        String colleague = Reports.colleague(db, one);
        clock.set(Reports.noon(y, 4, 28));
        job.run();
        clock.set(Reports.noon(y, 5, 3));
        job.run();

        JsonPath mine = list(one.token());
        assertEquals(2, mine.getInt("totalItems"));
        assertEquals(2, mine.getInt("unread"));
        String overdue = mine.getString("items[0].id");
        String dueSoon = mine.getString("items[1].id");
        JsonPath theirs = list(other.token());
        assertEquals(2, theirs.getInt("totalItems"));
        String theirId = theirs.getString("items[0].id");

        asToken(other.token()).post(PATH + "/" + overdue + "/read").then().statusCode(404);
        as(Demo.ASSOCIATION).post(PATH + "/" + overdue + "/read").then().statusCode(404);
        as(Demo.MEMBER).post(PATH + "/" + overdue + "/read").then().statusCode(404);
        asToken(one.token()).post(PATH + "/" + theirId + "/read").then().statusCode(404);
        assertEquals(2, list(one.token()).getInt("unread"), "others' attempts changed nothing");

        asToken(one.token()).post(PATH + "/" + overdue + "/read").then().statusCode(204);
        asToken(one.token()).post(PATH + "/" + overdue + "/read").then().statusCode(204);
        JsonPath seen = list(colleague);
        assertEquals(1, seen.getInt("unread"), "read for the whole organisation");
        assertNotNull(seen.get("items[0].readAt"));
        assertNull(seen.get("items[1].readAt"));
        assertEquals(dueSoon, seen.getString("items[1].id"));

        JsonPath page = list(one.token(), "size", 1, "page", 1);
        assertEquals(1, page.getList("items").size());
        assertEquals(dueSoon, page.getString("items[0].id"));
        assertEquals(2, page.getInt("totalItems"));

        asToken(colleague).post(PATH + "/read-all").then().statusCode(204);
        assertEquals(0, list(one.token()).getInt("unread"));
        assertEquals(2, list(other.token()).getInt("unread"), "another organisation's stay unread");
    }

    @Test
    void shouldRejectBadPagingAndUnknownIds() {
        as(Demo.MEMBER).queryParam("size", 0).get(PATH).then().statusCode(400);
        as(Demo.MEMBER).post(PATH + "/00000000-0000-4000-8000-000000000000/read").then().statusCode(404);
        as(Demo.MEMBER).post(PATH + "/not-an-id/read").then().statusCode(404);
    }

    @Test
    void shouldAskForAToken() {
        io.restassured.RestAssured.given().get(PATH).then().statusCode(401);
    }
}
