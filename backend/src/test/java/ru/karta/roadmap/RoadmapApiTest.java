package ru.karta.roadmap;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.karta.support.Api.as;
import static ru.karta.support.Json.withoutNulls;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import ru.karta.support.Api;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens.Demo;

@QuarkusTest
class RoadmapApiTest {

    @Test
    void shouldShowADraftOnlyToTheAssociationAndCkr() {
        String draft = Fixtures.draftRoadmap();
        String title = as(Demo.CKR).get("/api/v1/roadmaps/" + draft).then().statusCode(200)
                .body("status", equalTo("DRAFT")).extract().path("title");
        for (Demo who : new Demo[] { Demo.DEPARTMENT, Demo.MEMBER, Demo.SCRIPT }) {
            as(who).get("/api/v1/roadmaps/" + draft).then().statusCode(404);
            as(who).get("/api/v1/roadmaps/" + draft + "/items").then().statusCode(404);
            as(who).queryParam("q", title).get("/api/v1/roadmaps").then().statusCode(200).body("totalItems", equalTo(0));
            as(who).get("/api/v1/roadmaps?size=200").then().statusCode(200)
                    .body("items.status", everyItem(not(equalTo("DRAFT"))));
        }
        as(Demo.ASSOCIATION).queryParam("q", title).get("/api/v1/roadmaps?status=DRAFT").then().statusCode(200)
                .body("items.id", hasItem(draft));
    }

    @Test
    void shouldLetOnlyTheAssociationAndCkrCreateRoadmaps() {
        Map<String, Object> body = Map.of("title", "Карта", "periodStart", "2031-01-01", "periodEnd", "2031-12-31");
        as(Demo.CKR).contentType(ContentType.JSON).body(body).post("/api/v1/roadmaps").then().statusCode(201)
                .header("Location", containsString("/api/v1/roadmaps/")).body("status", equalTo("DRAFT"))
                .body("itemCount", equalTo(0));
        for (Demo who : new Demo[] { Demo.DEPARTMENT, Demo.MEMBER, Demo.SCRIPT }) {
            as(who).contentType(ContentType.JSON).body(body).post("/api/v1/roadmaps").then().statusCode(403);
        }
    }

    @Test
    void shouldRefuseAPeriodThatEndsBeforeItStarts() {
        as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("title", "Карта", "periodStart", "2031-12-31", "periodEnd", "2031-01-01"))
                .post("/api/v1/roadmaps").then().statusCode(400).body("errors[0].field", equalTo("periodEnd"));
        as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("title", "Карта", "periodStart", "2031-02-30", "periodEnd", "2031-12-31"))
                .post("/api/v1/roadmaps").then().statusCode(400).body("errors[0].field", equalTo("periodStart"));
    }

    @Test
    void shouldApproveADraftWithItemsByTheAssociationOnly() {
        String draft = Fixtures.draftRoadmap();
        as(Demo.ASSOCIATION).post("/api/v1/roadmaps/" + draft + "/approve").then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:roadmap-empty"));
        Fixtures.item(draft, "1", "2030", List.of(Fixtures.ASSOCIATION_ORG), List.of());
        as(Demo.CKR).post("/api/v1/roadmaps/" + draft + "/approve").then().statusCode(403);
        as(Demo.ASSOCIATION).post("/api/v1/roadmaps/" + draft + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedBy", equalTo(Demo.ASSOCIATION.name))
                .body("approvedAt", notNullValue());
        as(Demo.ASSOCIATION).post("/api/v1/roadmaps/" + draft + "/approve").then().statusCode(409);
        as(Demo.DEPARTMENT).get("/api/v1/roadmaps/" + draft).then().statusCode(200);
        as(Demo.DEPARTMENT).get("/api/v1/roadmaps/" + draft + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("APPROVED"));
    }

    @Test
    void shouldCopyTheRoadmapIntoADraftForTheNextYear() {
        JsonPath copy = as(Demo.CKR).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/copy").then().statusCode(201).extract()
                .jsonPath();
        assertEquals("DRAFT", copy.getString("status"));
        assertEquals("2018-01-01", copy.getString("periodStart"));
        assertEquals("2018-12-31", copy.getString("periodEnd"));
        assertEquals(Fixtures.SEED_ROADMAP, copy.getString("copiedFromId"));
        assertEquals(14, copy.getInt("itemCount"));
        assertEquals("План мероприятий («дорожная карта») «Развитие Смоленского композитного кластера» на 2018 год",
                copy.getString("title"));
        JsonPath items = as(Demo.CKR).get("/api/v1/roadmaps/" + copy.getString("id") + "/items").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(14, items.getInt("totalItems"));
        assertEquals(Map.of("precision", "MONTH", "text", "июнь 2018", "period", "2018-06", "dueDate", "2018-06-30"),
                withoutNulls(items.getMap("items[0].deadline")));
        assertEquals("QUARTERLY", items.getString("items[8].deadline.recurrence"));
        assertEquals(List.of("NOT_STARTED"), items.getList("items.status").stream().distinct().toList());
        assertEquals("Стрельцов А.В.", items.getString("items[5].responsible[0].official"));
        as(Demo.CKR).get("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP).then().body("status", equalTo("APPROVED"))
                .body("periodStart", equalTo("2017-01-01"));
    }

    @Test
    void shouldChangeTheTitleWithTheVersionAndAuditIt() {
        String draft = Fixtures.draftRoadmap();
        String etag = as(Demo.CKR).get("/api/v1/roadmaps/" + draft).then().extract().header("ETag");
        assertEquals("\"0-17\"", etag, "version 0; ЦКР may edit and add items, not approve, archive or copy a draft");
        as(Demo.CKR).contentType(Api.MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("title", "Новый заголовок")).patch("/api/v1/roadmaps/" + draft).then().statusCode(200)
                .body("title", equalTo("Новый заголовок")).header("ETag", equalTo("\"1-17\""));
        as(Demo.CKR).get("/api/v1/roadmaps/" + draft + "/history").then().body("items[0].action", equalTo("UPDATED"))
                .body("items[0].changes[0].field", equalTo("title"))
                .body("items[0].changes[0].to", equalTo("Новый заголовок"))
                .body("items[0].actor.name", equalTo(Demo.CKR.name));
        as(Demo.DEPARTMENT).contentType(ContentType.JSON).body(Map.of("title", "x", "version", 1))
                .patch("/api/v1/roadmaps/" + draft).then().statusCode(404);
    }

    @Test
    void shouldCountItemsByStatusOverdueAndOrganisation() {
        String roadmap = Fixtures.draftRoadmap();
        String past = Fixtures.item(roadmap, "1", "2017", List.of(Fixtures.DEPARTMENT_ORG), List.of(Fixtures.CKR_ORG));
        Fixtures.item(roadmap, "2", "2099", List.of(Fixtures.DEPARTMENT_ORG), List.of());
        String done = Fixtures.item(roadmap, "3", "2017", List.of(Fixtures.CKR_ORG), List.of(Fixtures.DEPARTMENT_ORG));
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("status", "DONE", "version", 0))
                .patch("/api/v1/roadmap-items/" + done).then().statusCode(200);
        JsonPath summary = as(Demo.ASSOCIATION).get("/api/v1/roadmaps/" + roadmap + "/summary").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(3, summary.getInt("totalItems"));
        assertEquals(1, summary.getInt("overdue"), "only " + past + " is past due and open");
        assertEquals(Map.of("NOT_STARTED", 2, "IN_PROGRESS", 0, "DONE", 1, "CANCELLED", 0), summary.getMap("byStatus"));
        Map<String, Object> department = summary.getMap("byOrganisation.find { it.organisationId == '"
                + Fixtures.DEPARTMENT_ORG + "' }");
        assertEquals(2, department.get("responsible"));
        assertEquals(1, department.get("assisting"));
        assertEquals(1, department.get("overdue"));
        assertEquals(Map.of("NOT_STARTED", 2, "IN_PROGRESS", 0, "DONE", 0, "CANCELLED", 0), department.get("byStatus"));
        assertEquals(Fixtures.DEPARTMENT_ORG, summary.getString("byOrganisation[0].organisationId"),
                "the organisation with most items first");
    }

    @Test
    void shouldMakeAnArchivedRoadmapReadOnly() {
        Map<String, String> made = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG);
        as(Demo.CKR).post("/api/v1/roadmaps/" + made.get("roadmap") + "/archive").then().statusCode(403);
        as(Demo.ASSOCIATION).post("/api/v1/roadmaps/" + made.get("roadmap") + "/archive").then().statusCode(200)
                .body("status", equalTo("ARCHIVED"));
        as(Demo.DEPARTMENT).contentType(ContentType.JSON).body(Map.of("text", "Поздно"))
                .post("/api/v1/roadmap-items/" + made.get("item") + "/progress-updates").then().statusCode(409);
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("text", "Поздно"))
                .post("/api/v1/roadmap-items/" + made.get("item") + "/progress-updates").then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:roadmap-archived"));
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("note", "Поздно", "version", 0))
                .patch("/api/v1/roadmap-items/" + made.get("item")).then().statusCode(409);
        as(Demo.DEPARTMENT).get("/api/v1/roadmap-items/" + made.get("item")).then().statusCode(200)
                .body("permissions.edit", equalTo(false)).body("permissions.updateProgress", equalTo(false));
    }

    @Test
    void shouldAnswer404ForRoadmapsThatDoNotExist() {
        as(Demo.ASSOCIATION).get("/api/v1/roadmaps/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:karta:problem:not-found"));
        as(Demo.ASSOCIATION).get("/api/v1/roadmaps/not-a-uuid/summary").then().statusCode(404);
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/roadmaps/" + java.util.UUID.randomUUID() + "/copy").then().statusCode(404);
    }

}
