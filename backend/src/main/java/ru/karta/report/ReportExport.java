package ru.karta.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import ru.karta.common.Csv;
import ru.karta.report.FigureDtos.CompletenessView;
import ru.karta.report.FigureDtos.Figures;
import ru.karta.report.FigureDtos.OrganisationRow;
import ru.karta.report.FigureDtos.QuarterTotals;
import ru.karta.report.FigureDtos.Timeliness;
import ru.karta.report.FigureDtos.Total;
import ru.karta.report.FormDefinition.Indicator;
import ru.karta.report.FormDefinition.IndicatorType;
import ru.karta.report.ReportFigures.QuarterFigures;

/**
 * The exports of quarterly reports, written from what {@link ReportSpreadsheets#export} gathered (no database here).
 * <ul>
 * <li><b>XLSX</b>, streamed row by row (SXSSF): a sheet per quarter ("2017-Q2") with a row per organisation (its
 * status, when it was sent, its timeliness, every entered and computed indicator of the form and the comment), then the
 * cluster's totals as the consolidated summary gives them (blank where no counted report filled a value, never zero)
 * and how many reports each total is made of; and a sheet with the completeness matrix of the year.</li>
 * <li><b>CSV</b> for Russian Excel: UTF-8 with a byte order mark, {@code ;} between fields, CRLF between rows, a decimal
 * comma and no thousands separator ({@code 15234,5}), times as {@code 2017-07-15 10:30} in the cluster's time zone,
 * blank for "not reported". One row per organisation × quarter, then a totals row per quarter. A text that a
 * spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}) starts with an apostrophe.</li>
 * </ul>
 */
final class ReportExport {

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String DATE_FORMAT = "dd.mm.yyyy hh:mm";
    private static final int FIRST_INDICATOR_COLUMN = 5;

    private ReportExport() {
    }

    /** One organisation's report of a quarter (status null: it has none). */
    record OrganisationLine(String organisation, String inn, ReportStatus status, Instant submittedAt,
            Timeliness timeliness, Map<String, BigDecimal> values, Map<String, BigDecimal> computed, String comment) {
    }

    /** A quarter: its organisations' lines (none for a caller who may not read report values) and its totals. */
    record QuarterPart(Quarter quarter, List<OrganisationLine> lines, QuarterFigures totals) {
    }

    /** Everything an export shows. */
    record Data(int year, List<QuarterPart> quarters, CompletenessView completeness, boolean linesShown,
            boolean includeSubmitted, ZoneId zone, Locale locale) {
    }

    // ------------------------------------------------------------------------------------------------ XLSX

    static void xlsx(Data data, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        book.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(book);
            for (QuarterPart part : data.quarters()) {
                quarterSheet(book, styles, data, part);
            }
            completenessSheet(book, styles, data);
            book.write(out);
        } finally {
            book.close();
        }
    }

    private static void quarterSheet(SXSSFWorkbook book, Styles styles, Data data, QuarterPart part) {
        Locale locale = data.locale();
        FormDefinition form = part.totals().form();
        List<Indicator> columns = columns(form);
        Sheet sheet = book.createSheet(part.quarter().toString());
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 22 * 256);
        sheet.setColumnWidth(3, 17 * 256);
        sheet.setColumnWidth(4, 18 * 256);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(FIRST_INDICATOR_COLUMN + c, 16 * 256);
        }
        int comment = FIRST_INDICATOR_COLUMN + columns.size();
        sheet.setColumnWidth(comment, 50 * 256);

        text(sheet.createRow(0), 0, t(locale, "export.title", Locale.ENGLISH.equals(locale) ? form.titleEn()
                : form.titleRu(), ReportTemplate.quarterLabel(part.quarter(), locale)), styles.title);
        text(sheet.createRow(1), 0, note(data), null);
        Row codes = sheet.createRow(3);
        Row names = sheet.createRow(4);
        String[] fixed = { "export.column.organisation", "export.column.inn", "export.column.status",
                "export.column.submitted", "export.column.timeliness" };
        for (int c = 0; c < fixed.length; c++) {
            text(codes, c, t(locale, fixed[c]), styles.header);
            text(names, c, "", styles.header);
        }
        for (int c = 0; c < columns.size(); c++) {
            Indicator indicator = columns.get(c);
            text(codes, FIRST_INDICATOR_COLUMN + c, indicator.code(), styles.header);
            text(names, FIRST_INDICATOR_COLUMN + c, named(indicator, locale), styles.header);
        }
        String commentCode = form.commentIndicator().map(Indicator::code).orElse("N01");
        text(codes, comment, commentCode, styles.header);
        text(names, comment, form.commentIndicator().map(i -> named(i, locale)).orElse(""), styles.header);
        names.setHeightInPoints(60);
        sheet.createFreezePane(1, 5);

        int r = 5;
        for (OrganisationLine line : part.lines()) {
            Row row = sheet.createRow(r++);
            text(row, 0, line.organisation(), null);
            text(row, 1, line.inn() == null ? "" : line.inn(), null);
            text(row, 2, status(line.status(), locale), null);
            if (line.submittedAt() != null) {
                Cell sent = row.createCell(3);
                sent.setCellValue(line.submittedAt().atZone(data.zone()).toLocalDateTime());
                sent.setCellStyle(styles.date);
            }
            text(row, 4, line.timeliness() == null ? "" : t(locale, "export.timeliness." + line.timeliness()), null);
            for (int c = 0; c < columns.size(); c++) {
                Indicator indicator = columns.get(c);
                BigDecimal value = (indicator.computed() ? line.computed() : line.values()).get(indicator.code());
                number(row, FIRST_INDICATOR_COLUMN + c, value, styles.number(indicator, false));
            }
            if (line.comment() != null) {
                text(row, comment, line.comment(), null);
            }
        }
        Figures totals = part.totals().figures();
        Row total = sheet.createRow(r++);
        text(total, 0, t(locale, "export.totals"), styles.total);
        text(total, 2, t(locale, "export.totals-counted", String.valueOf(part.totals().reports()),
                String.valueOf(part.totals().expected()), counted(data)), styles.total);
        Row made = sheet.createRow(r);
        text(made, 0, t(locale, "export.totals-reports"), null);
        for (int c = 0; c < columns.size(); c++) {
            Indicator indicator = columns.get(c);
            Total value = (indicator.computed() ? totals.computed() : totals.values()).get(indicator.code());
            number(total, FIRST_INDICATOR_COLUMN + c, value == null ? null : value.value(),
                    styles.number(indicator, true));
            if (value != null) {
                made.createCell(FIRST_INDICATOR_COLUMN + c).setCellValue(value.reports());
            }
        }
    }

    private static void completenessSheet(SXSSFWorkbook book, Styles styles, Data data) {
        Locale locale = data.locale();
        CompletenessView matrix = data.completeness();
        Sheet sheet = book.createSheet(t(locale, "export.sheet.completeness"));
        sheet.setColumnWidth(0, 40 * 256);
        for (int c = 0; c < matrix.periods().size(); c++) {
            sheet.setColumnWidth(1 + c, 20 * 256);
        }
        text(sheet.createRow(0), 0, t(locale, "export.completeness-title", String.valueOf(matrix.year())),
                styles.title);
        Row header = sheet.createRow(2);
        text(header, 0, t(locale, "export.column.organisation"), styles.header);
        for (int c = 0; c < matrix.periods().size(); c++) {
            text(header, 1 + c, ReportTemplate.quarterLabel(Quarter.parse("period", matrix.periods().get(c)), locale),
                    styles.header);
        }
        sheet.createFreezePane(1, 3);
        int r = 3;
        for (OrganisationRow organisation : matrix.organisations()) {
            Row row = sheet.createRow(r++);
            text(row, 0, organisation.organisationName(), null);
            for (int c = 0; c < organisation.quarters().size(); c++) {
                text(row, 1 + c, t(locale, "export.timeliness." + organisation.quarters().get(c).status()), null);
            }
        }
        String[][] footer = { { "export.completeness.submitted", "submitted" }, { "export.timeliness.ON_TIME", "onTime" },
                { "export.timeliness.LATE", "late" }, { "export.timeliness.MISSING", "missing" } };
        for (String[] line : footer) {
            Row row = sheet.createRow(r++);
            text(row, 0, t(locale, line[0]), styles.total);
            for (int c = 0; c < matrix.totals().size(); c++) {
                QuarterTotals totals = matrix.totals().get(c);
                long count = switch (line[1]) {
                    case "submitted" -> totals.submitted();
                    case "onTime" -> totals.onTime();
                    case "late" -> totals.late();
                    default -> totals.missing();
                };
                text(row, 1 + c, t(locale, "export.completeness.of", String.valueOf(count),
                        String.valueOf(totals.expected())), styles.total);
            }
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A number cell, or a blank one (never a zero) when there is no value. */
    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    /** The cell styles of an export, one per kind and number format. */
    private static final class Styles {
        final SXSSFWorkbook book;
        final CellStyle title;
        final CellStyle header;
        final CellStyle total;
        final CellStyle date;
        final Map<String, CellStyle> numbers = new java.util.HashMap<>();
        final Font bold;

        Styles(SXSSFWorkbook book) {
            this.book = book;
            bold = book.createFont();
            bold.setBold(true);
            title = book.createCellStyle();
            title.setFont(bold);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            total = book.createCellStyle();
            total.setFont(bold);
            date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat(DATE_FORMAT));
        }

        CellStyle number(Indicator indicator, boolean isTotal) {
            int decimals = indicator.decimals();
            int max = indicator.computed() || indicator.type() == IndicatorType.COUNT ? decimals : 6;
            return numbers.computeIfAbsent(decimals + "/" + max + "/" + isTotal, key -> {
                CellStyle style = book.createCellStyle();
                style.setDataFormat(book.createDataFormat().getFormat(ReportTemplate.numberFormat(decimals, max)));
                if (isTotal) {
                    style.setFont(bold);
                }
                return style;
            });
        }
    }

    // ------------------------------------------------------------------------------------------------ CSV

    static void csv(Data data, OutputStream out) throws IOException {
        Locale locale = data.locale();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        FormDefinition form = data.quarters().get(0).totals().form();
        List<Indicator> columns = columns(form);
        List<String> header = new ArrayList<>(List.of(t(locale, "export.column.period"),
                t(locale, "export.column.organisation"), t(locale, "export.column.inn"),
                t(locale, "export.column.status"), t(locale, "export.column.submitted"),
                t(locale, "export.column.timeliness")));
        for (Indicator indicator : columns) {
            header.add(indicator.code() + " " + named(indicator, locale));
        }
        header.add(form.commentIndicator().map(i -> i.code() + " " + named(i, locale)).orElse("N01"));
        line(writer, header);
        for (QuarterPart part : data.quarters()) {
            List<Indicator> own = columns(part.totals().form());
            for (OrganisationLine organisation : part.lines()) {
                List<String> fields = new ArrayList<>(List.of(part.quarter().toString(),
                        safe(organisation.organisation()), organisation.inn() == null ? "" : organisation.inn(),
                        status(organisation.status(), locale),
                        organisation.submittedAt() == null ? ""
                                : CSV_TIME.format(organisation.submittedAt().atZone(data.zone())),
                        organisation.timeliness() == null ? ""
                                : t(locale, "export.timeliness." + organisation.timeliness())));
                for (Indicator indicator : columns) {
                    boolean known = own.stream().anyMatch(i -> i.code().equals(indicator.code()));
                    fields.add(known ? decimal((indicator.computed() ? organisation.computed()
                            : organisation.values()).get(indicator.code())) : "");
                }
                fields.add(organisation.comment() == null ? "" : safe(organisation.comment()));
                line(writer, fields);
            }
            Figures totals = part.totals().figures();
            List<String> fields = new ArrayList<>(List.of(part.quarter().toString(), t(locale, "export.totals"), "",
                    t(locale, "export.totals-counted", String.valueOf(part.totals().reports()),
                            String.valueOf(part.totals().expected()), counted(data)),
                    "", ""));
            for (Indicator indicator : columns) {
                Total total = (indicator.computed() ? totals.computed() : totals.values()).get(indicator.code());
                fields.add(total == null ? "" : decimal(total.value()));
            }
            fields.add("");
            line(writer, fields);
        }
        writer.flush();
    }

    private static void line(Writer writer, List<String> fields) throws IOException {
        Csv.line(writer, fields);
    }

    static String safe(String text) {
        return Csv.safe(text);
    }

    /** A number with a decimal comma and no grouping ({@code -1234,5}); blank for null. */
    static String decimal(BigDecimal value) {
        return value == null ? "" : Numbers.normal(value).toPlainString().replace('.', ',');
    }

    // ------------------------------------------------------------------------------------------------ shared

    /** The indicators an export has a column for: every entered and computed number of the form, in its order. */
    private static List<Indicator> columns(FormDefinition form) {
        return form.indicators().stream().filter(i -> i.type() != IndicatorType.TEXT).toList();
    }

    private static String named(Indicator indicator, Locale locale) {
        boolean english = Locale.ENGLISH.equals(locale);
        String unit = english ? indicator.unitEn() : indicator.unitRu();
        String name = english ? indicator.nameEn() : indicator.nameRu();
        return unit == null ? name : name + ", " + unit;
    }

    private static String status(ReportStatus status, Locale locale) {
        return t(locale, status == null ? "export.no-report" : "export.status." + status);
    }

    private static String counted(Data data) {
        return t(data.locale(), data.includeSubmitted() ? "export.counted.submitted" : "export.counted.accepted");
    }

    private static String note(Data data) {
        return data.linesShown() ? t(data.locale(), "export.lines-note", counted(data))
                : t(data.locale(), "export.no-lines-note", counted(data));
    }

    private static String t(Locale locale, String key, Object... args) {
        return ReportTemplate.text(locale, key, args);
    }
}
