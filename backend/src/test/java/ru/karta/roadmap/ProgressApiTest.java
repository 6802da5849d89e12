package ru.karta.roadmap;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ru.karta.support.Api.as;
import static ru.karta.support.Api.asToken;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens;
import ru.karta.support.TestTokens.Demo;

@QuarkusTest
class ProgressApiTest {

    @Inject
    DataSource db;

    private static ValidatableResponse post(Demo who, String item, Map<String, Object> body) {
        return as(who).contentType(ContentType.JSON).body(body)
                .post("/api/v1/roadmap-items/" + item + "/progress-updates").then();
    }

    @Test
    void shouldLetTheResponsibleDepartmentReportProgressAndMoveTheStatus() {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        post(Demo.DEPARTMENT, item, Map.of("text", "Проект постановления внесён на согласование", "status",
                "IN_PROGRESS", "evidenceUrl", "https://example.ru/docs/42"))
                .statusCode(201).body("itemId", equalTo(item)).body("status", equalTo("IN_PROGRESS"))
                .body("previousStatus", equalTo("NOT_STARTED")).body("author.name", equalTo(Demo.DEPARTMENT.name))
                .body("author.organisationId", equalTo(Fixtures.DEPARTMENT_ORG))
                .body("author.organisationName", equalTo("Департамент инвестиционного развития Смоленской области"));
        as(Demo.MEMBER).get("/api/v1/roadmap-items/" + item).then().body("status", equalTo("IN_PROGRESS"))
                .body("version", equalTo(1));
        post(Demo.DEPARTMENT, item, Map.of("text", "Согласовано юристами")).statusCode(201)
                .body("status", nullValue()).body("previousStatus", nullValue());
        as(Demo.SCRIPT).get("/api/v1/roadmap-items/" + item + "/progress-updates").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.text", contains("Согласовано юристами", "Проект постановления внесён на согласование"));
        as(Demo.ASSOCIATION).get("/api/v1/roadmap-items/" + item + "/history").then()
                .body("items[1].action", equalTo("PROGRESS_ADDED")).body("items[1].subjectType", equalTo("PROGRESS_UPDATE"))
                .body("items[1].actor.name", equalTo(Demo.DEPARTMENT.name))
                .body("items[1].changes.find { it.field == 'status' }.from", equalTo("NOT_STARTED"))
                .body("items[1].changes.find { it.field == 'status' }.to", equalTo("IN_PROGRESS"));
    }

    @Test
    void shouldLetAnAssistingDepartmentReportToo() {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.CKR_ORG).get("item");
        as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("assisting", List.of(Map.of("organisationId", Fixtures.DEPARTMENT_ORG)), "version", 0))
                .patch("/api/v1/roadmap-items/" + item).then().statusCode(200);
        post(Demo.DEPARTMENT, item, Map.of("text", "Помогаем")).statusCode(201);
    }

    @Test
    void shouldRefuseProgressFromThoseNotOnTheItem() {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.MEMBER_ORG).get("item");
        post(Demo.DEPARTMENT, item, Map.of("text", "Чужое")).statusCode(403)
                .body("type", equalTo("urn:karta:problem:forbidden"));
        post(Demo.MEMBER2, item, Map.of("text", "Чужое")).statusCode(403);
        post(Demo.SCRIPT, item, Map.of("text", "Скрипт")).statusCode(403);
        post(Demo.MEMBER, item, Map.of("text", "Наше", "status", "DONE")).statusCode(201);
        post(Demo.CKR, item, Map.of("text", "Проверено ЦКР")).statusCode(201);
        as(Demo.SCRIPT).get("/api/v1/roadmap-items/" + item + "/progress-updates").then().body("totalItems", equalTo(2));
    }

    @Test
    void shouldLetAnyAccountOfTheResponsibleOrganisationReport() {
        String organisation = Fixtures.organisation("RESEARCH_EDUCATION");
        String item = Fixtures.approvedRoadmapWithItem(organisation).get("item");
        String subject = Fixtures.account(db, organisation);
        String token = TestTokens.token(subject, "scientist", "Учёный", "member");
        asToken(token).contentType(ContentType.JSON).body(Map.of("text", "Лаборатория запущена"))
                .post("/api/v1/roadmap-items/" + item + "/progress-updates").then().statusCode(201)
                .body("author.organisationId", equalTo(organisation));
        String stranger = TestTokens.token(java.util.UUID.randomUUID().toString(), "nobody", "Никто", "member");
        asToken(stranger).contentType(ContentType.JSON).body(Map.of("text", "Без учётной записи"))
                .post("/api/v1/roadmap-items/" + item + "/progress-updates").then().statusCode(403);
    }

    @Test
    void shouldReportProgressOnlyOnAnApprovedRoadmap() {
        String roadmap = Fixtures.draftRoadmap();
        String item = Fixtures.item(roadmap, "1", "2030", List.of(Fixtures.DEPARTMENT_ORG), List.of());
        post(Demo.ASSOCIATION, item, Map.of("text", "Рано")).statusCode(409)
                .body("type", equalTo("urn:karta:problem:roadmap-not-approved"));
        post(Demo.DEPARTMENT, item, Map.of("text", "Рано")).statusCode(404);
    }

    @Test
    void shouldNameWhatIsWrongWithAnUpdate() {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        post(Demo.DEPARTMENT, item, Map.of("text", "  ")).statusCode(400).body("errors[0].field", equalTo("text"));
        post(Demo.DEPARTMENT, item, Map.of("text", "x".repeat(4001))).statusCode(400)
                .body("errors[0].field", equalTo("text"));
        post(Demo.DEPARTMENT, item, Map.of("text", "Ссылка", "evidenceUrl", "javascript:alert(1)")).statusCode(400)
                .body("errors[0].field", equalTo("evidenceUrl"));
        post(Demo.DEPARTMENT, item, Map.of("text", "Статус", "status", "ALMOST")).statusCode(400)
                .body("errors[0].field", equalTo("status"));
        post(Demo.DEPARTMENT, item, Map.of("text", 42)).statusCode(400).body("errors[0].field", equalTo("text"));
        post(Demo.DEPARTMENT, item, Map.of("text", "NUL\u0000inside")).statusCode(400)
                .body("errors[0].field", equalTo("text"));
        as(Demo.DEPARTMENT).contentType(ContentType.JSON).body("{\"text\": \"oops\"")
                .post("/api/v1/roadmap-items/" + item + "/progress-updates").then().statusCode(400)
                .body("type", equalTo("urn:karta:problem:invalid-request"));
        as(Demo.SCRIPT).get("/api/v1/roadmap-items/" + item + "/progress-updates").then().body("totalItems", equalTo(0));
    }

    @Test
    void shouldHideItemsOfDraftsAndAnswer404ForUnknownItems() {
        as(Demo.DEPARTMENT).get("/api/v1/roadmap-items/" + java.util.UUID.randomUUID() + "/progress-updates").then()
                .statusCode(404);
        String draftItem = Fixtures.item(Fixtures.draftRoadmap(), "1", "2030", List.of(Fixtures.DEPARTMENT_ORG), List.of());
        as(Demo.DEPARTMENT).get("/api/v1/roadmap-items/" + draftItem).then().statusCode(404);
        as(Demo.DEPARTMENT).get("/api/v1/roadmap-items/" + draftItem + "/history").then().statusCode(404);
        as(Demo.CKR).get("/api/v1/roadmap-items/" + draftItem).then().statusCode(200);
    }
}
