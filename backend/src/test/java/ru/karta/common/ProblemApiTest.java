package ru.karta.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static ru.karta.support.Api.anonymous;
import static ru.karta.support.Api.as;
import static ru.karta.support.Api.asToken;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens;
import ru.karta.support.TestTokens.Demo;

/** Every error is a problem+json document with a request id; nothing is a bare 500 or an HTML page. */
@QuarkusTest
class ProblemApiTest {

    @Test
    void shouldAsk401WithoutAToken() {
        anonymous().get("/api/v1/roadmaps").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:karta:problem:unauthenticated")).body("requestId", notNullValue());
        anonymous().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldRefuseTokensThatAreNotOurs() throws NoSuchAlgorithmException {
        String path = "/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP;
        asToken("not-a-jwt").get(path).then().statusCode(401).contentType("application/problem+json");
        var foreignKey = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        asToken(TestTokens.claims(Demo.ASSOCIATION.subject, "association", "x", "association").sign(foreignKey))
                .get(path).then().statusCode(401);
        asToken(TestTokens.sign(TestTokens.claims(Demo.ASSOCIATION.subject, "association", "x", "association")
                .issuer("https://evil.example/realms/karta"))).get(path).then().statusCode(401);
        asToken(TestTokens.sign(TestTokens.claims(Demo.ASSOCIATION.subject, "association", "x", "association")
                .audience("another-api"))).get(path).then().statusCode(401);
        asToken(TestTokens.sign(TestTokens.claims(Demo.ASSOCIATION.subject, "association", "x", "association")
                .issuedAt(1_500_000_000L).expiresAt(1_500_000_600L))).get(path).then().statusCode(401);
        asToken(Demo.ASSOCIATION.token()).get(path).then().statusCode(200);
    }

    @Test
    void shouldAnswerUnknownAddressesAndMethodsWithProblems() {
        as(Demo.CKR).get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
        as(Demo.CKR).delete("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP).then().statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseBodiesThatAreNotJson() {
        as(Demo.ASSOCIATION).contentType(ContentType.TEXT).body("kind=OTHER").post("/api/v1/organisations").then()
                .statusCode(415).contentType("application/problem+json");
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body("{kind: OTHER").post("/api/v1/organisations").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("Тело запроса — не корректный JSON."));
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body("[1, 2]").post("/api/v1/organisations").then()
                .statusCode(400).contentType("application/problem+json");
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body("").post("/api/v1/organisations").then()
                .statusCode(400).contentType("application/problem+json");
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body("[]")
                .patch("/api/v1/organisations/" + Fixtures.ASSOCIATION_ORG).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRefuseABodyOverTheSizeLimit() {
        String huge = "{\"kind\":\"OTHER\",\"fullName\":\"" + "я".repeat(400_000) + "\"}";
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(huge).post("/api/v1/organisations").then()
                .statusCode(413);
    }

    @Test
    void shouldEchoTheCallersRequestId() {
        as(Demo.CKR).header("X-Request-Id", "script-run-20171231-0001").get("/api/v1/roadmaps/" + java.util.UUID.randomUUID())
                .then().statusCode(404).header("X-Request-Id", equalTo("script-run-20171231-0001"))
                .body("requestId", equalTo("script-run-20171231-0001"));
        as(Demo.CKR).header("X-Request-Id", "<script>").get("/api/v1/me").then().statusCode(200)
                .header("X-Request-Id", org.hamcrest.Matchers.not(equalTo("<script>")));
    }
}
