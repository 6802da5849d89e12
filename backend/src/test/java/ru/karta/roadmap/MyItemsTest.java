package ru.karta.roadmap;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static ru.karta.support.Api.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens.Demo;

/** "My items" for a member enterprise. */
@QuarkusTest
class MyItemsTest {

    @Test
    void shouldListAMembersItemsOverdueAndDueSoonFirst() {
        // the test clock stands at 2028-03-06
        String roadmap = Fixtures.draftRoadmap();
        String later = Fixtures.item(roadmap, "1", "2030", List.of(Fixtures.MEMBER_ORG), List.of());
        String overdue = Fixtures.item(roadmap, "2", "февраль 2028", List.of(Fixtures.CKR_ORG),
                List.of(Fixtures.MEMBER_ORG));
        String soon = Fixtures.item(roadmap, "3", "20.03.2028", List.of(Fixtures.MEMBER_ORG), List.of());
        String done = Fixtures.item(roadmap, "4", "январь 2028", List.of(Fixtures.MEMBER_ORG), List.of());
        String others = Fixtures.item(roadmap, "5", "2028", List.of(Fixtures.MEMBER2_ORG), List.of());
        as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("status", "DONE", "version", 0))
                .patch("/api/v1/roadmap-items/" + done).then().statusCode(200);
        as(Demo.MEMBER).get("/api/v1/my-items?size=200").then().statusCode(200)
                .body("items.item.id", not(hasItem(later)));
        Fixtures.approve(roadmap);
        JsonPath mine = as(Demo.MEMBER).get("/api/v1/my-items?size=200").then().statusCode(200)
                .body("organisationId", equalTo(Fixtures.MEMBER_ORG)).extract().jsonPath();
        List<String> ids = mine.getList("items.item.id");
        List<String> ours = ids.stream().filter(List.of(later, overdue, soon, done)::contains).toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(overdue, soon, later, done), ours,
                "overdue, due soon, the rest, done last");
        org.junit.jupiter.api.Assertions.assertFalse(ids.contains(others), "another enterprise's item");
        as(Demo.MEMBER).get("/api/v1/my-items?size=200").then()
                .body("items.find { it.item.id == '" + overdue + "' }.role", equalTo("ASSISTING"))
                .body("items.find { it.item.id == '" + soon + "' }.role", equalTo("RESPONSIBLE"))
                .body("items.find { it.item.id == '" + soon + "' }.dueSoon", equalTo(true))
                .body("items.find { it.item.id == '" + later + "' }.dueSoon", equalTo(false))
                .body("items.find { it.item.id == '" + overdue + "' }.item.permissions.changeStatus", equalTo(false));
    }

    @Test
    void shouldGiveACallerWithoutAnOrganisationAnEmptyList() {
        as(Demo.SCRIPT).get("/api/v1/my-items").then().statusCode(200).body("totalItems", equalTo(0))
                .body("organisationId", equalTo(null));
    }

    @Test
    void shouldFindItemsByTheirOrganisationsAndOfficials() {
        String items = "/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/items?size=200&q=";
        as(Demo.MEMBER).get(items + "Стрельцов").then().statusCode(200).body("items.number", hasItem("6"));
        as(Demo.MEMBER).get(items + "инвестиционного развития").then().statusCode(200)
                .body("items.number", hasItem("6"));
        String organisation = as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("kind", "MEMBER_ENTERPRISE", "fullName", Fixtures.unique("ООО «Углепластик»")))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String roadmap = Fixtures.draftRoadmap();
        String item = Fixtures.item(roadmap, "1", "2030", List.of(Fixtures.CKR_ORG), List.of(organisation));
        String search = "/api/v1/roadmaps/" + roadmap + "/items?q=";
        as(Demo.CKR).get(search + "углепластик").then().body("items.id", contains(item));
        as(Demo.CKR).get(search + "Стеклоткань").then().body("totalItems", equalTo(0));
        // a new alias and a new name are found at once
        String path = "/api/v1/organisations/" + organisation;
        as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("aliases", List.of("Стеклоткань Смоленск"), "shortName", "Карбон", "version", 0))
                .patch(path).then().statusCode(200);
        as(Demo.CKR).get(search + "стеклоткань").then().body("items.id", contains(item));
        as(Demo.CKR).get(search + "карбон").then().body("items.id", contains(item));
        // an item no longer naming the organisation is no longer found by it
        as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("assisting", List.of(), "version", 0))
                .patch("/api/v1/roadmap-items/" + item).then().statusCode(200);
        as(Demo.CKR).get(search + "карбон").then().body("totalItems", equalTo(0));
    }
}
