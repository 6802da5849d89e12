package ru.karta.roadmap;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static ru.karta.support.Api.as;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import ru.karta.support.Api;
import ru.karta.support.Fixtures;
import ru.karta.support.TestClock;
import ru.karta.support.TestTokens.Demo;

@QuarkusTest
class RoadmapItemApiTest {

    @Inject
    TestClock clock;


    private static ValidatableResponse create(String roadmap, Map<String, Object> body) {
        return as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(body)
                .post("/api/v1/roadmaps/" + roadmap + "/items").then();
    }

    private static Map<String, Object> item(String number, Object deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", number);
        body.put("activity", "Проведение совещания");
        body.put("deadline", deadline);
        body.put("responsible", List.of(Map.of("organisationId", Fixtures.ASSOCIATION_ORG)));
        return body;
    }

    @Test
    void shouldReadTheDeadlineFromItsText() {
        String roadmap = Fixtures.draftRoadmap();
        create(roadmap, item("1", Map.of("text", "II квартал 2030"))).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/roadmap-items/"))
                .body("deadline.precision", equalTo("QUARTER")).body("deadline.period", equalTo("2030-Q2"))
                .body("deadline.dueDate", equalTo("2030-06-30")).body("deadline.text", equalTo("II квартал 2030"))
                .body("status", equalTo("NOT_STARTED")).body("overdue", equalTo(false));
        create(roadmap, item("2", Map.of("text", "ежеквартально"))).statusCode(201)
                .body("deadline.precision", equalTo("RECURRING")).body("deadline.recurrence", equalTo("QUARTERLY"))
                .body("deadline.period", equalTo("2030")).body("deadline.dueDate", equalTo("2030-12-31"));
        create(roadmap, item("3", Map.of("text", "2030", "precision", "RECURRING", "recurrence", "QUARTERLY")))
                .statusCode(201).body("deadline.text", equalTo("2030")).body("deadline.recurrence", equalTo("QUARTERLY"));
        create(roadmap, item("4", Map.of("precision", "MONTH", "period", "2030-09"))).statusCode(201)
                .body("deadline.text", equalTo("сентябрь 2030")).body("deadline.dueDate", equalTo("2030-09-30"));
    }

    @Test
    void shouldNameWhatIsWrongWithANewItem() {
        String roadmap = Fixtures.draftRoadmap();
        create(roadmap, item("1", Map.of("text", "как получится"))).statusCode(400)
                .body("errors[0].field", equalTo("deadline.text"));
        create(roadmap, item("1", Map.of("precision", "QUARTER", "period", "2030-06"))).statusCode(400)
                .body("errors[0].field", equalTo("deadline.period"));
        create(roadmap, item("1", Map.of("text", "2030", "precision", "WEEK"))).statusCode(400)
                .body("errors[0].field", equalTo("deadline.precision"));
        Map<String, Object> unknownOrganisation = item("1", Map.of("text", "2030"));
        unknownOrganisation.put("responsible", List.of(Map.of("organisationId", java.util.UUID.randomUUID())));
        create(roadmap, unknownOrganisation).statusCode(400)
                .body("errors[0].field", equalTo("responsible[0].organisationId"));
        Map<String, Object> nobody = item("1", Map.of("text", "2030"));
        nobody.put("responsible", List.of());
        create(roadmap, nobody).statusCode(400).body("errors[0].field", equalTo("responsible"));
        create(roadmap, item("1.", Map.of("text", "2030"))).statusCode(400).body("errors[0].field", equalTo("number"));
        Map<String, Object> twice = item("1", Map.of("text", "2030"));
        twice.put("assisting", List.of(Map.of("organisationId", Fixtures.CKR_ORG), Map.of("organisationId", Fixtures.CKR_ORG)));
        create(roadmap, twice).statusCode(400).body("errors[0].field", equalTo("assisting[1].organisationId"));
        create(roadmap, item("5", Map.of("text", "2030"))).statusCode(201);
        create(roadmap, item("5", Map.of("text", "2031"))).statusCode(409).body("errors[0].field", equalTo("number"));
        as(Demo.ASSOCIATION).get("/api/v1/roadmaps/" + roadmap + "/items").then().body("totalItems", equalTo(1));
    }

    @Test
    void shouldLetOnlyTheAssociationAndCkrChangeItems() {
        String roadmap = Fixtures.draftRoadmap();
        for (Demo who : new Demo[] { Demo.DEPARTMENT, Demo.MEMBER, Demo.SCRIPT }) {
            as(who).contentType(ContentType.JSON).body(item("1", Map.of("text", "2030")))
                    .post("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/items").then().statusCode(403);
            as(who).contentType(ContentType.JSON).body(Map.of("note", "x", "version", 0))
                    .patch("/api/v1/roadmap-items/60000000-0000-4000-8000-000000000006").then().statusCode(403);
            as(who).delete("/api/v1/roadmap-items/60000000-0000-4000-8000-000000000006").then().statusCode(403);
        }
        as(Demo.CKR).contentType(ContentType.JSON).body(item("1", Map.of("text", "2030")))
                .post("/api/v1/roadmaps/" + roadmap + "/items").then().statusCode(201);
    }

    @Test
    void shouldFilterItemsTheWayADepartmentLooksForThem() {
        String roadmap = Fixtures.draftRoadmap();
        String a = Fixtures.item(roadmap, "1", "июнь 2017", List.of(Fixtures.DEPARTMENT_ORG), List.of());
        String b = Fixtures.item(roadmap, "2", "2099", List.of(Fixtures.CKR_ORG), List.of(Fixtures.DEPARTMENT_ORG));
        String c = Fixtures.item(roadmap, "3", "III квартал 2030", List.of(Fixtures.ASSOCIATION_ORG), List.of());
        String d = Fixtures.item(roadmap, "10", "2017", List.of(Fixtures.ASSOCIATION_ORG), List.of());
        as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE", "activity", "Создание центра композитных испытаний", "version", 0))
                .patch("/api/v1/roadmap-items/" + d).then().statusCode(200);
        String items = "/api/v1/roadmaps/" + roadmap + "/items";
        as(Demo.CKR).get(items).then().body("items.number", contains("1", "2", "3", "10"));
        as(Demo.CKR).get(items + "?organisationId=" + Fixtures.DEPARTMENT_ORG).then().body("items.id", contains(a, b));
        as(Demo.CKR).get(items + "?overdue=true").then().body("items.id", contains(a));
        as(Demo.CKR).get(items + "?overdue=false").then().body("items.id", contains(b, c, d));
        as(Demo.CKR).get(items + "?status=DONE").then().body("items.id", contains(d));
        as(Demo.CKR).get(items + "?status=NOT_STARTED&status=IN_PROGRESS").then().body("items.id", contains(a, b, c));
        as(Demo.CKR).get(items + "?status=DONE,NOT_STARTED&dueBefore=2030-09-30").then().body("items.id", contains(a, c, d));
        as(Demo.CKR).get(items + "?dueAfter=2030-01-01").then().body("items.id", contains(b, c));
        as(Demo.CKR).get(items + "?q=испытаниях").then().body("items.id", contains(d));
        // the search also reads the parties: c and d name the association («Смоленский композитный кластер»)
        as(Demo.CKR).get(items + "?q=композитные").then().body("items.id", contains(c, d));
        as(Demo.CKR).get(items + "?q=ИСПЫТАНИЯ центр").then().body("items.id", contains(d));
        as(Demo.CKR).get(items + "?sort=-dueDate").then().body("items.id", contains(b, c, d, a));
        as(Demo.CKR).get(items + "?size=2&page=1").then().body("items.id", contains(c, d)).body("totalItems", equalTo(4))
                .body("page", equalTo(1)).body("size", equalTo(2));
    }

    @Test
    void shouldSearchTheSeedInRussianWordForms() {
        String items = "/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/items";
        as(Demo.SCRIPT).get(items + "?q=совещание").then().statusCode(200).body("items.number", contains("13"));
        as(Demo.SCRIPT).get(items + "?q=биокомпозит").then().body("items.number", contains("10", "11"));
        as(Demo.SCRIPT).get(items + "?q=ЦССИ").then().body("items.number", contains("12"));
        as(Demo.SCRIPT).get(items + "?q=x' OR 'x'='x").then().statusCode(200).body("totalItems", equalTo(0));
        as(Demo.SCRIPT).get(items + "?q=%'; drop table roadmap_item; --").then().statusCode(200)
                .body("totalItems", equalTo(0));
        as(Demo.SCRIPT).get(items).then().body("totalItems", equalTo(14));
    }

    @Test
    void shouldGiveScriptsWhatChangedSinceTheirLastPoll() {
        String roadmap = Fixtures.draftRoadmap();
        String old = Fixtures.item(roadmap, "1", "2030", List.of(Fixtures.ASSOCIATION_ORG), List.of());
        Instant since = clock.now();
        String fresh = Fixtures.item(roadmap, "2", "2030", List.of(Fixtures.ASSOCIATION_ORG), List.of());
        as(Demo.CKR).get("/api/v1/roadmaps/" + roadmap + "/items?updatedSince=" + since).then().statusCode(200)
                .body("items.id", contains(fresh));
        as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("note", "Уточнено", "version", 0))
                .patch("/api/v1/roadmap-items/" + old).then().statusCode(200);
        as(Demo.CKR).get("/api/v1/roadmaps/" + roadmap + "/items?updatedSince=" + since + "&sort=number").then()
                .body("items.id", contains(old, fresh));
    }

    @Test
    void shouldNameEveryBadListParameter() {
        String items = "/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/items";
        Map<String, String> bad = Map.of("status=FINISHED", "status", "overdue=maybe", "overdue",
                "dueBefore=2017-13-01", "dueBefore", "dueAfter=вчера", "dueAfter", "organisationId=42",
                "organisationId", "updatedSince=yesterday", "updatedSince", "size=0", "size", "size=100000", "size",
                "page=-1", "page", "sort=secret", "sort");
        bad.forEach((query, field) -> as(Demo.SCRIPT).get(items + "?" + query).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field)));
    }

    @Test
    void shouldChangeAnItemWithItsVersionAndKeepTheTrail() {
        String roadmap = Fixtures.draftRoadmap();
        String id = Fixtures.item(roadmap, "1", "июнь 2030", List.of(Fixtures.ASSOCIATION_ORG), List.of());
        String path = "/api/v1/roadmap-items/" + id;
        String etag = as(Demo.CKR).get(path).then().statusCode(200).extract().header("ETag");
        as(Demo.CKR).header("If-None-Match", etag).get(path).then().statusCode(304);
        as(Demo.CKR).contentType(Api.MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("deadline", Map.of("text", "IV квартал 2030"),
                        "assisting", List.of(Map.of("organisationId", Fixtures.DEPARTMENT_ORG, "official", "Стрельцов А.В."))))
                .patch(path).then().statusCode(200).body("deadline.precision", equalTo("QUARTER"))
                .body("deadline.period", equalTo("2030-Q4")).body("deadline.dueDate", equalTo("2030-12-31"))
                .body("assisting[0].official", equalTo("Стрельцов А.В."))
                .body("version", greaterThan(0));
        as(Demo.CKR).contentType(Api.MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("note", "поздно")).patch(path).then().statusCode(412);
        as(Demo.ASSOCIATION).get(path + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("UPDATED")).body("items[0].actor.name", equalTo(Demo.CKR.name))
                .body("items[0].changes.field", containsInAnyOrder("deadline.text", "deadline.precision",
                        "deadline.period", "assisting"))
                .body("items[0].changes.find { it.field == 'deadline.text' }.from", equalTo("июнь 2030"))
                .body("items[0].changes.find { it.field == 'deadline.text' }.to", equalTo("IV квартал 2030"))
                .body("items[1].action", equalTo("CREATED"));
    }

    @Test
    void shouldNotDeleteAnItemThatHasProgress() {
        Map<String, String> made = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG);
        String path = "/api/v1/roadmap-items/" + made.get("item");
        as(Demo.DEPARTMENT).contentType(ContentType.JSON).body(Map.of("text", "Начали")).post(path + "/progress-updates")
                .then().statusCode(201);
        as(Demo.ASSOCIATION).delete(path).then().statusCode(409).body("type", equalTo("urn:karta:problem:item-has-progress"));
        String spare = Fixtures.item(made.get("roadmap"), "2", "2030", List.of(Fixtures.CKR_ORG), List.of());
        as(Demo.CKR).delete("/api/v1/roadmap-items/" + spare).then().statusCode(204);
        as(Demo.CKR).get("/api/v1/roadmap-items/" + spare).then().statusCode(404);
    }

    @Test
    void shouldTellEachCallerWhatItMayDoWithAnItem() {
        String six = "/api/v1/roadmap-items/60000000-0000-4000-8000-000000000006";
        String five = "/api/v1/roadmap-items/60000000-0000-4000-8000-000000000005";
        as(Demo.DEPARTMENT).get(six).then().body("permissions.updateProgress", equalTo(true))
                .body("permissions.edit", equalTo(false));
        as(Demo.DEPARTMENT).get(five).then().body("permissions.updateProgress", equalTo(false));
        as(Demo.MEMBER).get(six).then().body("permissions.updateProgress", equalTo(false));
        as(Demo.CKR).get(five).then().body("permissions.updateProgress", equalTo(true))
                .body("permissions.edit", equalTo(true));
        as(Demo.SCRIPT).get(six).then().body("permissions.updateProgress", equalTo(false))
                .body("permissions.edit", equalTo(false));
    }
}
