package ru.karta.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.as;
import static ru.karta.support.Api.asToken;
import static ru.karta.support.Spreadsheets.VALUE;
import static ru.karta.support.Spreadsheets.files;
import static ru.karta.support.Spreadsheets.fill;
import static ru.karta.support.Spreadsheets.open;
import static ru.karta.support.Spreadsheets.rowOf;
import static ru.karta.support.Spreadsheets.template;
import static ru.karta.support.Spreadsheets.upload;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import ru.karta.support.Reports;
import ru.karta.support.Reports.Reporter;
import ru.karta.support.Spreadsheets;
import ru.karta.support.TestClock;
import ru.karta.support.TestTokens.Demo;

/**
 * A report's XLSX template over HTTP: downloaded with the report's values, filled as a person fills it, previewed
 * (what changes, what the rules find), saved like PUT; who may do it; and every kind of bad file refused with a 400,
 * 413 or 415 problem that says what is wrong, never a 500.
 */
@QuarkusTest
class ReportTemplateApiTest {

    static final String BASE = Reports.BASE;

    @Inject
    DataSource db;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> typed(Object... codesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            values.put((String) codesAndValues[i], codesAndValues[i + 1]);
        }
        return values;
    }

    static String importPath(String id) {
        return BASE + "/" + id + "/import";
    }

    /** A draft of a new organisation of its own, in the quarter open for entry by the test clock. */
    Reporter reporter() {
        return Reports.reporter(db);
    }

    // ------------------------------------------------------------------------------------------------ template

    @Test
    void shouldDownloadTheFormAsATemplateWithTheReportsValuesAndItsRulesInWords() throws IOException {
        Reporter member = reporter();
        String id = Reports.create(member.token(), null, "2028-Q1");
        Reports.save(member.token(), id, typed("R01", 1500.5, "R02", 1200, "R03", 300, "P02", 12), "Пояснение");

        Response answer = files(member.token()).get(BASE + "/" + id + "/template.xlsx");
        answer.then().statusCode(200).contentType(Spreadsheets.XLSX)
                .header("Content-Disposition", containsString("attachment; filename=\"karta-report-2028-Q1.xlsx\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''"));
        String disposition = answer.header("Content-Disposition");
        String name = URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8);
        assertTrue(name.startsWith("Отчёт 2028-Q1 ООО Тест"), name);
        assertTrue(name.endsWith(".xlsx"), name);

        try (XSSFWorkbook book = open(answer.asByteArray())) {
            assertEquals(1, book.getNumberOfSheets());
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("Приложение 1", sheet.getSheetName());
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().startsWith("Приложение 1. Сведения"));
            assertEquals("2028-Q1", cellOf(book, "Karta_Period").getStringCellValue());
            assertEquals(id, cellOf(book, "Karta_Report").getStringCellValue());
            assertEquals(1, (int) cellOf(book, "Karta_FormVersion").getNumericCellValue());
            assertTrue(sheet.getProtect(), "only the value cells take input");

            Row r01 = rowOf(sheet, "R01");
            assertEquals("Выручка от реализации товаров, работ, услуг", r01.getCell(1).getStringCellValue());
            assertEquals("тыс. руб.", r01.getCell(2).getStringCellValue());
            assertEquals(CellType.NUMERIC, r01.getCell(VALUE).getCellType());
            assertEquals(1500.5, r01.getCell(VALUE).getNumericCellValue());
            assertTrue(!r01.getCell(VALUE).getCellStyle().getLocked(), "a value cell takes input");
            assertTrue(r01.getCell(4).getStringCellValue().contains("обязательно"));
            assertEquals(CellType.BLANK, rowOf(sheet, "R04").getCell(VALUE).getCellType(), "blank stays blank");
            assertTrue(rowOf(sheet, "R03").getCell(4).getStringCellValue()
                    .contains("не больше, чем «Объём отгруженной продукции собственного производства» (R02)"));
            assertTrue(rowOf(sheet, "I01").getCell(4).getStringCellValue().contains("заполняется вместе с"));
            assertTrue(rowOf(sheet, "P01").getCell(4).getStringCellValue().contains("целое число"));

            Row r08 = rowOf(sheet, "R08");
            assertEquals(CellType.FORMULA, r08.getCell(VALUE).getCellType(), "computed rows are formulas");
            assertTrue(r08.getCell(VALUE).getCellStyle().getLocked(), "and read-only");
            assertEquals(25.0, r08.getCell(VALUE).getNumericCellValue(), "300 / 1200 × 100, computed on download");
            assertTrue(r08.getCell(4).getStringCellValue().contains("рассчитывается: R03 / R02 × 100"));
            assertTrue(rowOf(sheet, "R09").getCell(4).getStringCellValue().contains("порог — не ниже 20 %"));
            assertEquals("Пояснение", rowOf(sheet, "N01").getCell(VALUE).getStringCellValue());
        }
    }

    @Test
    void shouldGiveTheTemplateOnlyToThoseWhoMayReadTheReport() {
        String id = Reports.memberDraft();
        String path = BASE + "/" + id + "/template.xlsx";
        for (Demo reader : List.of(Demo.ASSOCIATION, Demo.CKR, Demo.MEMBER)) {
            files(reader.token()).get(path).then().statusCode(200).contentType(Spreadsheets.XLSX);
        }
        for (Demo other : List.of(Demo.DEPARTMENT, Demo.MEMBER2, Demo.SCRIPT)) {
            files(other.token()).get(path).then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void shouldWriteTheTemplateInEnglishWhenAskedFor() {
        Reporter member = reporter();
        String id = Reports.create(member.token(), null, "2028-Q1");
        byte[] file = files(member.token()).header("Accept-Language", "en")
                .get(BASE + "/" + id + "/template.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = open(file)) {
            assertEquals("Form", book.getSheetAt(0).getSheetName());
            assertEquals("Revenue from sales of goods, works and services",
                    rowOf(book.getSheetAt(0), "R01").getCell(1).getStringCellValue());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------ round trip

    @Test
    void shouldPreviewAFilledTemplateThenSaveItsValuesLikePut() {
        Reporter member = reporter();
        String id = Reports.create(member.token(), null, "2028-Q1");
        Reports.save(member.token(), id, typed("R01", 1000, "R02", 900, "R06", 10), null);
        byte[] file = fill(template(member.token(), id), typed("R01", 15234.5, "R02", 14800, "R03", 15000,
                "R04", "3 140,2", "R06", null, "P01", 118, "P02", 115, "P03", 14231.7, "N01", "Новый контракт"));

        JsonPath preview = upload(member.token(), file).queryParam("dryRun", true).post(importPath(id)).then()
                .statusCode(200).header("ETag", notNullValue()).body("dryRun", equalTo(true))
                .body("saved", equalTo(false)).body("report", nullValue()).body("period", equalTo("2028-Q1"))
                .body("version", equalTo(1)).extract().jsonPath();
        Map<String, Map<String, Object>> lines = byCode(preview.getList("lines"));
        assertEquals(23, lines.size(), "every entered numeric indicator of the form: " + lines.keySet());
        assertEquals("R01", lines.keySet().iterator().next());
        assertTrue(!lines.containsKey("R08") && !lines.containsKey("N01"), "no computed indicator, no comment");
        assertEquals("1000 15234.5 true", line(lines, "R01"));
        assertEquals("null 15000 true", line(lines, "R03"));
        assertEquals("null 3140.2 true", line(lines, "R04"), "a number written as text in Russian is a number");
        assertEquals("10 null true", line(lines, "R06"), "a cleared cell is blank");
        assertEquals("null null false", line(lines, "R05"));
        assertEquals(9, preview.getInt("changes"), "R01 R02 R03 R04 R06 P01 P02 P03 and the comment");
        assertEquals("Новый контракт", preview.getString("comment.file"));
        assertTrue(preview.getBoolean("comment.changed"));
        assertTrue(preview.getList("issues.code").contains("PART_EXCEEDS_WHOLE"), "R03 > R02, as the form's rules say");
        assertEquals(List.of("R03", "R02"), preview.getList("issues.find { it.code == 'PART_EXCEEDS_WHOLE' }.indicators"));
        assertTrue(preview.getString("issues.find { it.code == 'PART_EXCEEDS_WHOLE' }.message").contains("R03"));
        assertEquals(101.4f, preview.getFloat("computed.R08"));

        asToken(member.token()).get(BASE + "/" + id).then().body("values.R01", equalTo(1000)).body("version",
                equalTo(1));
        assertEquals(List.of("UPDATED", "CREATED"), Reports.actions(member.token(), id), "a dry run writes nothing");

        JsonPath saved = upload(member.token(), file).queryParam("version", 1).post(importPath(id)).then()
                .statusCode(200).header("ETag", notNullValue()).body("dryRun", equalTo(false))
                .body("saved", equalTo(true)).body("version", equalTo(2)).body("report.version", equalTo(2))
                .extract().jsonPath();
        assertEquals(15234.5f, saved.getFloat("report.values.R01"));
        assertNull(saved.get("report.values.R06"), "R06 is blank now");
        asToken(member.token()).get(BASE + "/" + id).then().body("values.R01", equalTo(15234.5f))
                .body("values.R04", equalTo(3140.2f)).body("values.R06", nullValue())
                .body("comment", equalTo("Новый контракт")).body("issues.code", hasItem("PART_EXCEEDS_WHOLE"));
        assertEquals("UPDATED", Reports.actions(member.token(), id).get(0));

        // the same file again changes nothing
        upload(member.token(), file).queryParam("dryRun", true).post(importPath(id)).then().statusCode(200)
                .body("changes", equalTo(0)).body("version", equalTo(2));
    }

    @Test
    void shouldSaveOnTheVersionNamedByIfMatchOrTheParameterAndNeverOnAStaleOne() {
        Reporter member = reporter();
        String id = Reports.create(member.token(), null, "2028-Q1");
        byte[] file = fill(template(member.token(), id), Reports.validValues());
        upload(member.token(), file).post(importPath(id)).then().statusCode(428);
        upload(member.token(), file).queryParam("version", 5).post(importPath(id)).then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:stale-version"));
        upload(member.token(), file).header("If-Match", "\"7-1\"").post(importPath(id)).then().statusCode(412);
        upload(member.token(), file).queryParam("dryRun", true).queryParam("version", 5).post(importPath(id)).then()
                .statusCode(409);
        String etag = asToken(member.token()).get(BASE + "/" + id).then().extract().header("ETag");
        upload(member.token(), file).header("If-Match", etag).post(importPath(id)).then().statusCode(200)
                .body("report.values.R02", equalTo(14800));
        upload(member.token(), file).queryParam("version", -1).post(importPath(id)).then().statusCode(400)
                .body("errors.field", hasItem("version"));
    }

    @Test
    void shouldLetOnlyTheOrganisationUploadWhileTheReportIsOpen() {
        String draft = Reports.memberDraft();
        byte[] file = fill(template(Demo.MEMBER.token(), draft), Reports.validValues());
        for (Demo reader : List.of(Demo.ASSOCIATION, Demo.CKR)) {
            upload(reader.token(), file).queryParam("dryRun", true).post(importPath(draft)).then().statusCode(403);
        }
        for (Demo other : List.of(Demo.DEPARTMENT, Demo.MEMBER2, Demo.SCRIPT)) {
            upload(other.token(), file).queryParam("dryRun", true).post(importPath(draft)).then().statusCode(404);
        }
        upload(Demo.MEMBER.token(), file).queryParam("version", 0).post(importPath(draft)).then().statusCode(200);
        Reports.submit(Demo.MEMBER.token(), draft);
        upload(Demo.MEMBER.token(), file).queryParam("dryRun", true).post(importPath(draft)).then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:report-submitted"));

        Reporter member = reporter();
        String locked = Reports.create(member.token(), null, "2028-Q1");
        byte[] lockedFile = fill(template(member.token(), locked), Reports.validValues());
        clock.set(Reports.noon(2028, 6, 1));
        upload(member.token(), lockedFile).queryParam("version", 0).post(importPath(locked)).then().statusCode(409)
                .body("type", equalTo("urn:karta:problem:report-locked"));
    }

    // ------------------------------------------------------------------------------------------------ bad files

    @Test
    void shouldRefuseWhatIsNotAnXlsxNamingTheProblem() throws IOException {
        Reporter member = reporter();
        String id = Reports.create(member.token(), null, "2028-Q1");
        assertFileRefused(member, id, new byte[0], "Файл пустой");
        assertFileRefused(member, id, "R01;R02\n1;2\n".getBytes(StandardCharsets.UTF_8), "Это не книга XLSX");
        byte[] ole2 = new byte[512];
        System.arraycopy(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1 }, 0, ole2, 0, 8);
        assertFileRefused(member, id, ole2, "(.xls)");
        assertFileRefused(member, id, zip(Map.of("readme.txt", "не таблица".getBytes(StandardCharsets.UTF_8))),
                "Это не книга XLSX");
        assertFileRefused(member, id, openDocument(), "(.ods)");
        byte[] plainBook;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Лист1").createRow(0).createCell(0).setCellValue("R01");
            plainBook = Spreadsheets.bytes(book);
        }
        assertFileRefused(member, id, plainBook, "нет разметки шаблона отчёта");

        upload(member.token(), template(member.token(), id)).contentType("text/plain").queryParam("dryRun", true)
                .post(importPath(id)).then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("XLSX"));
    }

    @Test
    void shouldRefuseTheTemplateOfAnotherReportPeriodOrForm() {
        Reporter member = reporter();
        String id = Reports.create(member.token(), null, "2028-Q1");
        String earlier = Reports.create(Demo.ASSOCIATION.token(), member.organisationId(), "2027-Q4");
        assertFileRefused(member, id, template(member.token(), earlier),
                "шаблон отчёта за 2027-Q4, а этот отчёт — за 2028-Q1");

        Reporter other = reporter();
        String theirs = Reports.create(other.token(), null, "2028-Q1");
        assertFileRefused(member, id, template(other.token(), theirs), "шаблон другого отчёта за 2028-Q1");

        XSSFWorkbook book = open(template(member.token(), id));
        cellOf(book, "Karta_FormVersion").setCellValue(7);
        assertFileRefused(member, id, Spreadsheets.bytes(book), "по форме версии 7, а отчёт — по версии 1");
    }

    @Test
    void shouldNameEachCellThatIsNotANumberAndEachCodeTheFormDoesNotHave() {
        Reporter member = reporter();
        String id = Reports.create(member.token(), null, "2028-Q1");
        XSSFWorkbook book = open(fill(template(member.token(), id), typed("R01", "много", "R02", "1,234.5",
                "P01", 12)));
        XSSFSheet sheet = book.getSheetAt(0);
        rowOf(sheet, "R05").getCell(0).setCellValue("X99");
        int r01 = rowOf(sheet, "R01").getRowNum() + 1;
        JsonPath problem = upload(member.token(), Spreadsheets.bytes(book)).queryParam("dryRun", true)
                .post(importPath(id)).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:karta:problem:invalid-request")).extract().jsonPath();
        assertEquals(List.of("values.R01", "values.R02", "values.X99", "values.R05"), problem.getList("errors.field"));
        assertEquals("Ячейка D" + r01 + ": «много» — не число. Введите число (например, 1234,5) или оставьте ячейку"
                + " пустой.", problem.getString("errors[0].message"));
        assertTrue(problem.getString("errors[2].message").contains("нет показателя «X99»"));
        assertTrue(problem.getString("errors[3].message").contains("нет строки показателя R05"));
        asToken(member.token()).get(BASE + "/" + id).then().body("version", equalTo(0));
    }

    @Test
    void shouldRefuseAFileOverTheUploadLimitAndAZipBomb() throws IOException {
        Reporter member = reporter();
        String id = Reports.create(member.token(), null, "2028-Q1");
        upload(member.token(), new byte[2 * 1024 * 1024 + 1]).queryParam("dryRun", true).post(importPath(id)).then()
                .statusCode(413).contentType("application/problem+json");

        // a real template whose sheet unpacks to 64 MB of spaces: packed a thousand times smaller
        Map<String, byte[]> entries = unzip(template(member.token(), id));
        String sheet = new String(entries.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        int at = sheet.indexOf("<sheetData");
        entries.put("xl/worksheets/sheet1.xml", (sheet.substring(0, at) + " ".repeat(64 * 1024 * 1024)
                + sheet.substring(at)).getBytes(StandardCharsets.UTF_8));
        byte[] bomb = zip(entries);
        assertTrue(bomb.length < 2 * 1024 * 1024, "small enough to pass the upload limit: " + bomb.length);
        assertFileRefused(member, id, bomb, "распаковывается в слишком большой объём");
    }

    static void assertFileRefused(Reporter member, String id, byte[] file, String saying) {
        JsonPath problem = upload(member.token(), file).queryParam("dryRun", true).post(importPath(id)).then()
                .statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertEquals(List.of("file"), problem.getList("errors.field"), problem.prettify());
        assertTrue(problem.getString("errors[0].message").contains(saying), problem.getString("errors[0].message"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static org.apache.poi.ss.usermodel.Cell cellOf(XSSFWorkbook book, String name) {
        var reference = new org.apache.poi.ss.util.CellReference(book.getName(name).getRefersToFormula());
        return book.getSheet(reference.getSheetName()).getRow(reference.getRow()).getCell(reference.getCol());
    }

    static Map<String, Map<String, Object>> byCode(List<Map<String, Object>> lines) {
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        lines.forEach(line -> result.put((String) line.get("code"), line));
        return result;
    }

    /** "current file changed" of a preview line, numbers without trailing zeros. */
    static String line(Map<String, Map<String, Object>> lines, String code) {
        Map<String, Object> line = lines.get(code);
        return plain(line.get("current")) + " " + plain(line.get("file")) + " " + line.get("changed");
    }

    static String plain(Object number) {
        return number == null ? "null"
                : new java.math.BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** An OpenDocument spreadsheet as LibreOffice starts one: its media type first, stored uncompressed. */
    static byte[] openDocument() throws IOException {
        byte[] type = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
