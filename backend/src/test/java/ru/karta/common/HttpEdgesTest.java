package ru.karta.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.as;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import ru.karta.support.Api;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens.Demo;

/** HTTP at its edges: broken tokens, preconditions, methods, chunked bodies, caching. */
@QuarkusTest
class HttpEdgesTest {

    @Test
    void shouldAnswer401ToABearerThatIsNotAToken() {
        for (String bearer : List.of("Bearer .", "Bearer ..", "Bearer ...", "Bearer a.b.c", "Bearer", "Bearer  ")) {
            RestAssured.given().header("Authorization", bearer).get("/api/v1/me").then().statusCode(401)
                    .contentType(containsString("application/problem+json"));
        }
    }

    @Test
    void shouldMatchIfMatchStrongly() {
        String roadmap = Fixtures.draftRoadmap();
        String path = "/api/v1/roadmaps/" + roadmap;
        String etag = as(Demo.CKR).get(path).then().extract().header("ETag");
        for (String stale : List.of("W/" + etag, etag.replace("\"", ""), "\"0\"", etag + ", \"9-9\"")) {
            as(Demo.CKR).contentType(Api.MERGE_PATCH).header("If-Match", stale).body(Map.of("title", "Новое"))
                    .patch(path).then().statusCode(412);
        }
        as(Demo.CKR).contentType(Api.MERGE_PATCH).header("If-Match", "*").body(Map.of("title", "Новое"))
                .patch(path).then().statusCode(428);
        as(Demo.CKR).contentType(Api.MERGE_PATCH).header("If-Match", etag).body(Map.of("title", "Новое"))
                .patch(path).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void shouldNameTheAllowedMethodsOnA405() {
        var answer = as(Demo.CKR).put("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP).then().statusCode(405)
                .contentType(containsString("application/problem+json")).extract();
        String allow = answer.header("Allow");
        assertTrue(allow != null && allow.contains("GET") && allow.contains("PATCH") && !allow.contains("PUT"),
                "Allow: " + allow);
    }

    @Test
    void shouldVaryAnswersByCaller() {
        String vary = as(Demo.CKR).get("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP).then().statusCode(200).extract()
                .header("Vary");
        assertTrue(vary != null && vary.contains("Authorization"), "Vary: " + vary);
    }

    @Test
    void shouldRefuseAChunkedBodyOverTheLimit() throws Exception {
        byte[] big = ("{\"title\": \"" + "я".repeat(400_000) + "\", \"periodStart\": \"2030-01-01\","
                + " \"periodEnd\": \"2030-12-31\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port
                + "/api/v1/roadmaps")).header("Authorization", "Bearer " + Demo.ASSOCIATION.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(big)))
                .build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        // a small chunked body still works
        byte[] small = "{\"title\": \"Малая\", \"periodStart\": \"2030-01-01\", \"periodEnd\": \"2030-12-31\"}"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> ok = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(request.uri()).header("Authorization", "Bearer " + Demo.ASSOCIATION.token())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small))).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(201, ok.statusCode(), ok.body());
    }

    @Test
    void shouldReadATypedParameterOnceAndNameItWhenItIsWrong() {
        as(Demo.CKR).get("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/items?dueBefore=30.06.2017").then()
                .statusCode(400).body("errors[0].field", equalTo("dueBefore"));
        as(Demo.CKR).get("/api/v1/organisations?kind=BANK").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        as(Demo.CKR).get("/api/v1/organisations?size=ten").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        as(Demo.CKR).get("/api/v1/roadmaps/not-a-uuid").then().statusCode(404);
        as(Demo.CKR).contentType(ContentType.JSON).get("/api/v1/roadmaps?updatedSince=yesterday").then()
                .statusCode(400).body("errors[0].field", equalTo("updatedSince"));
    }
}
