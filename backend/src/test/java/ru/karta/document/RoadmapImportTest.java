package ru.karta.document;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.as;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import ru.karta.support.Documents;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens.Demo;

/** A roadmap from its Word table or text export: a preview that changes nothing, then one commit. */
@QuarkusTest
class RoadmapImportTest {

    static final List<String> HEADER = List.of("№ п/п", "Мероприятие, работа", "Сроки", "Ответственный",
            "Оказание содействия", "Ожидаемый результат", "Примечание");

    @Test
    void shouldImportTheSeedAsTheFourteenItemsOfTheDemoRoadmap() {
        JsonPath preview = Documents.upload(Demo.ASSOCIATION, "roadmap-2017.txt", Documents.seed(), "text/plain")
                .then().statusCode(201).extract().jsonPath();
        assertEquals("TEXT", preview.getString("format"));
        assertEquals(2017, preview.getInt("roadmap.year"));
        assertEquals(14, preview.getList("items").size());
        assertEquals(List.of(), preview.getList("organisations.proposed"), "the seed names only known organisations");
        assertEquals(List.of(), preview.getList("warnings"));
        assertNull(preview.getString("committedAt"));
        String roadmap = as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/roadmap-imports/" + preview.getString("id") + "/commit").then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("id");
        JsonPath imported = items(roadmap);
        JsonPath demo = items(Fixtures.SEED_ROADMAP);
        assertEquals(14, imported.getList("items").size());
        for (int i = 0; i < 14; i++) {
            for (String field : List.of("number", "activity", "deadline", "responsible", "assisting", "expectedResult",
                    "note", "duty", "status")) {
                Object want = demo.get("items[" + i + "]." + field);
                Object got = imported.get("items[" + i + "]." + field);
                assertEquals(want, got, "item " + (i + 1) + " " + field);
            }
        }
        as(Demo.ASSOCIATION).get("/api/v1/roadmap-imports/" + preview.getString("id")).then().statusCode(200)
                .body("roadmapId", equalTo(roadmap)).body("permissions.commit", equalTo(false));
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/roadmap-imports/" + preview.getString("id") + "/commit").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:karta:problem:import-committed"));
    }

    static JsonPath items(String roadmap) {
        return as(Demo.ASSOCIATION).get("/api/v1/roadmaps/" + roadmap + "/items?size=100").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void shouldReadAWordTableInAnyColumnOrderWithMergedAndMultiParagraphCells() {
        String unique = Fixtures.unique("Композит");
        byte[] docx = Documents.docx(List.of("План мероприятий («дорожная карта»)", "на 2019 год"), List.of(
                List.of("Сроки", "№", "Мероприятие", "Ответственный", "Оказание содействия", "Ожидаемый результат"),
                List.of("»6Раздел 1. Организационные мероприятия"),
                List.of("июнь 2019", "1.", "Первое\nмероприятие", "Департамент инвестиционного развития Смоленской обл."
                        + ", АНО «ЦКР Смоленской области»", "участники кластера", "Итог"),
                List.of("^", "2.", "Второе", "Некоммерческое партнёрство «" + unique + "»", "", "Итог 2"),
                List.of("декабрь 2019 г. – январь 2020 г.", "3.", "Третье", "НП «" + unique + "»",
                        "Ассоциация «Смоленский композитный кластер»\n(Иванов И.И.)", ""),
                List.of("постоянно", "4.", "Четвёртое", "Ассоциация «Смоленский композитный кластер»", "", ""),
                List.of("когда получится", "5.", "Пятое", "Ассоциация «Смоленский композитный кластер»", "", "")));
        JsonPath preview = Documents.upload(Demo.CKR, "карта 2019.docx", docx, Documents.DOCX).then().statusCode(201)
                .extract().jsonPath();
        assertEquals("DOCX", preview.getString("format"));
        assertEquals(2019, preview.getInt("roadmap.year"));
        assertEquals("План мероприятий («дорожная карта») на 2019 год", preview.getString("roadmap.title"));
        assertEquals(5, preview.getList("items").size());
        assertEquals("Первое\nмероприятие", preview.getString("items[0].activity"));
        assertEquals(Map.of("precision", "MONTH", "text", "июнь 2019", "period", "2019-06", "dueDate", "2019-06-30"),
                ru.karta.support.Json.withoutNulls(preview.getMap("items[1].deadline")), "merged down from item 1");
        assertEquals("2020-01-31", preview.getString("items[2].deadline.dueDate"));
        assertEquals("ONGOING", preview.getString("items[3].deadline.precision"));
        assertNull(preview.getString("items[3].deadline.dueDate"));
        assertNull(preview.get("items[4].deadline"), "never a guessed date");
        assertEquals("когда получится", preview.getString("items[4].deadlineText"));
        assertTrue(preview.getList("warnings.code").contains("deadline-unreadable"));
        assertTrue(preview.getList("warnings.code").contains("heading-skipped"));
        assertEquals(List.of(Fixtures.DEPARTMENT_ORG, "20000000-0000-4000-8000-000000000002"),
                preview.getList("items[0].responsible.organisationId"), "one cell, two organisations");
        assertEquals("MEMBERS", preview.getString("items[0].assisting[0].match"));
        assertEquals("Иванов И.И.", preview.getString("items[2].assisting[0].official"));
        List<Map<String, Object>> proposed = preview.getList("organisations.proposed");
        assertEquals(1, proposed.size(), "two spellings of one partnership: " + proposed);
        assertEquals(2, proposed.get(0).get("items"));
        assertEquals(preview.getString("items[1].responsible[0].proposedKey"),
                preview.getString("items[2].responsible[0].proposedKey"));
        String id = preview.getString("id");

        // ЦКР may not create organisations; the unreadable deadline must be given
        as(Demo.CKR).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/roadmap-imports/" + id + "/commit")
                .then().statusCode(400).body("errors.field", hasItem("items[4].deadline"));
        Map<String, Object> deadline = Map.of("index", 4, "deadline", Map.of("text", "IV квартал 2019"));
        as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("items", List.of(deadline)))
                .post("/api/v1/roadmap-imports/" + id + "/commit").then().statusCode(403);
        long before = Fixtures.count("organisation");
        String roadmap = as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(deadline), "organisations",
                        List.of(Map.of("key", proposed.get(0).get("key"), "kind", "OTHER"))))
                .post("/api/v1/roadmap-imports/" + id + "/commit").then().statusCode(201).extract().path("id");
        assertEquals(before + 1, Fixtures.count("organisation"), "the partnership once");
        JsonPath made = items(roadmap);
        assertEquals(5, made.getList("items").size());
        assertEquals("IV квартал 2019", made.getString("items[4].deadline.text"));
        assertTrue(made.getList("items[0].assisting").size() >= 1, "the member enterprises");
        assertEquals(made.getString("items[1].responsible[0].organisationId"),
                made.getString("items[2].responsible[0].organisationId"));
        assertEquals(false, made.getBoolean("items[3].overdue"));
    }

    @Test
    void shouldRefuseWhatIsNotARoadmapClearlyAndStoreNothing() {
        long before = Fixtures.count("roadmap_import");
        refuse(Documents.upload(Demo.ASSOCIATION, "a.docx", new byte[0], Documents.DOCX), 400);
        refuse(Documents.upload(Demo.ASSOCIATION, "a.docx", "PK\u0003\u0004 не архив".getBytes(StandardCharsets.UTF_8),
                Documents.DOCX), 400);
        refuse(Documents.upload(Demo.ASSOCIATION, "a.docx", Documents.zip("readme.txt",
                "не документ".getBytes(StandardCharsets.UTF_8)), Documents.DOCX), 400);
        refuse(Documents.upload(Demo.ASSOCIATION, "bomb.docx", Documents.zipBomb(), Documents.DOCX), 400);
        refuse(Documents.upload(Demo.ASSOCIATION, "empty.docx",
                Documents.docx(List.of("Просто текст"), List.of(List.of("a", "b"), List.of("c", "d"))),
                Documents.DOCX), 400);
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
        refuse(Documents.upload(Demo.ASSOCIATION, "roadmap.docx", png, Documents.DOCX), 415);
        refuse(Documents.upload(Demo.ASSOCIATION, "big.txt", new byte[7 * 1024 * 1024], "text/plain"), 413);
        as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of("file", "x")).post("/api/v1/roadmap-imports")
                .then().statusCode(415).contentType("application/problem+json");
        assertEquals(before, Fixtures.count("roadmap_import"));
    }

    private static void refuse(io.restassured.response.Response answer, int status) {
        answer.then().statusCode(status).contentType("application/problem+json");
        if (status == 400) {
            assertTrue(answer.jsonPath().getList("errors.field").contains("file"), answer.asString());
        }
    }

    @Test
    void shouldLetOnlyThoseWhoCreateRoadmapsImport() {
        for (Demo who : List.of(Demo.DEPARTMENT, Demo.MEMBER, Demo.SCRIPT)) {
            Documents.upload(who, "seed.txt", Documents.seed(), "text/plain").then().statusCode(403);
        }
        String id = Documents.upload(Demo.CKR, "seed.txt", Documents.seed(), "text/plain").then().statusCode(201)
                .extract().path("id");
        for (Demo who : List.of(Demo.DEPARTMENT, Demo.MEMBER, Demo.SCRIPT)) {
            as(who).get("/api/v1/roadmap-imports/" + id).then().statusCode(403);
        }
        as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("items", List.of(Map.of("index", 99))))
                .post("/api/v1/roadmap-imports/" + id + "/commit").then().statusCode(400)
                .body("errors.field", hasItem("items[0].index"));
        as(Demo.CKR).contentType(ContentType.JSON).body(Map.of("title", "Карта 2017 (копия)"))
                .post("/api/v1/roadmap-imports/" + id + "/commit").then().statusCode(201)
                .body("title", equalTo("Карта 2017 (копия)"));
    }

    @Test
    void shouldCommitADocumentWithOversizedCellsWithoutLosingOrBreakingAnything() {
        String text = "Карта на 2019 год\n\t№\n\tМероприятие\n\tСроки\n\tОтветственный\n"
                + "\t1.2.3.4.5.6.7.8.9.10.11\n\tПервое\n\t" + "x".repeat(250) + " – январь 2020\n"
                + "\tАссоциация «Смоленский композитный кластер» (Иванов И.И. " + "и".repeat(400) + ")\n";
        JsonPath preview = Documents.upload(Demo.ASSOCIATION, "длинные ячейки.txt",
                text.getBytes(StandardCharsets.UTF_8), "text/plain").then().statusCode(201).extract().jsonPath();
        assertEquals("1", preview.getString("items[0].number"));
        assertNull(preview.get("items[0].deadline"));
        as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("index", 0, "deadline", Map.of("text", "январь 2020")))))
                .post("/api/v1/roadmap-imports/" + preview.getString("id") + "/commit").then().statusCode(201);
    }
}
