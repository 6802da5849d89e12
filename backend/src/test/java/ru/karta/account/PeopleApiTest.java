package ru.karta.account;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.karta.support.Api.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens.Demo;

/** People and what each role sees of them and may do with them (accounts against the real Keycloak). */
@QuarkusTest
class PeopleApiTest {

    @Test
    void shouldShowContactsOnlyToTheClusterAndThePersonsOwnOrganisation() {
        String id = Fixtures.person(Fixtures.MEMBER_ORG);
        for (Demo who : List.of(Demo.ASSOCIATION, Demo.CKR, Demo.MEMBER)) {
            as(who).get("/api/v1/people/" + id).then().statusCode(200)
                    .body("email", containsString("@people.example")).body("phone", equalTo("+7 900 000-00-00"));
        }
        for (Demo who : List.of(Demo.DEPARTMENT, Demo.MEMBER2)) {
            as(who).get("/api/v1/people/" + id).then().statusCode(200).body("name", containsString("Петров"))
                    .body("position", equalTo("Инженер")).body("email", nullValue()).body("phone", nullValue());
        }
        as(Demo.MEMBER2).get("/api/v1/people?organisationId=" + Fixtures.MEMBER_ORG + "&size=200").then()
                .statusCode(200).body("items.email", org.hamcrest.Matchers.everyItem(nullValue()));
        as(Demo.SCRIPT).get("/api/v1/people").then().statusCode(403);
    }

    @Test
    void shouldListPeopleOfAnOrganisationFoundByName() {
        String id = Fixtures.person(Fixtures.MEMBER_ORG);
        String name = as(Demo.ASSOCIATION).get("/api/v1/people/" + id).then().extract().path("name");
        as(Demo.DEPARTMENT).get("/api/v1/people?organisationId=" + Fixtures.MEMBER_ORG + "&q="
                + name.substring(name.length() - 8)).then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(id)).body("items[0].accountState", equalTo("NONE"));
    }

    @Test
    void shouldLetAnOrganisationsAdministratorKeepItsOwnStaffButNobodyElses() {
        as(Demo.MEMBER).contentType(ContentType.JSON)
                .body(Map.of("name", "Кузьмин Кирилл", "organisationId", Fixtures.MEMBER_ORG)).post("/api/v1/people")
                .then().statusCode(201).body("permissions.edit", equalTo(true));
        as(Demo.MEMBER).contentType(ContentType.JSON)
                .body(Map.of("name", "Кузьмин Кирилл", "organisationId", Fixtures.MEMBER2_ORG)).post("/api/v1/people")
                .then().statusCode(403).contentType("application/problem+json");
        String other = Fixtures.person(Fixtures.MEMBER2_ORG);
        as(Demo.MEMBER).post("/api/v1/people/" + other + "/invitation").then().statusCode(403);
        as(Demo.MEMBER).get("/api/v1/people/" + other).then().statusCode(200)
                .body("permissions.invite", equalTo(false)).body("permissions.edit", equalTo(false));
    }

    @Test
    void shouldRefuseADuplicateEmailAndAnUnknownOrganisationNamingTheField() {
        String id = Fixtures.person(Fixtures.MEMBER_ORG);
        String email = as(Demo.ASSOCIATION).get("/api/v1/people/" + id).then().extract().path("email");
        as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("name", "Двойник", "organisationId", Fixtures.MEMBER_ORG, "email", email.toUpperCase()))
                .post("/api/v1/people").then().statusCode(409).body("errors[0].field", equalTo("email"));
        as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("name", "Никто", "organisationId", "20000000-0000-4000-8000-00000000ffff"))
                .post("/api/v1/people").then().statusCode(400).body("errors[0].field", equalTo("organisationId"));
    }

    @Test
    void shouldRefuseAnInvitationWithoutSignInForTheOrganisation() {
        String organisation = Fixtures.organisation("MEMBER_ENTERPRISE");
        String id = Fixtures.person(organisation);
        as(Demo.ASSOCIATION).post("/api/v1/people/" + id + "/invitation").then().statusCode(409)
                .body("errors[0].field", equalTo("organisationId"));
        as(Demo.ASSOCIATION).get("/api/v1/people/" + id).then().body("accountState", equalTo("NONE"));
    }

    @Test
    void shouldRecordEveryChangeOfAPersonInTheirHistoryAndTheAuditLog() {
        String id = Fixtures.person(Fixtures.MEMBER_ORG);
        String etag = as(Demo.ASSOCIATION).get("/api/v1/people/" + id).then().extract().header("ETag");
        as(Demo.ASSOCIATION).header("If-Match", etag).contentType(ru.karta.support.Api.MERGE_PATCH)
                .body(Map.of("position", "Главный инженер")).patch("/api/v1/people/" + id).then().statusCode(200)
                .body("position", equalTo("Главный инженер"));
        as(Demo.ASSOCIATION).get("/api/v1/people/" + id + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("UPDATED")).body("items[0].changes[0].field", equalTo("position"))
                .body("items[0].changes[0].from", equalTo("Инженер"))
                .body("items[1].action", equalTo("CREATED"));
        as(Demo.CKR).get("/api/v1/audit-events?objectType=PERSON&objectId=" + id).then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items[0].actor.name", equalTo("Анна Соколова"))
                .body("items.action", contains("UPDATED", "CREATED"));
        as(Demo.ASSOCIATION).header("If-Match", etag).contentType(ru.karta.support.Api.MERGE_PATCH)
                .body(Map.of("position", "Снова")).patch("/api/v1/people/" + id).then().statusCode(412);
    }

    @Test
    void shouldExportTheFilteredAuditLogAsCsv() {
        String id = Fixtures.person(Fixtures.MEMBER_ORG);
        String csv = as(Demo.ASSOCIATION).get("/api/v1/audit-events?format=csv&objectId=" + id).then()
                .statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("karta-audit-")).extract().asString();
        String[] lines = csv.strip().split("\r\n");
        org.junit.jupiter.api.Assertions.assertEquals(2, lines.length, csv);
        org.junit.jupiter.api.Assertions.assertTrue(lines[1].contains(id) && lines[1].contains("CREATED")
                && lines[1].contains("Анна Соколова"), lines[1]);
        as(Demo.ASSOCIATION).get("/api/v1/audit-events?actor=Соколова&objectType=PERSON&size=5").then()
                .statusCode(200).body("items.actor.name", hasItem("Анна Соколова"));
        as(Demo.ASSOCIATION).get("/api/v1/audit-events?from=2030-01-01T00:00:00Z&to=2020-01-01T00:00:00Z").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        as(Demo.ASSOCIATION).get("/api/v1/audit-events?objectType=drop table").then().statusCode(400)
                .body("errors[0].field", equalTo("objectType"));
        as(Demo.MEMBER).get("/api/v1/audit-events").then().statusCode(403);
    }

    @Test
    void shouldKnowTheMembersOwnPersonOnMe() {
        as(Demo.MEMBER).get("/api/v1/me").then().statusCode(200).body("personId", notNullValue())
                .body("roles", hasItem("organisation-admin"));
    }
}
