package ru.karta.organisation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.karta.support.Api.as;
import static ru.karta.support.Api.asToken;

import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import ru.karta.support.Api;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens;
import ru.karta.support.TestTokens.Demo;

@QuarkusTest
class OrganisationApiTest {

    @Inject
    DataSource db;

    private static ValidatableResponse create(Demo who, Map<String, Object> body) {
        return as(who).contentType(ContentType.JSON).body(body).post("/api/v1/organisations").then();
    }

    @Test
    void shouldCreateAnOrganisationAndReadItBackWithAnETag() {
        String name = Fixtures.unique("АО «Смоленский завод стеклопластиков»");
        String location = create(Demo.ASSOCIATION, Map.of("kind", "MEMBER_ENTERPRISE", "fullName", name,
                "shortName", "СЗС", "aliases", java.util.List.of("Завод стеклопластиков"),
                "contacts", Map.of("email", "info@szs.example", "website", "https://szs.example")))
                .statusCode(201).header("ETag", equalTo("\"0-15\"")) // version 0; the association may edit, edit contacts, delete, manage sign-in
                .body("fullName", equalTo(name))
                .body("contacts.email", equalTo("info@szs.example")).body("inn", nullValue())
                .extract().header("Location");
        String etag = as(Demo.MEMBER).get(location).then().statusCode(200).body("shortName", equalTo("СЗС"))
                .body("aliases", contains("Завод стеклопластиков")).extract().header("ETag");
        as(Demo.MEMBER).header("If-None-Match", etag).get(location).then().statusCode(304);
    }

    @Test
    void shouldRefuseAnInnWithAWrongCheckDigit() {
        create(Demo.ASSOCIATION, Map.of("kind", "MEMBER_ENTERPRISE", "fullName", Fixtures.unique("ООО «Ошибка»"),
                "inn", "6732000010"))
                .statusCode(400).contentType("application/problem+json").body("errors.field", contains("inn"));
    }

    @Test
    void shouldNameTheFieldsThatAreMissingOrUnknown() {
        create(Demo.ASSOCIATION, Map.of("fullName", "")).statusCode(400)
                .body("errors.field", contains("fullName", "kind"));
        create(Demo.ASSOCIATION, Map.of("kind", "BANK", "fullName", "Банк")).statusCode(400)
                .body("errors[0].field", equalTo("kind")).body("errors[0].message", containsString("MEMBER_ENTERPRISE"));
        create(Demo.ASSOCIATION, Map.of("kind", "OTHER", "fullName", "Банк", "ogrn", "1"))
                .statusCode(400).body("errors[0].field", equalTo("ogrn"));
    }

    @Test
    void shouldRefuseASecondOrganisationWithTheSameName() {
        String name = Fixtures.unique("ООО «Двойник»");
        create(Demo.ASSOCIATION, Map.of("kind", "OTHER", "fullName", name)).statusCode(201);
        create(Demo.ASSOCIATION, Map.of("kind", "OTHER", "fullName", name.toUpperCase())).statusCode(409)
                .body("type", equalTo("urn:karta:problem:duplicate-organisation"));
    }

    @Test
    void shouldLetOnlyTheAssociationCreateOrganisations() {
        for (Demo who : new Demo[] { Demo.CKR, Demo.DEPARTMENT, Demo.MEMBER, Demo.SCRIPT }) {
            create(who, Map.of("kind", "OTHER", "fullName", Fixtures.unique("ООО «Нельзя»"))).statusCode(403)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void shouldGuardChangesWithTheVersion() {
        String id = Fixtures.organisation("OTHER");
        String path = "/api/v1/organisations/" + id;
        as(Demo.CKR).contentType(Api.MERGE_PATCH).body(Map.of("shortName", "Новое"))
                .patch(path).then().statusCode(428).body("errors[0].field", equalTo("If-Match"));
        String etag = as(Demo.CKR).get(path).then().header("ETag", equalTo("\"0-3\"")).extract().header("ETag");
        as(Demo.CKR).contentType(Api.MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("shortName", "Новое")).patch(path).then().statusCode(200)
                .header("ETag", equalTo("\"1-3\"")).body("shortName", equalTo("Новое")).body("version", equalTo(1));
        as(Demo.CKR).contentType(Api.MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("shortName", "Старое")).patch(path).then().statusCode(412)
                .contentType("application/problem+json");
        as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("shortName", "Старое", "version", 0)).patch(path)
                .then().statusCode(409).body("errors[0].field", equalTo("version"));
        as(Demo.CKR).get(path).then().body("shortName", equalTo("Новое"));
    }

    @Test
    void shouldClearAFieldPatchedToNull() {
        String id = Fixtures.organisation("OTHER");
        String path = "/api/v1/organisations/" + id;
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("shortName", "Кратко", "version", 0))
                .patch(path).then().statusCode(200);
        java.util.Map<String, Object> clear = new java.util.HashMap<>();
        clear.put("shortName", null);
        clear.put("version", 1);
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(clear).patch(path).then().statusCode(200)
                .body("shortName", nullValue());
    }

    @Test
    void shouldLetAMemberChangeOnlyItsOwnOrganisationsContacts() {
        String own = "/api/v1/organisations/" + Fixtures.MEMBER_ORG;
        long version = as(Demo.MEMBER).get(own).then().extract().jsonPath().getLong("version");
        as(Demo.MEMBER).contentType(ContentType.JSON)
                .body(Map.of("contacts", Map.of("phone", "+7 4812 11-22-33"), "version", version)).patch(own).then()
                .statusCode(200).body("contacts.phone", equalTo("+7 4812 11-22-33"));
        as(Demo.MEMBER).contentType(ContentType.JSON).body(Map.of("fullName", "Другое имя", "version", version + 1))
                .patch(own).then().statusCode(403).body("detail", containsString("fullName"));
        as(Demo.MEMBER2).contentType(ContentType.JSON)
                .body(Map.of("contacts", Map.of("phone", "0"), "version", version + 1)).patch(own).then()
                .statusCode(403);
        as(Demo.DEPARTMENT).contentType(ContentType.JSON)
                .body(Map.of("contacts", Map.of("phone", "0"), "version", version + 1)).patch(own).then()
                .statusCode(403);
    }

    @Test
    void shouldNotDeleteAnOrganisationWhileARoadmapNamesIt() {
        as(Demo.ASSOCIATION).delete("/api/v1/organisations/" + Fixtures.DEPARTMENT_ORG).then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:organisation-referenced"));
        as(Demo.DEPARTMENT).get("/api/v1/organisations/" + Fixtures.DEPARTMENT_ORG).then().statusCode(200);
    }

    @Test
    void shouldDeleteAnUnusedOrganisationForTheAssociationOnly() {
        String path = "/api/v1/organisations/" + Fixtures.organisation("OTHER");
        as(Demo.CKR).delete(path).then().statusCode(403);
        as(Demo.ASSOCIATION).delete(path).then().statusCode(204);
        as(Demo.ASSOCIATION).get(path).then().statusCode(404).contentType("application/problem+json");
        as(Demo.ASSOCIATION).get(path + "/history").then().statusCode(200).body("items[0].action", equalTo("DELETED"));
    }

    @Test
    void shouldNotDeleteAnOrganisationThatHasAnAccount() {
        String id = Fixtures.organisation("MEMBER_ENTERPRISE");
        Fixtures.account(db, id);
        as(Demo.ASSOCIATION).delete("/api/v1/organisations/" + id).then().statusCode(409);
    }

    @Test
    void shouldKeepWhoChangedWhatAndWhen() {
        String id = Fixtures.organisation("OTHER");
        as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("shortName", "ЦКР-правка", "version", 0))
                .patch("/api/v1/organisations/" + id).then().statusCode(200);
        as(Demo.DEPARTMENT).get("/api/v1/organisations/" + id + "/history").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].action", equalTo("UPDATED"))
                .body("items[0].actor.name", equalTo(Demo.CKR.name))
                .body("items[0].occurredAt", notNullValue())
                .body("items[0].changes.size()", equalTo(1))
                .body("items[0].changes[0].field", equalTo("shortName"))
                .body("items[0].changes[0].from", nullValue())
                .body("items[0].changes[0].to", equalTo("ЦКР-правка"))
                .body("items[1].action", equalTo("CREATED"))
                .body("items[1].actor.subject", equalTo(Demo.ASSOCIATION.subject));
    }

    @Test
    void shouldFindOrganisationsByAliasKindAndPage() {
        as(Demo.SCRIPT).get("/api/v1/organisations?q=ЦКР").then().statusCode(200)
                .body("items.id", hasItem(Fixtures.CKR_ORG));
        as(Demo.SCRIPT).get("/api/v1/organisations?kind=FEDERAL_AUTHORITY&sort=name").then().statusCode(200)
                .body("items.shortName", contains("Минпромторг России", "Минэкономразвития России"));
        as(Demo.SCRIPT).get("/api/v1/organisations?size=1&page=1").then().statusCode(200)
                .body("size", equalTo(1)).body("page", equalTo(1)).body("items.size()", equalTo(1));
        as(Demo.SCRIPT).get("/api/v1/organisations?kind=BANK").then().statusCode(400)
                .body("errors[0].field", equalTo("kind"));
    }

    @Test
    void shouldAnswerInEnglishWhenAsked() {
        as(Demo.CKR).header("Accept-Language", "en-GB,en;q=0.9").get("/api/v1/organisations/" + java.util.UUID.randomUUID())
                .then().statusCode(404).header("Content-Language", "en").body("detail", equalTo("Organisation not found."));
        as(Demo.CKR).get("/api/v1/organisations/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .body("detail", equalTo("Организация не найдена."));
    }

    @Test
    void shouldTreatAnAccountWithoutAKartaRoleAsForbidden() {
        asToken(TestTokens.token("no-role-user", "guest", "Гость", "offline_access"))
                .get("/api/v1/organisations").then().statusCode(403).contentType("application/problem+json");
    }
}
