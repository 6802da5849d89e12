package ru.karta.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.as;
import static ru.karta.support.Spreadsheets.files;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import ru.karta.support.Reports;
import ru.karta.support.Reports.Reporter;
import ru.karta.support.Spreadsheets;
import ru.karta.support.TestClock;
import ru.karta.support.TestTokens.Demo;

/**
 * The exports over HTTP: a sheet per quarter with a row per organisation and the summary's totals (blank never zero),
 * the completeness matrix, the CSV for Russian Excel; and who gets which rows (the association and ЦКР all, a member
 * its own, departments and scripts only the totals and completeness). Each test takes a year nobody has reported for.
 */
@QuarkusTest
class ReportExportApiTest {

    static final String PATH = Reports.BASE + "/export";

    @Inject
    DataSource db;

    @Inject
    TestClock clock;

    int year;
    Reporter a;
    Reporter b;
    Reporter c;
    String nameA;
    String nameB;
    String nameC;
    String nameD;

    /**
     * Four enterprises report for the first quarter of a fresh year: a and b accepted (b never filled R03, R04 or R06),
     * c submitted, d left a draft.
     */
    @BeforeEach
    void reports() {
        year = Reports.freshYear(db);
        a = Reports.reporter(db);
        b = Reports.reporter(db);
        c = Reports.reporter(db);
        Reporter d = Reports.reporter(db);
        nameA = name(a);
        nameB = name(b);
        nameC = name(c);
        nameD = name(d);
        clock.set(Reports.noon(year, 3, 20));
        ReportSummaryApiTest.accept(ReportSummaryApiTest.submitted(a, year + "-Q1", ReportSummaryApiTest.values(
                "R01", 1000, "R02", 900, "R03", 450, "R04", 300, "P01", 10, "P02", 10, "P03", 300)));
        ReportSummaryApiTest.accept(ReportSummaryApiTest.submitted(b, year + "-Q1", ReportSummaryApiTest.values(
                "R01", 3000.5, "R02", 2700, "R05", 50, "P01", 20, "P02", 18, "P03", 540)));
        String cs = Reports.create(c.token(), null, year + "-Q1");
        Reports.save(c.token(), cs, ReportSummaryApiTest.values("R01", 500, "R02", 400, "R03", 100, "P01", 5, "P02", 5,
                "P03", 100), "-1 в начале; и «кавычки\"»");
        Reports.submit(c.token(), cs);
        Reports.create(d.token(), null, year + "-Q1");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String name(Reporter reporter) {
        return as(Demo.ASSOCIATION).get("/api/v1/organisations/" + reporter.organisationId()).then().statusCode(200)
                .extract().path("fullName");
    }

    static Response export(String token, Object... params) {
        var request = files(token);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get(PATH);
    }

    // ------------------------------------------------------------------------------------------------ XLSX

    @Test
    void shouldExportAQuarterWithARowPerOrganisationAndTheSummarysTotals() throws IOException {
        Response answer = export(Demo.ASSOCIATION.token(), "period", year + "-Q1", "format", "xlsx");
        answer.then().statusCode(200).contentType(Spreadsheets.XLSX)
                .header("Content-Disposition", containsString("filename=\"karta-reports-" + year + "-Q1.xlsx\""));
        String disposition = answer.header("Content-Disposition");
        assertEquals("Отчёты участников " + year + "-Q1.xlsx",
                URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8));

        try (XSSFWorkbook book = Spreadsheets.open(answer.asByteArray())) {
            assertEquals(List.of(year + "-Q1", "Сдача отчётов"), sheetNames(book));
            Sheet sheet = book.getSheet(year + "-Q1");
            assertTrue(text(sheet.getRow(0), 0).endsWith("I квартал " + year), text(sheet.getRow(0), 0));
            Map<String, Integer> column = columns(sheet);
            assertEquals(List.of("Организация", "ИНН", "Статус", "Отправлен", "Сдача"),
                    List.of(text(sheet.getRow(3), 0), text(sheet.getRow(3), 1), text(sheet.getRow(3), 2),
                            text(sheet.getRow(3), 3), text(sheet.getRow(3), 4)));
            assertTrue(column.keySet().containsAll(List.of("R01", "R08", "R09", "P04", "P06", "F01", "N01")));
            assertEquals("Выручка от реализации товаров, работ, услуг, тыс. руб.",
                    text(sheet.getRow(4), column.get("R01")));

            Row rowA = rowOf(sheet, nameA);
            assertEquals("Принят", text(rowA, 2));
            assertEquals(CellType.NUMERIC, rowA.getCell(3).getCellType(), "when it was sent is a date");
            assertEquals("В срок", text(rowA, 4));
            assertEquals("1000", number(rowA, column.get("R01")));
            assertEquals("50", number(rowA, column.get("R08")), "computed: 450 / 900");
            assertEquals("10000", number(rowA, column.get("P04")));
            assertNull(number(rowOf(sheet, nameB), column.get("R03")), "b never filled R03: blank, not 0");
            assertEquals("Отправлен", text(rowOf(sheet, nameC), 2));
            assertEquals("-1 в начале; и «кавычки\"»", text(rowOf(sheet, nameC), column.get("N01")));
            assertEquals("Черновик", text(rowOf(sheet, nameD), 2));
            assertEquals("Нет отчёта", text(rowOf(sheet, "ООО «Композит-Демо»"), 2),
                    "every expected organisation has a row, with a report or not");

            Row totals = rowOf(sheet, "Итого по кластеру");
            assertEquals("учтено отчётов: 2 из " + Reports.memberEnterprises() + " (по принятым)", text(totals, 2));
            assertEquals("4000.5", number(totals, column.get("R01")));
            assertEquals("450", number(totals, column.get("R03")));
            assertNull(number(totals, column.get("R06")), "nobody filled R06: blank, never 0");
            assertEquals("50", number(totals, column.get("R08")), "over the report that filled both parts");
            Row made = sheet.getRow(totals.getRowNum() + 1);
            assertEquals("Отчётов в итоге", text(made, 0));
            assertEquals("2", number(made, column.get("R01")));
            assertEquals("1", number(made, column.get("R03")));

            // the totals are the consolidated summary's, indicator by indicator
            JsonNode summary = ReportSummaryApiTest.summary(Demo.ASSOCIATION, "period", year + "-Q1").get("quarter");
            for (String group : List.of("values", "computed")) {
                summary.get(group).fields().forEachRemaining(total -> {
                    String value = ReportSummaryApiTest.plain(total.getValue().get("value"));
                    String cell = number(totals, column.get(total.getKey()));
                    assertEquals(value, cell == null ? "null" : cell, total.getKey());
                });
            }

            Sheet matrix = book.getSheet("Сдача отчётов");
            assertEquals("Сдача отчётов предприятиями в " + year + " году", text(matrix.getRow(0), 0));
            assertEquals(List.of("Организация", "I квартал " + year, "II квартал " + year, "III квартал " + year,
                    "IV квартал " + year), cells(matrix.getRow(2), 5));
            assertEquals(List.of(nameA, "В срок", "Квартал не закончился", "Квартал не закончился",
                    "Квартал не закончился"), cells(rowOf(matrix, nameA), 5));
            assertEquals("Квартал не закончился", text(rowOf(matrix, nameD), 1), "a draft is not submitted");
            assertEquals("3 из " + Reports.memberEnterprises(), text(rowOf(matrix, "Сдали"), 1));
        }
    }

    @Test
    void shouldCountSubmittedReportsInTheTotalsOnRequestAndExportAWholeYear() throws IOException {
        Response answer = export(Demo.CKR.token(), "year", year, "includeSubmitted", true);
        answer.then().statusCode(200).contentType(Spreadsheets.XLSX)
                .header("Content-Disposition", containsString("karta-reports-" + year + ".xlsx"));
        try (XSSFWorkbook book = Spreadsheets.open(answer.asByteArray())) {
            assertEquals(List.of(year + "-Q1", year + "-Q2", year + "-Q3", year + "-Q4", "Сдача отчётов"),
                    sheetNames(book));
            Sheet q1 = book.getSheet(year + "-Q1");
            Row totals = rowOf(q1, "Итого по кластеру");
            assertEquals("4500.5", number(totals, columns(q1).get("R01")), "a, b and the submitted c");
            assertTrue(text(totals, 2).startsWith("учтено отчётов: 3 из "), text(totals, 2));
            assertTrue(text(totals, 2).endsWith("(по принятым и отправленным)"), text(totals, 2));
            Sheet q2 = book.getSheet(year + "-Q2");
            assertEquals("Нет отчёта", text(rowOf(q2, nameA), 2));
            assertNull(number(rowOf(q2, "Итого по кластеру"), columns(q2).get("R01")), "no report: blank total");
        }
    }

    @Test
    void shouldGiveAMemberOnlyItsOwnRowsBesideTheTotalsAndCompleteness() throws IOException {
        try (XSSFWorkbook book = Spreadsheets.open(export(a.token(), "period", year + "-Q1").then().statusCode(200)
                .extract().asByteArray())) {
            Sheet sheet = book.getSheet(year + "-Q1");
            assertEquals(List.of(nameA, "Итого по кластеру", "Отчётов в итоге"), firstColumn(sheet, 5));
            assertEquals("4000.5", number(rowOf(sheet, "Итого по кластеру"), columns(sheet).get("R01")));
            assertNotNull(rowOf(book.getSheet("Сдача отчётов"), nameB), "completeness is for everyone");
        }
        List<List<String>> csv = csv(export(a.token(), "period", year + "-Q1", "format", "csv").then()
                .statusCode(200).extract().asByteArray());
        assertEquals(3, csv.size(), "the header, its own row and the totals");
        assertEquals(nameA, csv.get(1).get(1));
    }

    @Test
    void shouldGiveDepartmentsAndScriptsTheTotalsAndCompletenessButNoOrganisationsValues() throws IOException {
        for (Demo who : List.of(Demo.DEPARTMENT, Demo.SCRIPT)) {
            try (XSSFWorkbook book = Spreadsheets.open(export(who.token(), "period", year + "-Q1").then()
                    .statusCode(200).extract().asByteArray())) {
                Sheet sheet = book.getSheet(year + "-Q1");
                assertEquals(List.of("Итого по кластеру", "Отчётов в итоге"), firstColumn(sheet, 5), who.name());
                assertTrue(text(sheet.getRow(1), 0).contains("видят ассоциация, ЦКР и сами предприятия"));
                assertEquals("4000.5", number(rowOf(sheet, "Итого по кластеру"), columns(sheet).get("R01")));
                assertEquals("В срок", text(rowOf(book.getSheet("Сдача отчётов"), nameA), 1));
            }
            List<List<String>> csv = csv(export(who.token(), "period", year + "-Q1", "format", "csv").then()
                    .statusCode(200).extract().asByteArray());
            assertEquals(2, csv.size(), who.name() + ": the header and the totals");
            assertEquals("Итого по кластеру", csv.get(1).get(1));
        }
    }

    // ------------------------------------------------------------------------------------------------ CSV

    @Test
    void shouldWriteCsvForRussianExcel() {
        Response answer = export(Demo.ASSOCIATION.token(), "year", year, "format", "csv");
        answer.then().statusCode(200).contentType(containsString("text/csv"))
                .contentType(containsString("charset=UTF-8"))
                .header("Content-Disposition", containsString("filename=\"karta-reports-" + year + ".csv\""));
        byte[] bytes = answer.asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]),
                "a byte order mark, so Excel reads UTF-8");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "rows end with CRLF");
        List<List<String>> rows = csv(bytes);
        List<String> header = rows.get(0);
        assertEquals(List.of("Квартал", "Организация", "ИНН", "Статус", "Отправлен", "Сдача"), header.subList(0, 6));
        assertTrue(header.get(6).startsWith("R01 Выручка"), header.get(6));
        assertTrue(header.get(header.size() - 1).startsWith("N01 "), "the comment last");
        int r01 = header.indexOf(header.stream().filter(h -> h.startsWith("R01 ")).findFirst().orElseThrow());
        int r06 = header.indexOf(header.stream().filter(h -> h.startsWith("R06 ")).findFirst().orElseThrow());
        int r08 = header.indexOf(header.stream().filter(h -> h.startsWith("R08 ")).findFirst().orElseThrow());

        List<String> b1 = row(rows, year + "-Q1", nameB);
        assertEquals("Принят", b1.get(3));
        assertTrue(b1.get(4).matches(year + "-03-20 \\d\\d:\\d\\d"), "sent, in the cluster's time: " + b1.get(4));
        assertEquals("В срок", b1.get(5));
        assertEquals("3000,5", b1.get(r01), "a decimal comma");
        assertEquals("", b1.get(r06), "blank is blank");
        List<String> c1 = row(rows, year + "-Q1", nameC);
        assertEquals("'-1 в начале; и «кавычки\"»", c1.get(c1.size() - 1),
                "quoted for the separator and quote; an apostrophe keeps it from being a formula");
        assertEquals("Нет отчёта", row(rows, year + "-Q2", nameA).get(3));

        List<String> total = row(rows, year + "-Q1", "Итого по кластеру");
        assertEquals("4000,5", total.get(r01));
        assertEquals("", total.get(r06));
        assertEquals("50", total.get(r08));
        for (String quarter : List.of("-Q1", "-Q2", "-Q3", "-Q4")) {
            assertNotNull(row(rows, year + quarter, "Итого по кластеру"), "a totals row per quarter");
        }
        assertEquals(rows.get(1).size(), header.size());
    }

    // ------------------------------------------------------------------------------------------------ parameters

    @Test
    void shouldRefuseBadParametersNamingThem() {
        export(Demo.ASSOCIATION.token(), "format", "pdf").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("format"));
        export(Demo.ASSOCIATION.token(), "period", "2017-Q5").then().statusCode(400)
                .body("errors.field", hasItem("period"));
        export(Demo.ASSOCIATION.token(), "year", 1800).then().statusCode(400).body("errors.field", hasItem("year"));
        export(Demo.ASSOCIATION.token(), "year", 2017, "period", "2018-Q1").then().statusCode(400)
                .body("errors.field", hasItem("period"));
    }

    @Test
    void shouldExportTheQuarterBeforeTheCurrentOneByDefault() {
        clock.reset();
        export(Demo.MEMBER.token()).then().statusCode(200).contentType(Spreadsheets.XLSX)
                .header("Content-Disposition", containsString("karta-reports-2027-Q4.xlsx"));
        assertFalse(export(Demo.MEMBER.token(), "format", "CSV").then().statusCode(200).extract().asString()
                .isEmpty());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The indicator codes of a quarter sheet's header, by column. */
    static Map<String, Integer> columns(Sheet sheet) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Row codes = sheet.getRow(3);
        for (int c = 5; c < codes.getLastCellNum(); c++) {
            columns.put(text(codes, c), c);
        }
        return columns;
    }

    static Row rowOf(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (first.equals(text(row, 0))) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }

    static List<String> firstColumn(Sheet sheet, int from) {
        List<String> values = new ArrayList<>();
        for (int r = from; r <= sheet.getLastRowNum(); r++) {
            values.add(text(sheet.getRow(r), 0));
        }
        return values;
    }

    static List<String> cells(Row row, int count) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            values.add(text(row, c));
        }
        return values;
    }

    static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    /** A number cell's value without trailing zeros; null for a blank cell (and a failure for anything else). */
    static String number(Row row, int column) {
        Cell cell = row.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        assertEquals(CellType.NUMERIC, cell.getCellType(), "a number at " + cell.getAddress());
        return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
    }

    /** The rows of a CSV file written for Russian Excel: BOM, ";" and quotes as RFC 4180. */
    static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "starts with a byte order mark");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r') {
                continue;
            } else if (ch == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        return rows;
    }

    static List<String> row(List<List<String>> rows, String period, String organisation) {
        return rows.stream().filter(r -> r.get(0).equals(period) && r.get(1).equals(organisation)).findFirst()
                .orElseThrow(() -> new AssertionError("no CSV row " + period + " " + organisation));
    }
}
