package ru.karta.document;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import ru.karta.support.Documents;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens.Demo;

/** A roadmap and its execution report as Word documents and workbooks, and the Word document imported back. */
@QuarkusTest
class RoadmapExportTest {

    @jakarta.inject.Inject
    ru.karta.support.TestClock clock;

    @Test
    void shouldExportTheSeedAsAWordTableThatImportsBackIntoTheSameItems() throws IOException {
        byte[] docx = as(Demo.DEPARTMENT).accept("*/*").get("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/export")
                .then().statusCode(200).contentType(Documents.DOCX)
                .header("Content-Disposition", containsString("filename*=UTF-8''")).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertTrue(document.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()
                    .equalsIgnoreCase("landscape"), "a landscape page");
            assertEquals("УТВЕРЖДЕНО", document.getParagraphs().get(0).getText());
            XWPFTable table = document.getTables().get(0);
            assertEquals(15, table.getRows().size(), "the header and 14 items");
            assertEquals("июнь 2017", table.getRow(1).getCell(2).getText());
        }
        JsonPath preview = Documents.upload(Demo.ASSOCIATION, "экспорт.docx", docx, Documents.DOCX).then()
                .statusCode(201).extract().jsonPath();
        assertEquals(List.of(), preview.getList("warnings"));
        assertEquals(List.of(), preview.getList("organisations.proposed"));
        String roadmap = as(Demo.ASSOCIATION).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/roadmap-imports/" + preview.getString("id") + "/commit").then().statusCode(201)
                .extract().path("id");
        JsonPath imported = RoadmapImportTest.items(roadmap);
        JsonPath demo = RoadmapImportTest.items(Fixtures.SEED_ROADMAP);
        for (int i = 0; i < 14; i++) {
            for (String field : List.of("number", "activity", "deadline", "responsible", "assisting", "expectedResult",
                    "note", "duty")) {
                assertEquals((Object) demo.get("items[" + i + "]." + field), imported.get("items[" + i + "]." + field),
                        "item " + (i + 1) + " " + field);
            }
        }
    }

    @Test
    void shouldExportTheRoadmapAsAWorkbook() throws IOException {
        byte[] xlsx = as(Demo.MEMBER).accept("*/*").get("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/export?format=xlsx")
                .then().statusCode(200).contentType(ru.karta.support.Spreadsheets.XLSX).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("№ п/п", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(16, sheet.getLastRowNum(), "title, blank, header and 14 items");
            assertEquals("июнь 2017", sheet.getRow(3).getCell(2).getStringCellValue());
            assertEquals(LocalDate.of(2017, 6, 30), sheet.getRow(3).getCell(7).getLocalDateTimeCellValue().toLocalDate());
        }
    }

    @Test
    void shouldReportEachItemsStatusAsOfTheDateWithOverdueMarksAndASummary() throws IOException {
        Map<String, String> made = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG);
        String roadmap = made.get("roadmap");
        Fixtures.item(roadmap, "2", "2017", List.of(Fixtures.DEPARTMENT_ORG), List.of());
        as(Demo.ASSOCIATION).contentType(ContentType.JSON)
                .body(Map.of("text", "Соглашение подписано", "status", "IN_PROGRESS", "evidenceUrl",
                        "https://example.ru/soglashenie.pdf"))
                .post("/api/v1/roadmap-items/" + made.get("item") + "/progress-updates").then().statusCode(201);
        ru.karta.support.Documents.attach(Demo.DEPARTMENT, made.get("item"), "Соглашение № 7 подписанное.pdf",
                ru.karta.support.Documents.pdf("соглашение"), "application/pdf", null).then().statusCode(201);
        LocalDate today = clock.today();
        List<List<String>> now = rows(report(roadmap, today.plusDays(1), "docx"));
        assertEquals(List.of("1.", "Выполняется"), List.of(now.get(1).get(0), now.get(1).get(4)));
        assertTrue(now.get(1).get(5).contains("Соглашение подписано"), now.get(1).toString());
        assertTrue(now.get(1).get(6).contains("https://example.ru/soglashenie.pdf"), now.get(1).toString());
        assertTrue(now.get(1).get(6).contains("Соглашение № 7 подписанное.pdf"), "the files are evidence too");
        assertEquals("Не начато\nПРОСРОЧЕНО", now.get(2).get(4), "due in 2017 and not done");
        List<List<String>> before = rows(report(roadmap, today.minusDays(1), "docx"));
        assertEquals("Не начато", before.get(1).get(4), "the progress came after that day");
        assertTrue(before.get(1).get(5).startsWith("Сведений"), before.get(1).toString());
        assertTrue(!before.get(1).get(6).contains("Соглашение № 7"), "the file came after that day");

        byte[] xlsx = report(roadmap, today, "xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet summary = book.getSheet("Сводка");
            Map<String, Double> counts = new java.util.HashMap<>();
            for (int r = 1; r <= summary.getLastRowNum(); r++) {
                counts.put(summary.getRow(r).getCell(0).getStringCellValue(),
                        summary.getRow(r).getCell(1).getNumericCellValue());
            }
            assertEquals(1.0, counts.get("Выполняется"));
            assertEquals(1.0, counts.get("Просрочено"));
            assertEquals(2.0, counts.get("Всего"));
            assertEquals("да", book.getSheet("Исполнение").getRow(4).getCell(5).getStringCellValue());
        }
    }

    @Test
    void shouldAnswerWhoMayNotReadTheRoadmapAndBadParametersClearly() {
        String draft = Fixtures.draftRoadmap();
        as(Demo.MEMBER).accept("*/*").get("/api/v1/roadmaps/" + draft + "/export").then().statusCode(404);
        as(Demo.MEMBER).accept("*/*").get("/api/v1/roadmaps/" + draft + "/execution-report").then().statusCode(404);
        as(Demo.ASSOCIATION).accept("*/*").get("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/export?format=pdf")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("format"));
        as(Demo.ASSOCIATION).accept("*/*")
                .get("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/execution-report?asOf=31.12.2017").then()
                .statusCode(400).body("errors.field", hasItem("asOf"));
    }

    static byte[] report(String roadmap, LocalDate asOf, String format) {
        return as(Demo.SCRIPT).accept("*/*")
                .get("/api/v1/roadmaps/" + roadmap + "/execution-report?asOf=" + asOf + "&format=" + format).then()
                .statusCode(200).extract().asByteArray();
    }

    /** The rows of the items table (the second table; the first is the summary). */
    static List<List<String>> rows(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTableRow row : document.getTables().get(1).getRows()) {
                rows.add(row.getTableCells().stream().map(c -> String.join("\n",
                        c.getParagraphs().stream().map(p -> p.getText()).toList()).strip()).toList());
            }
            return rows;
        }
    }
}
