package ru.karta.account;

import static org.hamcrest.Matchers.equalTo;
import static ru.karta.support.Api.as;

import java.util.Map;

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
    void shouldNotMarkAPersonInvitedWhenTheInvitationCouldNotGoOut() {
        String organisation = Fixtures.organisation("MEMBER_ENTERPRISE");
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .post("/api/v1/organisations/" + organisation + "/sign-in").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5")
                .body("type", org.hamcrest.Matchers.endsWith("identity-provider-unavailable"));
        as(Demo.ASSOCIATION).get("/api/v1/organisations/" + organisation).then().statusCode(200)
                .body("signIn.enabled", equalTo(false));
        String person = Fixtures.person(Fixtures.MEMBER_ORG);
        String before = as(Demo.ASSOCIATION).get("/api/v1/people/" + person).then().extract().header("ETag");
        as(Demo.ASSOCIATION).post("/api/v1/people/" + person + "/invitation").then().statusCode(anyOf503or409());
        as(Demo.ASSOCIATION).get("/api/v1/people/" + person).then().statusCode(200)
                .body("accountState", equalTo("NONE")).header("ETag", before);
        as(Demo.ASSOCIATION).get("/api/v1/people/" + person + "/history").then().body("totalItems", equalTo(1));
    }

    /** The member's enterprise may or may not have sign-in from other tests; either way nothing is marked. */
    private static org.hamcrest.Matcher<Integer> anyOf503or409() {
        return org.hamcrest.Matchers.anyOf(equalTo(503), equalTo(409));
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
