package ru.karta.support;

import static ru.karta.support.Api.asToken;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.restassured.specification.RequestSpecification;

/** Report templates as a person fills them: downloaded, opened, typed into and saved with POI, uploaded. */
public final class Spreadsheets {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The column of the value cells in a template. */
    public static final int VALUE = 3;

    private Spreadsheets() {
    }

    /** A request that takes a file whatever it is. */
    public static RequestSpecification files(String token) {
        return asToken(token).accept("*/*");
    }

    public static byte[] template(String token, String reportId) {
        return files(token).get(Reports.BASE + "/" + reportId + "/template.xlsx").then().statusCode(200)
                .contentType(XLSX).extract().asByteArray();
    }

    public static XSSFWorkbook open(byte[] file) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] bytes(XSSFWorkbook book) {
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The row of an indicator in a template's only sheet, by its code in the first column. */
    public static Row rowOf(XSSFSheet sheet, String code) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(code)) {
                return row;
            }
        }
        throw new IllegalArgumentException("no row for " + code);
    }

    /**
     * The template with values typed into it: a number as a number, a string as text (as when a cell is formatted as
     * text), null as a cleared cell; {@code N01} is the comment.
     */
    public static byte[] fill(byte[] template, Map<String, ?> values) {
        XSSFWorkbook book = open(template);
        XSSFSheet sheet = book.getSheetAt(0);
        values.forEach((code, value) -> {
            Cell cell = rowOf(sheet, code).getCell(VALUE, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            if (value == null) {
                cell.setBlank();
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        });
        return bytes(book);
    }

    /** A filled template for a report, as its organisation makes it. */
    public static byte[] filled(String token, String reportId, Map<String, ?> values) {
        return fill(template(token, reportId), values);
    }

    public static RequestSpecification upload(String token, byte[] file) {
        return asToken(token).contentType(XLSX).body(file);
    }
}
