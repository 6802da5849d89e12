package ru.karta.support;

import static ru.karta.support.Api.as;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.restassured.http.ContentType;

/** Test data made through the API, as users would make it; accounts straight in the database (no API for them yet). */
public final class Fixtures {

    public static final String SEED_ROADMAP = "50000000-0000-4000-8000-000000002017";
    public static final String ASSOCIATION_ORG = "20000000-0000-4000-8000-000000000001";
    public static final String CKR_ORG = "20000000-0000-4000-8000-000000000002";
    public static final String DEPARTMENT_ORG = "20000000-0000-4000-8000-000000000003";
    public static final String MEMBER_ORG = "20000000-0000-4000-8000-000000000010";
    public static final String MEMBER2_ORG = "20000000-0000-4000-8000-000000000011";

    private Fixtures() {
    }

    /** How many rows a table has now. */
    public static long count(String table) {
        try (java.sql.Connection c = io.quarkus.arc.Arc.container().instance(javax.sql.DataSource.class).get()
                .getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String organisation(String kind) {
        return as(TestTokens.Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "fullName", unique("ООО «Тест»")))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
    }

    /** A draft roadmap for 2030 (association). */
    public static String draftRoadmap() {
        return as(TestTokens.Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("title", unique("Дорожная карта на 2030 год"), "periodStart", "2030-01-01",
                        "periodEnd", "2030-12-31"))
                .post("/api/v1/roadmaps").then().statusCode(201).extract().path("id");
    }

    public static String item(String roadmapId, String number, String deadline, List<String> responsible,
            List<String> assisting) {
        return as(TestTokens.Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("number", number, "activity", "Мероприятие " + number, "deadline", Map.of("text", deadline),
                        "responsible", responsible.stream().map(id -> Map.of("organisationId", id)).toList(),
                        "assisting", assisting.stream().map(id -> Map.of("organisationId", id)).toList()))
                .post("/api/v1/roadmaps/" + roadmapId + "/items").then().statusCode(201).extract().path("id");
    }

    public static void approve(String roadmapId) {
        as(TestTokens.Demo.ASSOCIATION).post("/api/v1/roadmaps/" + roadmapId + "/approve").then().statusCode(200);
    }

    /** An approved roadmap with one item: the given organisation responsible, ЦКР assisting. */
    public static Map<String, String> approvedRoadmapWithItem(String responsibleOrganisation) {
        String roadmap = draftRoadmap();
        String item = item(roadmap, "1", "июнь 2030", List.of(responsibleOrganisation), List.of(CKR_ORG));
        approve(roadmap);
        return Map.of("roadmap", roadmap, "item", item);
    }

    /** A new person of the organisation, with a fresh e-mail and no account (association). */
    public static String person(String organisationId) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return as(TestTokens.Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("name", "Петров Пётр " + tag, "position", "Инженер", "organisationId", organisationId,
                        "email", "p-" + tag + "@people.example", "phone", "+7 900 000-00-00"))
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
    }

    /** Sign-in on for the organisation: a Keycloak Organization in the real Keycloak (association). */
    public static void signIn(String organisationId) {
        as(TestTokens.Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .post("/api/v1/organisations/" + organisationId + "/sign-in").then().statusCode(200);
    }

    /** A new person of the organisation, invited: a real Keycloak user, the invitation mailed by Keycloak. */
    public static String invitedPerson(String organisationId) {
        signIn(organisationId);
        String id = person(organisationId);
        as(TestTokens.Demo.ASSOCIATION).post("/api/v1/people/" + id + "/invitation").then().statusCode(200)
                .body("accountState", org.hamcrest.Matchers.equalTo("INVITED"));
        return id;
    }

    public static String disabledPerson(String organisationId) {
        String id = invitedPerson(organisationId);
        as(TestTokens.Demo.ASSOCIATION).post("/api/v1/people/" + id + "/account/disable").then().statusCode(200);
        return id;
    }

    /** A new service account (a real Keycloak client); its id. */
    public static String serviceAccount() {
        return as(TestTokens.Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("name", unique("Сценарий проверки"))).post("/api/v1/service-accounts").then()
                .statusCode(201).extract().path("id");
    }

    /** An account acting for an organisation, with a fresh subject; returns the subject. */
    public static String account(DataSource db, String organisationId) {
        String subject = UUID.randomUUID().toString();
        try (Connection c = db.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "insert into account (id, subject, username, organisation_id) values (?, ?, ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, subject);
            insert.setString(3, "user-" + subject.substring(0, 8));
            insert.setObject(4, organisationId == null ? null : UUID.fromString(organisationId));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return subject;
    }
}
