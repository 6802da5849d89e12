package ru.karta.organisation;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.as;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import ru.karta.support.Api;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens.Demo;
import ru.karta.support.Together;

/** Organisation names as one Unicode form, the database guarding references, and patches that change nothing. */
@QuarkusTest
class OrganisationRulesTest {

    private static String create(String fullName) {
        return as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("kind", "MEMBER_ENTERPRISE", "fullName", fullName)).post("/api/v1/organisations").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void shouldCatchANameThatOnlyLooksDifferent() {
        String cyrillic = Fixtures.unique("ООО «Сетка»");
        create(cyrillic);
        // Latin O, C, e and p in place of the Cyrillic ones; a full-width space; different case
        String lookalike = cyrillic.replace("ООО", "OOO").replace("С", "C").replace("е", "e").replace(" ", "\u3000")
                .toUpperCase(java.util.Locale.ROOT);
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("kind", "OTHER", "fullName", lookalike))
                .post("/api/v1/organisations").then().statusCode(409).body("errors[0].field", equalTo("fullName"));
    }

    @Test
    void shouldRefuseInvisibleAndDirectionCharactersInNames() {
        for (String bad : List.of("ООО «Зеро\u200Bширина»", "ООО «Справа\u202Eналево»", "ООО «Изоляция\u2066»",
                "ООО «Нет\u00ADпереноса»")) {
            as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("kind", "OTHER", "fullName", bad))
                    .post("/api/v1/organisations").then().statusCode(400).body("errors[0].field", equalTo("fullName"));
        }
        as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("kind", "OTHER", "fullName", Fixtures.unique("ООО «Алиасы»"), "aliases",
                        List.of("Нормально", "Скры\u200Dто")))
                .post("/api/v1/organisations").then().statusCode(400).body("errors[0].field", equalTo("aliases[1]"));
    }

    @Test
    void shouldStoreNamesInOneUnicodeForm() {
        String id = create(Fixtures.unique("ＯＯＯ  «Ширина»"));
        String name = as(Demo.CKR).get("/api/v1/organisations/" + id).then().statusCode(200).extract().path("fullName");
        assertTrue(name.startsWith("OOO «Ширина»"), name);
    }

    @Test
    void shouldChangeNothingWhenAPatchChangesNothing() {
        String id = create(Fixtures.unique("ООО «Без перемен»"));
        String path = "/api/v1/organisations/" + id;
        String etag = as(Demo.CKR).get(path).then().extract().header("ETag");
        String name = as(Demo.CKR).get(path).then().extract().path("fullName");
        String after = as(Demo.CKR).contentType(Api.MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("fullName", name, "aliases", List.of())).patch(path).then().statusCode(200)
                .body("version", equalTo(0)).extract().header("ETag");
        assertEquals(etag, after, "the same version and ETag");
        as(Demo.CKR).contentType(Api.MERGE_PATCH).header("If-Match", after).body(Map.of("shortName", "БП"))
                .patch(path).then().statusCode(200).body("version", equalTo(1));
        assertEquals(2, as(Demo.CKR).get(path + "/history").then().extract().jsonPath().getInt("totalItems"),
                "created and the one real change, nothing for the empty patch");
    }

    @Test
    void shouldRefuseToDeleteAnOrganisationAnItemStillNames() {
        String organisation = create(Fixtures.unique("ООО «Нужная»"));
        Fixtures.item(Fixtures.draftRoadmap(), "1", "2030", List.of(organisation), List.of());
        as(Demo.ASSOCIATION).delete("/api/v1/organisations/" + organisation).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("organisation-referenced"));
        as(Demo.ASSOCIATION).get("/api/v1/organisations/" + organisation).then().statusCode(200);
    }

    @Test
    void shouldKeepADeletedOrganisationsHistory() {
        String organisation = create(Fixtures.unique("ООО «Бывшая»"));
        as(Demo.ASSOCIATION).delete("/api/v1/organisations/" + organisation).then().statusCode(204);
        as(Demo.MEMBER).get("/api/v1/organisations/" + organisation + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("DELETED"));
    }

    @Test
    void shouldNeverAnswer5xxWhenADeletionRacesAnItemNamingTheOrganisation() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int round = 0; round < 8; round++) {
            String organisation = create(Fixtures.unique("ООО «Гонка»"));
            String roadmap = Fixtures.draftRoadmap();
            String base = "http://localhost:" + RestAssured.port;
            String item = "{\"number\": \"1\", \"activity\": \"Гонка\", \"deadline\": {\"text\": \"2030\"},"
                    + " \"responsible\": [{\"organisationId\": \"" + organisation + "\"}]}";
            List<Integer> statuses = Together.run(List.of(
                    () -> http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/organisations/" + organisation))
                            .header("Authorization", "Bearer " + Demo.ASSOCIATION.token()).DELETE().build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode(),
                    () -> http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/roadmaps/" + roadmap + "/items"))
                            .header("Authorization", "Bearer " + Demo.ASSOCIATION.token())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(item)).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode()));
            assertTrue(statuses.stream().allMatch(s -> s < 500), "no 5xx: " + statuses);
            assertTrue(statuses.equals(List.of(204, 400)) || statuses.equals(List.of(204, 409))
                    || statuses.equals(List.of(409, 201)), "one of them wins, the other is told: " + statuses);
        }
    }
}
