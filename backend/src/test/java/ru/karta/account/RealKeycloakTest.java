package ru.karta.account;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ru.karta.support.Api.asToken;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import ru.karta.support.Fixtures;
import ru.karta.support.RealKeycloak;

/** With tokens from the real Keycloak and the project's realm, as people and scripts log in. */
@QuarkusTest
@TestProfile(RealKeycloak.Profile.class)
class RealKeycloakTest {

    private static final String ITEM_6 = "/api/v1/roadmap-items/60000000-0000-4000-8000-000000000006";

    @BeforeAll
    static void keycloakIsUp() {
        RealKeycloak.requireRunning();
    }

    @Test
    void shouldKnowTheDepartmentUserAndItsOrganisation() {
        asToken(RealKeycloak.password("department")).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("department")).body("roles", contains("department"))
                .body("organisationId", equalTo(Fixtures.DEPARTMENT_ORG));
    }

    @Test
    void shouldLetTheDepartmentReportProgressOnItemSixButNotAMember() {
        asToken(RealKeycloak.password("department")).contentType(ContentType.JSON)
                .body(Map.of("text", "Проверка входа через Keycloak")).post(ITEM_6 + "/progress-updates").then()
                .statusCode(201).body("author.organisationId", equalTo(Fixtures.DEPARTMENT_ORG));
        asToken(RealKeycloak.password("member")).contentType(ContentType.JSON).body(Map.of("text", "Нельзя"))
                .post(ITEM_6 + "/progress-updates").then().statusCode(403);
    }

    @Test
    void shouldLetTheIntegrationScriptPullTheItemsWithClientCredentials() {
        String token = RealKeycloak.script();
        asToken(token).get("/api/v1/me").then().statusCode(200).body("roles", contains("integration"))
                .body("organisationId", nullValue());
        asToken(token).get("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/items?size=100").then().statusCode(200)
                .body("totalItems", equalTo(14)).body("items[5].number", equalTo("6"));
        asToken(token).contentType(ContentType.JSON).body(Map.of("text", "Скрипт")).post(ITEM_6 + "/progress-updates")
                .then().statusCode(403);
    }

    @Test
    void shouldRefuseTokensNotSignedByKeycloak() {
        asToken(ru.karta.support.TestTokens.Demo.ASSOCIATION.token()).get("/api/v1/me").then().statusCode(401);
    }
}
