package ru.karta.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ru.karta.support.Api.as;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.karta.support.TestTokens.Demo;

/** What a browser or a scanner notices about the API: headers, CORS for the SPA's origin only, health. */
@QuarkusTest
class HardeningTest {

    @Test
    void shouldSendSecurityHeadersOnAnswersAndErrors() {
        for (var response : new io.restassured.response.Response[] { as(Demo.CKR).get("/api/v1/me"),
                given().get("/api/v1/me") }) {
            response.then().header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer")
                    .header("X-Frame-Options", "DENY")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
        }
    }

    @Test
    void shouldAllowCrossOriginCallsOnlyFromTheConfiguredSpa() {
        given().header("Origin", "http://127.0.0.1:5173").header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/api/v1/roadmaps").then().header("Access-Control-Allow-Origin", "http://127.0.0.1:5173");
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/roadmaps").then().header("Access-Control-Allow-Origin", nullValue());
        // a browser page on another origin is refused outright, even with a valid token
        given().header("Authorization", "Bearer " + Demo.CKR.token()).header("Origin", "https://evil.example")
                .get("/api/v1/me").then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldReportReadinessWithTheDatabaseAndTheIdentityProvider() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("identity provider",
                        "Database connections health check"));
    }

    @Test
    void shouldPublishPrometheusMetricsOfTheApi() {
        as(Demo.CKR).get("/api/v1/me").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/me\""));
    }
}
