package ru.karta.support;

import static ru.karta.support.Api.as;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import ru.karta.common.ClusterClock;
import ru.karta.meeting.CheckInCodes;
import ru.karta.support.TestTokens.Demo;

/** Meetings and bodies made through the API (as the association), in every state, for tests and the sweeps. */
public final class Meetings {

    /** The people of the demo users. */
    public static final String ASSOCIATION_PERSON = "30000000-0000-4000-8000-000000000011";
    public static final String CKR_PERSON = "30000000-0000-4000-8000-000000000012";
    public static final String DEPARTMENT_PERSON = "30000000-0000-4000-8000-000000000013";
    public static final String MEMBER_PERSON = "30000000-0000-4000-8000-000000000014";
    public static final String MEMBER2_PERSON = "30000000-0000-4000-8000-000000000015";

    /** The meeting the last target made, for a body that needs its check-in code. */
    private static String last;

    private Meetings() {
    }

    /** A new body of the council kind with the member's person as a member; its id. */
    public static String body() {
        String id = as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("kind", "COUNCIL", "name", Fixtures.unique("Совет")))
                .post("/api/v1/bodies").then().statusCode(201).extract().path("id");
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("personId", MEMBER_PERSON, "role", "MEMBER"))
                .post("/api/v1/bodies/" + id + "/members").then().statusCode(201);
        return id;
    }

    /** "bodyId|memberId" of a new body's one member. */
    public static String bodyMember() {
        String id = as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("kind", "WORKING_GROUP", "name", Fixtures.unique("Рабочая группа")))
                .post("/api/v1/bodies").then().statusCode(201).extract().path("id");
        String member = as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("personId", MEMBER_PERSON, "role", "MEMBER"))
                .post("/api/v1/bodies/" + id + "/members").then().statusCode(201).extract().path("id");
        return id + "|" + member;
    }

    /** A new draft meeting in 2031 with the member's person invited and one agenda item; its id. */
    public static String draft() {
        String id = as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("title", Fixtures.unique("Совещание"), "kind", "QUARTERLY",
                        "startsAt", "2031-03-25T08:00:00Z", "place", "г. Смоленск, зал заседаний",
                        "chairPersonId", ASSOCIATION_PERSON, "secretaryPersonId", CKR_PERSON))
                .post("/api/v1/meetings").then().statusCode(201).extract().path("id");
        invite(id, MEMBER_PERSON);
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("title", "О ходе выполнения дорожной карты"))
                .post("/api/v1/meetings/" + id + "/agenda-items").then().statusCode(201);
        last = id;
        return id;
    }

    public static void invite(String meetingId, String personId) {
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("personId", personId))
                .post("/api/v1/meetings/" + meetingId + "/participants").then().statusCode(200);
    }

    public static String step(String meetingId, String action) {
        as(Demo.ASSOCIATION).post("/api/v1/meetings/" + meetingId + "/" + action).then().statusCode(200);
        return meetingId;
    }

    public static String open() {
        return step(draft(), "open");
    }

    public static String running() {
        return step(open(), "start");
    }

    public static String closed() {
        String id = step(running(), "close");
        last = id;
        return id;
    }

    /** "meetingId|itemId" of the agenda item of a new meeting in that state. */
    public static String agendaItem(String meetingId) {
        String item = as(Demo.ASSOCIATION).get("/api/v1/meetings/" + meetingId + "/agenda-items").then()
                .statusCode(200).extract().path("items[0].id");
        return meetingId + "|" + item;
    }

    /** The check-in code of a meeting now, as its screen shows it (computed here, so also for a draft). */
    public static String code(String meetingId) {
        DataSource db = Arc.container().instance(DataSource.class).get();
        byte[] secret;
        try (Connection c = db.getConnection();
                PreparedStatement select = c.prepareStatement("select check_in_secret from meeting where id = ?")) {
            select.setObject(1, UUID.fromString(meetingId));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                secret = rows.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Instant now = Arc.container().instance(ClusterClock.class).get().now();
        return CheckInCodes.token(secret, UUID.fromString(meetingId), CheckInCodes.window(now, 60));
    }

    /** The code of the meeting the last target made. */
    public static String lastCode() {
        // before any meeting target (a sweep building its attempts): well-formed, but of no meeting
        return last == null ? "0.AAAAAAAAAAAAAAAAAAAAAA" : code(last);
    }

    /** A calendar feed token of the member (its URL's last part without .ics). */
    public static String feedToken() {
        String url = as(Demo.MEMBER).post("/api/v1/me/calendar-feed").then().statusCode(201).extract().path("url");
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }


}
