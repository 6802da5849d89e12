package ru.karta.account;

import static org.hamcrest.Matchers.equalTo;
import static ru.karta.support.Api.as;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens.Demo;

/** Keycloak's admin API cannot be reached: provisioning answers 503 and Karta changes nothing. */
@QuarkusTest
@TestProfile(KeycloakAwayTest.Away.class)
class KeycloakAwayTest {

    public static class Away implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a port nothing listens on
            return Map.of("karta.identity.url", "http://127.0.0.1:9");
        }
    }

    @Test
    void shouldNotMarkAPersonInvitedWhenTheInvitationCouldNotGoOut() throws SQLException {
        String organisation = Fixtures.organisation("MEMBER_ENTERPRISE");
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .post("/api/v1/organisations/" + organisation + "/sign-in").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5")
                .body("type", org.hamcrest.Matchers.endsWith("identity-provider-unavailable"));
        as(Demo.ASSOCIATION).get("/api/v1/organisations/" + organisation).then().statusCode(200)
                .body("signIn.enabled", equalTo(false));
        // an organisation Karta believes has sign-in (as after an earlier enable): the invitation must reach Keycloak
        markSignedIn(organisation);
        String person = Fixtures.person(organisation);
        String before = as(Demo.ASSOCIATION).get("/api/v1/people/" + person).then().extract().header("ETag");
        as(Demo.ASSOCIATION).post("/api/v1/people/" + person + "/invitation").then().statusCode(503)
                .contentType("application/problem+json");
        as(Demo.ASSOCIATION).get("/api/v1/people/" + person).then().statusCode(200)
                .body("accountState", equalTo("NONE")).header("ETag", before);
        as(Demo.ASSOCIATION).get("/api/v1/people/" + person + "/history").then().body("totalItems", equalTo(1));
    }

    @Inject
    DataSource db;

    void markSignedIn(String organisation) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement update = c.prepareStatement(
                "update organisation set sign_in_enabled = true, keycloak_organization_id = ? where id = ?")) {
            update.setString(1, UUID.randomUUID().toString());
            update.setObject(2, UUID.fromString(organisation));
            update.executeUpdate();
        }
    }

    @Test
    void shouldNotRecordAServiceAccountKeycloakDidNotCreate() {
        int before = as(Demo.ASSOCIATION).get("/api/v1/service-accounts").then().statusCode(200).extract()
                .path("items.size()");
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("name", "Не будет"))
                .post("/api/v1/service-accounts").then().statusCode(503).contentType("application/problem+json");
        as(Demo.ASSOCIATION).get("/api/v1/service-accounts").then().body("items.size()", equalTo(before));
    }
}
