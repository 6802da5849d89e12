package ru.karta.roadmap;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static ru.karta.support.Api.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens.Demo;

/** The roadmap and progress policies as users meet them: permissions in views, 403 before 400, status rights. */
@QuarkusTest
class RoadmapPolicyTest {

    @Test
    void shouldTellEachCallerWhatItMayDoWithARoadmap() {
        String draft = Fixtures.draftRoadmap();
        String path = "/api/v1/roadmaps/" + draft;
        as(Demo.ASSOCIATION).get(path).then().statusCode(200).body("permissions.edit", equalTo(true))
                .body("permissions.approve", equalTo(true)).body("permissions.archive", equalTo(false))
                .body("permissions.copy", equalTo(false)).body("permissions.createItems", equalTo(true));
        as(Demo.CKR).get(path).then().statusCode(200).body("permissions.edit", equalTo(true))
                .body("permissions.approve", equalTo(false));
        String seed = "/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP;
        as(Demo.MEMBER).get(seed).then().statusCode(200).body("permissions.edit", equalTo(false))
                .body("permissions.approve", equalTo(false)).body("permissions.copy", equalTo(false))
                .body("permissions.createItems", equalTo(false));
    }

    @Test
    void shouldTellWhoMayCreateARoadmapOnTheList() {
        for (Demo who : List.of(Demo.ASSOCIATION, Demo.CKR)) {
            as(who).get("/api/v1/roadmaps").then().statusCode(200).body("permissions.create", equalTo(true));
        }
        for (Demo who : List.of(Demo.DEPARTMENT, Demo.MEMBER)) {
            as(who).get("/api/v1/roadmaps").then().statusCode(200).body("permissions.create", equalTo(false));
        }
    }

    @Test
    void shouldCopyOnlyASettledRoadmapAndSayWhatTheCopyWouldMeet() {
        String draft = Fixtures.draftRoadmap();
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body("{}").post("/api/v1/roadmaps/" + draft + "/copy")
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("проект"));
        as(Demo.CKR).get("/api/v1/roadmaps/" + draft + "/copy-preview").then().statusCode(409);
        // the seed is for 2017; a roadmap for 2018 exists once it has been copied
        String seedPreview = "/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/copy-preview";
        as(Demo.CKR).get(seedPreview).then().statusCode(200).body("periodStart", equalTo("2018-01-01"))
                .body("periodEnd", equalTo("2018-12-31")).body("years", equalTo(1)).body("itemCount", equalTo(14))
                .body("title", org.hamcrest.Matchers.containsString("на 2018 год"));
        String copy = as(Demo.CKR).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/copy").then().statusCode(201).extract().path("id");
        as(Demo.CKR).get(seedPreview).then().statusCode(200).body("existing.id", hasItem(copy));
        as(Demo.DEPARTMENT).get(seedPreview).then().statusCode(403);
    }

    @Test
    void shouldGiveCallersWithOtherPermissionsOtherETags() {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        String path = "/api/v1/roadmap-items/" + item;
        String ckr = as(Demo.CKR).get(path).then().statusCode(200).extract().header("ETag");
        String department = as(Demo.DEPARTMENT).get(path).then().statusCode(200)
                .body("permissions.edit", equalTo(false)).body("permissions.updateProgress", equalTo(true))
                .extract().header("ETag");
        String member2 = as(Demo.MEMBER2).get(path).then().statusCode(200)
                .body("permissions.updateProgress", equalTo(false)).extract().header("ETag");
        assertNotEquals(ckr, department, "ЦКР may edit, the department may not: a cache must not mix them");
        assertNotEquals(department, member2);
        as(Demo.MEMBER2).header("If-None-Match", department).get(path).then().statusCode(200);
        as(Demo.MEMBER2).header("If-None-Match", member2).get(path).then().statusCode(304);
    }

    @Test
    void shouldMakeAnItemsCachedAnswerStaleWhenItsRoadmapIsApproved() {
        String roadmap = Fixtures.draftRoadmap();
        String item = Fixtures.item(roadmap, "1", "2030", List.of(Fixtures.ASSOCIATION_ORG), List.of());
        String path = "/api/v1/roadmap-items/" + item;
        String before = as(Demo.CKR).get(path).then().body("permissions.updateProgress", equalTo(false)).extract()
                .header("ETag");
        Fixtures.approve(roadmap);
        as(Demo.CKR).header("If-None-Match", before).get(path).then().statusCode(200)
                .body("permissions.updateProgress", equalTo(true)).body("version", equalTo(0));
    }

    @Test
    void shouldRefuseAMemberCreatingARoadmapBeforeLookingAtItsBody() {
        as(Demo.MEMBER).contentType(ContentType.JSON).body(Map.of("title", "", "periodStart", "not a date"))
                .post("/api/v1/roadmaps").then().statusCode(403).body("errors", org.hamcrest.Matchers.nullValue());
        as(Demo.DEPARTMENT).contentType(ContentType.JSON).body(Map.of("number", "x"))
                .post("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/items").then().statusCode(403);
        as(Demo.MEMBER2).contentType(ContentType.JSON).body(Map.of("kind", "NOPE"))
                .post("/api/v1/organisations").then().statusCode(403);
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("title", "", "periodStart", "not a date"))
                .post("/api/v1/roadmaps").then().statusCode(400);
    }

    @Test
    void shouldLetOnlyTheResponsibleChangeAnItemsStatus() {
        // department responsible, member's enterprise assisting
        String roadmap = Fixtures.draftRoadmap();
        String item = Fixtures.item(roadmap, "1", "2030", List.of(Fixtures.DEPARTMENT_ORG),
                List.of(Fixtures.MEMBER_ORG));
        Fixtures.approve(roadmap);
        String path = "/api/v1/roadmap-items/" + item;
        as(Demo.MEMBER).get(path).then().body("permissions.updateProgress", equalTo(true))
                .body("permissions.changeStatus", equalTo(false));
        as(Demo.DEPARTMENT).get(path).then().body("permissions.changeStatus", equalTo(true));
        for (String status : List.of("DONE", "CANCELLED", "IN_PROGRESS")) {
            as(Demo.MEMBER).contentType(ContentType.JSON).body(Map.of("text", "Готово", "status", status))
                    .post(path + "/progress-updates").then().statusCode(403)
                    .body("detail", org.hamcrest.Matchers.containsString("ответственные"));
        }
        as(Demo.MEMBER).contentType(ContentType.JSON).body(Map.of("text", "Поставили образцы"))
                .post(path + "/progress-updates").then().statusCode(201);
        as(Demo.MEMBER).contentType(ContentType.JSON).body(Map.of("text", "Тот же статус", "status", "NOT_STARTED"))
                .post(path + "/progress-updates").then().statusCode(201);
        as(Demo.DEPARTMENT).contentType(ContentType.JSON).body(Map.of("text", "Выполнено", "status", "DONE"))
                .post(path + "/progress-updates").then().statusCode(201);
        as(Demo.CKR).get(path).then().body("status", equalTo("DONE"));
    }

    @Test
    void shouldKeepADeletedItemReadableInItsHistoryAndTheRoadmaps() {
        String roadmap = Fixtures.draftRoadmap();
        String item = Fixtures.item(roadmap, "7", "2030", List.of(Fixtures.ASSOCIATION_ORG), List.of());
        as(Demo.CKR).delete("/api/v1/roadmap-items/" + item).then().statusCode(204);
        as(Demo.CKR).get("/api/v1/roadmap-items/" + item).then().statusCode(404);
        as(Demo.ASSOCIATION).get("/api/v1/roadmap-items/" + item + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("DELETED")).body("items[0].actor.name", equalTo(Demo.CKR.name))
                .body("items[0].changes.find { it.field == 'number' }.from", equalTo("7"));
        as(Demo.ASSOCIATION).get("/api/v1/roadmaps/" + roadmap + "/history").then().statusCode(200)
                .body("items.action", hasItem("DELETED")).body("items.subjectType", hasItem("ROADMAP_ITEM"));
        // the roadmap is a draft: others still see nothing of it
        as(Demo.DEPARTMENT).get("/api/v1/roadmap-items/" + item + "/history").then().statusCode(404);
        as(Demo.DEPARTMENT).get("/api/v1/roadmap-items/" + java.util.UUID.randomUUID() + "/history").then()
                .statusCode(404);
    }

    @Test
    void shouldRecordWhoDidItAsAPersonOrAScript() {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        as(Demo.SCRIPT).get("/api/v1/roadmap-items/" + item + "/history").then().statusCode(200)
                .body("items[0].actor.kind", equalTo("PERSON")).body("items[0].actor.name", equalTo(Demo.ASSOCIATION.name));
        // a script's service account (Keycloak names its user service-account-<client>) with the right to edit
        String script = ru.karta.support.TestTokens.token("10000000-0000-4000-8000-0000000000aa",
                "service-account-karta-import", null, "association");
        String roadmap = ru.karta.support.Api.asToken(script).contentType(ContentType.JSON)
                .body(Map.of("title", Fixtures.unique("Из скрипта"), "periodStart", "2031-01-01",
                        "periodEnd", "2031-12-31"))
                .post("/api/v1/roadmaps").then().statusCode(201).extract().path("id");
        as(Demo.ASSOCIATION).get("/api/v1/roadmaps/" + roadmap + "/history").then().statusCode(200)
                .body("items[0].actor.kind", equalTo("SERVICE"))
                .body("items[0].actor.name", equalTo("service-account-karta-import"));
    }
}
