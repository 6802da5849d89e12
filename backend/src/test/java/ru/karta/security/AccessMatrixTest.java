package ru.karta.security;

import static ru.karta.support.Api.anonymous;
import static ru.karta.support.Api.as;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens.Demo;

/**
 * The access table of DESIGN.md, operation by operation and caller by caller: what each role gets. 404 where the
 * caller may not see the thing (drafts), 403 where it may see but not change, 401 without a token. Each case makes
 * its own data, so a delete or an approval in one case cannot change another.
 */
@QuarkusTest
class AccessMatrixTest {

    /** Columns: association, ckr, department, member, member2, integration, no token. */
    private static final List<String> CALLERS = List.of("association", "ckr", "department", "member", "member2",
            "integration", "anonymous");

    private record Case(String operation, Supplier<String> target, Function<RequestSpecification, Response> call,
            int[] expected) {
    }

    private static int[] codes(int... codes) {
        return codes;
    }

    private static final String ITEMS = "/api/v1/roadmap-items/";
    private static final String ROADMAPS = "/api/v1/roadmaps/";
    private static final String ORGANISATIONS = "/api/v1/organisations/";

    private static Supplier<String> approvedRoadmap() {
        return () -> Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("roadmap");
    }

    private static Supplier<String> draftRoadmap() {
        return () -> {
            String roadmap = Fixtures.draftRoadmap();
            Fixtures.item(roadmap, "1", "2030", List.of(Fixtures.DEPARTMENT_ORG), List.of());
            return roadmap;
        };
    }

    /** An item of an approved roadmap: the department responsible, the first member enterprise assisting. */
    private static Supplier<String> approvedItem() {
        return () -> {
            String roadmap = Fixtures.draftRoadmap();
            String item = Fixtures.item(roadmap, "1", "2030", List.of(Fixtures.DEPARTMENT_ORG),
                    List.of(Fixtures.MEMBER_ORG));
            Fixtures.approve(roadmap);
            return item;
        };
    }

    private static Supplier<String> draftItem() {
        return () -> Fixtures.item(Fixtures.draftRoadmap(), "1", "2030", List.of(Fixtures.DEPARTMENT_ORG), List.of());
    }

    private static Supplier<String> none() {
        return () -> "";
    }

    private static Map<String, Object> newItem() {
        return Map.of("number", "99", "activity", "Новое мероприятие", "deadline", Map.of("text", "2030"),
                "responsible", List.of(Map.of("organisationId", Fixtures.ASSOCIATION_ORG)));
    }

    private static List<Case> cases() {
        int ok = 200;
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("GET /me", none(), r -> r.get("/api/v1/me"), codes(ok, ok, ok, ok, ok, ok, 401)));
        cases.add(new Case("GET /organisations", none(), r -> r.get("/api/v1/organisations"),
                codes(ok, ok, ok, ok, ok, ok, 401)));
        cases.add(new Case("POST /organisations", none(),
                r -> r.contentType(ContentType.JSON).body(Map.of("kind", "OTHER", "fullName", Fixtures.unique("ООО «Матрица»")))
                        .post("/api/v1/organisations"),
                codes(201, 403, 403, 403, 403, 403, 401)));
        cases.add(new Case("GET /organisations/{id}", () -> Fixtures.MEMBER_ORG, r -> r.get(ORGANISATIONS + "{t}"),
                codes(ok, ok, ok, ok, ok, ok, 401)));
        cases.add(new Case("PATCH /organisations/{member's own} contacts", () -> Fixtures.MEMBER_ORG,
                r -> r.contentType(ContentType.JSON).header("If-Match", "*")
                        .body(Map.of("contacts", Map.of("address", "г. Смоленск"))).patch(ORGANISATIONS + "{t}"),
                codes(ok, ok, 403, ok, 403, 403, 401)));
        cases.add(new Case("DELETE /organisations/{unused}", () -> Fixtures.organisation("OTHER"),
                r -> r.delete(ORGANISATIONS + "{t}"), codes(204, 403, 403, 403, 403, 403, 401)));
        cases.add(new Case("GET /organisations/{id}/history", () -> Fixtures.DEPARTMENT_ORG,
                r -> r.get(ORGANISATIONS + "{t}/history"), codes(ok, ok, ok, ok, ok, ok, 401)));

        cases.add(new Case("GET /roadmaps", none(), r -> r.get("/api/v1/roadmaps"), codes(ok, ok, ok, ok, ok, ok, 401)));
        cases.add(new Case("POST /roadmaps", none(),
                r -> r.contentType(ContentType.JSON)
                        .body(Map.of("title", "Карта", "periodStart", "2032-01-01", "periodEnd", "2032-12-31"))
                        .post("/api/v1/roadmaps"),
                codes(201, 201, 403, 403, 403, 403, 401)));
        cases.add(new Case("GET /roadmaps/{approved}", approvedRoadmap(), r -> r.get(ROADMAPS + "{t}"),
                codes(ok, ok, ok, ok, ok, ok, 401)));
        cases.add(new Case("GET /roadmaps/{draft}", draftRoadmap(), r -> r.get(ROADMAPS + "{t}"),
                codes(ok, ok, 404, 404, 404, 404, 401)));
        cases.add(new Case("PATCH /roadmaps/{approved}", approvedRoadmap(),
                r -> r.contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("description", "Уточнено"))
                        .patch(ROADMAPS + "{t}"),
                codes(ok, ok, 403, 403, 403, 403, 401)));
        cases.add(new Case("PATCH /roadmaps/{draft}", draftRoadmap(),
                r -> r.contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("description", "Уточнено"))
                        .patch(ROADMAPS + "{t}"),
                codes(ok, ok, 404, 404, 404, 404, 401)));
        cases.add(new Case("POST /roadmaps/{draft}/approve", draftRoadmap(), r -> r.post(ROADMAPS + "{t}/approve"),
                codes(ok, 403, 404, 404, 404, 404, 401)));
        cases.add(new Case("POST /roadmaps/{approved}/archive", approvedRoadmap(), r -> r.post(ROADMAPS + "{t}/archive"),
                codes(ok, 403, 403, 403, 403, 403, 401)));
        cases.add(new Case("POST /roadmaps/{approved}/copy", approvedRoadmap(),
                r -> r.contentType(ContentType.JSON).body("{}").post(ROADMAPS + "{t}/copy"),
                codes(201, 201, 403, 403, 403, 403, 401)));
        cases.add(new Case("GET /roadmaps/{approved}/summary", approvedRoadmap(), r -> r.get(ROADMAPS + "{t}/summary"),
                codes(ok, ok, ok, ok, ok, ok, 401)));
        cases.add(new Case("GET /roadmaps/{draft}/summary", draftRoadmap(), r -> r.get(ROADMAPS + "{t}/summary"),
                codes(ok, ok, 404, 404, 404, 404, 401)));
        cases.add(new Case("GET /roadmaps/{approved}/history", approvedRoadmap(), r -> r.get(ROADMAPS + "{t}/history"),
                codes(ok, ok, ok, ok, ok, ok, 401)));
        cases.add(new Case("GET /roadmaps/{approved}/items", approvedRoadmap(), r -> r.get(ROADMAPS + "{t}/items"),
                codes(ok, ok, ok, ok, ok, ok, 401)));
        cases.add(new Case("GET /roadmaps/{draft}/items", draftRoadmap(), r -> r.get(ROADMAPS + "{t}/items"),
                codes(ok, ok, 404, 404, 404, 404, 401)));
        cases.add(new Case("POST /roadmaps/{approved}/items", approvedRoadmap(),
                r -> r.contentType(ContentType.JSON).body(newItem()).post(ROADMAPS + "{t}/items"),
                codes(201, 201, 403, 403, 403, 403, 401)));
        cases.add(new Case("POST /roadmaps/{draft}/items", draftRoadmap(),
                r -> r.contentType(ContentType.JSON).body(newItem()).post(ROADMAPS + "{t}/items"),
                codes(201, 201, 404, 404, 404, 404, 401)));

        cases.add(new Case("GET /roadmap-items/{approved}", approvedItem(), r -> r.get(ITEMS + "{t}"),
                codes(ok, ok, ok, ok, ok, ok, 401)));
        cases.add(new Case("GET /roadmap-items/{draft}", draftItem(), r -> r.get(ITEMS + "{t}"),
                codes(ok, ok, 404, 404, 404, 404, 401)));
        cases.add(new Case("PATCH /roadmap-items/{approved}", approvedItem(),
                r -> r.contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("note", "Уточнено"))
                        .patch(ITEMS + "{t}"),
                codes(ok, ok, 403, 403, 403, 403, 401)));
        cases.add(new Case("DELETE /roadmap-items/{approved, no progress}", approvedItem(),
                r -> r.delete(ITEMS + "{t}"), codes(204, 204, 403, 403, 403, 403, 401)));
        cases.add(new Case("GET /roadmap-items/{approved}/progress-updates", approvedItem(),
                r -> r.get(ITEMS + "{t}/progress-updates"), codes(ok, ok, ok, ok, ok, ok, 401)));
        cases.add(new Case("POST progress: department responsible, member assisting", approvedItem(),
                r -> r.contentType(ContentType.JSON).body(Map.of("text", "Ход работ")).post(ITEMS + "{t}/progress-updates"),
                codes(201, 201, 201, 201, 403, 403, 401)));
        cases.add(new Case("POST progress: neither department nor member on the item", () -> Fixtures
                .approvedRoadmapWithItem(Fixtures.ASSOCIATION_ORG).get("item"),
                r -> r.contentType(ContentType.JSON).body(Map.of("text", "Ход работ")).post(ITEMS + "{t}/progress-updates"),
                codes(201, 201, 403, 403, 403, 403, 401)));
        cases.add(new Case("GET /roadmap-items/{approved}/history", approvedItem(), r -> r.get(ITEMS + "{t}/history"),
                codes(ok, ok, ok, ok, ok, ok, 401)));
        cases.add(new Case("GET /roadmap-items/{draft}/history", draftItem(), r -> r.get(ITEMS + "{t}/history"),
                codes(ok, ok, 404, 404, 404, 404, 401)));
        return cases;
    }

    private static RequestSpecification caller(String name) {
        return switch (name) {
            case "association" -> as(Demo.ASSOCIATION);
            case "ckr" -> as(Demo.CKR);
            case "department" -> as(Demo.DEPARTMENT);
            case "member" -> as(Demo.MEMBER);
            case "member2" -> as(Demo.MEMBER2);
            case "integration" -> as(Demo.SCRIPT);
            default -> anonymous();
        };
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEachCallerAsTheAccessTableSays() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            Map<String, Integer> expected = new LinkedHashMap<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                expected.put(CALLERS.get(i), c.expected()[i]);
            }
            expected.forEach((who, status) -> tests.add(DynamicTest.dynamicTest(c.operation() + " as " + who + " → " + status,
                    () -> {
                        String target = c.target().get();
                        RequestSpecification request = caller(who);
                        if (!target.isEmpty()) {
                            request = request.pathParam("t", target);
                        }
                        Response response = c.call().apply(request);
                        response.then().statusCode(status);
                        if (status >= 400) {
                            response.then().contentType("application/problem+json");
                        }
                    })));
        }
        return tests.stream();
    }
}
