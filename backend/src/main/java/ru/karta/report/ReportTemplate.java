package ru.karta.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ru.karta.common.ApiException;
import ru.karta.common.ApiException.FieldProblem;
import ru.karta.common.Messages;
import ru.karta.common.StrictJson;
import ru.karta.report.FormDefinition.Formula;
import ru.karta.report.FormDefinition.Indicator;
import ru.karta.report.FormDefinition.IndicatorType;
import ru.karta.report.FormDefinition.Rule;
import ru.karta.report.FormDefinition.Section;

/**
 * A report as a spreadsheet a person fills in Excel or LibreOffice, and that spreadsheet read back.
 * <p>
 * <b>The template</b> is one sheet: the form's title, the organisation, the quarter, the form version and the report
 * id at the top; then a row per indicator under its section: code, name, unit, the value cell and the form's rules
 * in words. Only the value cells of entered indicators (and the comment N01) are open for typing: they take numbers
 * (a data validation refuses text), blank meaning "not reported"; computed indicators are formulas of the form's
 * arithmetic, read-only. The sheet is protected without a password, so nothing else is changed by accident.
 * Workbook names ({@value #NAME_REPORT}, {@value #NAME_PERIOD}, {@value #NAME_FORM}, {@value #NAME_TABLE}) point at the
 * cells the reader needs, wherever a person moves them.
 * <p>
 * <b>Reading</b> trusts nothing: it must be an XLSX package (not .xls, .ods or anything else), within the zip-bomb
 * limits set here, with the names above, of this report, period and form version, every entered indicator of the form
 * on a row of its own, and a number (or a blank) in each value cell. Every problem is a 400 naming the file, the
 * cell or the value ({@code values.R03}); nothing a file holds can cause a 500.
 */
final class ReportTemplate {

    static final String NAME_REPORT = "Karta_Report";
    static final String NAME_PERIOD = "Karta_Period";
    static final String NAME_FORM = "Karta_FormVersion";
    static final String NAME_TABLE = "Karta_Table";
    /** Columns of the indicator table. */
    static final int CODE = 0;
    static final int NAME = 1;
    static final int UNIT = 2;
    static final int VALUE = 3;
    static final int RULES = 4;
    /** The most rows after the table's header that are read: a form has a few dozen indicators. */
    static final int MAX_ROWS = 400;
    /** The most characters of the comment (as PUT). */
    static final int MAX_COMMENT = 4000;
    private static final Pattern NUMBER_TEXT = Pattern.compile("[-−]?\\d+([.,]\\d+)?");

    static {
        ru.karta.common.ZipLimits.apply();
    }

    private ReportTemplate() {
    }

    /** What a template shows: the report's form, identity and current content. */
    record Content(FormDefinition form, UUID reportId, Quarter period, String organisationName,
            Map<String, BigDecimal> values, String comment) {
    }

    /** What a filled template says: every entered numeric indicator by code (null when blank) and the comment. */
    record Filled(Map<String, BigDecimal> values, String comment) {
    }

    // ------------------------------------------------------------------------------------------------ writing

    static byte[] write(Content content, Locale locale) {
        FormDefinition form = content.form();
        boolean english = Locale.ENGLISH.equals(locale);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String sheetName = text(locale, "template.sheet");
            XSSFSheet sheet = book.createSheet(sheetName);
            Styles styles = new Styles(book);
            sheet.setColumnWidth(CODE, 8 * 256);
            sheet.setColumnWidth(NAME, 58 * 256);
            sheet.setColumnWidth(UNIT, 16 * 256);
            sheet.setColumnWidth(VALUE, 18 * 256);
            sheet.setColumnWidth(RULES, 62 * 256);

            int r = 0;
            XSSFRow title = sheet.createRow(r++);
            cell(title, CODE, english ? form.titleEn() : form.titleRu(), styles.title);
            title.setHeightInPoints(32);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, CODE, RULES));
            r = header(sheet, r, text(locale, "template.organisation"), content.organisationName(), null, styles);
            int periodRow = r;
            r = header(sheet, r, text(locale, "template.period"), content.period().toString(),
                    quarterLabel(content.period(), locale), styles);
            int formRow = r;
            XSSFRow formVersion = sheet.createRow(r++);
            cell(formVersion, CODE, text(locale, "template.form-version"), styles.label);
            formVersion.createCell(NAME).setCellValue(form.version());
            formVersion.getCell(NAME).setCellStyle(styles.left);
            int reportRow = r;
            r = header(sheet, r, text(locale, "template.report"), content.reportId().toString(),
                    text(locale, "template.report-note"), styles);
            XSSFRow note = sheet.createRow(r++);
            cell(note, CODE, (english ? form.noteEn() : form.noteRu()) + " " + text(locale, "template.note"),
                    styles.note);
            note.setHeightInPoints(46);
            sheet.addMergedRegion(new CellRangeAddress(note.getRowNum(), note.getRowNum(), CODE, RULES));
            r++;

            int headerRow = r;
            XSSFRow header = sheet.createRow(r++);
            String[] columns = { "template.column.code", "template.column.name", "template.column.unit",
                    "template.column.value", "template.column.rules" };
            for (int c = 0; c < columns.length; c++) {
                cell(header, c, text(locale, columns[c]), styles.header);
            }

            // where each indicator's value cell is, for the computed rows' formulas
            Map<String, Integer> rowOf = new HashMap<>();
            int first = r;
            for (Section section : form.sections()) {
                if (form.indicators().stream().anyMatch(i -> i.section().equals(section.code()))) {
                    first++;
                    for (Indicator indicator : form.indicators()) {
                        if (indicator.section().equals(section.code())) {
                            rowOf.put(indicator.code(), first++);
                        }
                    }
                }
            }
            Map<String, BigDecimal> computed = ReportRules.compute(form, content.values());
            Map<String, List<String>> rules = rulesInWords(form, locale);
            XSSFDataValidationHelper validations = new XSSFDataValidationHelper(sheet);
            for (Section section : form.sections()) {
                List<Indicator> indicators = form.indicators().stream()
                        .filter(i -> i.section().equals(section.code())).toList();
                if (indicators.isEmpty()) {
                    continue;
                }
                XSSFRow sectionRow = sheet.createRow(r++);
                cell(sectionRow, NAME, english ? section.nameEn() : section.nameRu(), styles.section);
                for (Indicator indicator : indicators) {
                    XSSFRow row = sheet.createRow(r++);
                    cell(row, CODE, indicator.code(), styles.code);
                    cell(row, NAME, english ? indicator.nameEn() : indicator.nameRu(), styles.wrap);
                    String unit = english ? indicator.unitEn() : indicator.unitRu();
                    cell(row, UNIT, unit == null ? "" : unit, styles.wrap);
                    cell(row, RULES, String.join("; ", rules.getOrDefault(indicator.code(), List.of())), styles.wrap);
                    Cell value = row.createCell(VALUE);
                    if (indicator.computed()) {
                        value.setCellStyle(styles.computed(indicator.decimals()));
                        value.setCellFormula(formula(indicator, rowOf));
                        BigDecimal result = computed.get(indicator.code());
                        if (result != null) {
                            value.setCellValue(result.doubleValue());
                        }
                    } else if (indicator.type() == IndicatorType.TEXT) {
                        value.setCellStyle(styles.comment);
                        if (content.comment() != null) {
                            value.setCellValue(content.comment());
                        }
                        row.setHeightInPoints(75);
                    } else {
                        value.setCellStyle(styles.input(indicator));
                        BigDecimal entered = content.values().get(indicator.code());
                        if (entered != null) {
                            value.setCellValue(entered.doubleValue());
                        }
                        sheet.addValidationData(validation(validations, indicator, value, locale));
                    }
                }
            }
            sheet.createFreezePane(0, headerRow + 1);
            name(book, NAME_REPORT, sheetName, reportRow, NAME);
            name(book, NAME_PERIOD, sheetName, periodRow, NAME);
            name(book, NAME_FORM, sheetName, formRow, NAME);
            name(book, NAME_TABLE, sheetName, headerRow, CODE);
            // Protected without a password: only the value cells take input; Review → Unprotect lifts it.
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            sheet.lockFormatCells(false);
            sheet.enableLocking();
            book.setForceFormulaRecalculation(true);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a report template", e);
        }
    }

    private static int header(XSSFSheet sheet, int r, String label, String value, String note, Styles styles) {
        XSSFRow row = sheet.createRow(r);
        cell(row, CODE, label, styles.label);
        cell(row, NAME, value, styles.left);
        if (note != null) {
            cell(row, UNIT, note, styles.note);
            sheet.addMergedRegion(new CellRangeAddress(r, r, UNIT, RULES));
        }
        return r + 1;
    }

    private static void cell(Row row, int column, String value, XSSFCellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void name(XSSFWorkbook book, String name, String sheet, int row, int column) {
        XSSFName defined = book.createName();
        defined.setNameName(name);
        defined.setRefersToFormula("'" + sheet.replace("'", "''") + "'!"
                + new CellReference(row, column, true, true).formatAsString());
    }

    /**
     * The computed indicator as the form computes it ({@link ReportRules#apply}): numerator × multiplier /
     * (denominator × divisor), rounded to its decimals; empty while a part is blank or the denominator zero.
     */
    static String formula(Indicator indicator, Map<String, Integer> rowOf) {
        Formula f = indicator.formula();
        String n = new CellReference(rowOf.get(f.numerator()), VALUE).formatAsString();
        String d = new CellReference(rowOf.get(f.denominator()), VALUE).formatAsString();
        return "IF(AND(ISNUMBER(%1$s),ISNUMBER(%2$s)),IF(%2$s=0,\"\",ROUND(%1$s*%3$s/(%2$s*%4$s),%5$d)),\"\")"
                .formatted(n, d, f.multiplier().toPlainString(), f.divisor().toPlainString(), indicator.decimals());
    }

    private static DataValidation validation(XSSFDataValidationHelper helper, Indicator indicator, Cell cell,
            Locale locale) {
        String max = ReportService.MAX_VALUE.subtract(BigDecimal.ONE).toPlainString();
        DataValidationConstraint constraint = indicator.type() == IndicatorType.COUNT
                ? helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "-" + max, max)
                : helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "-" + max, max);
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(cell.getRowIndex(), cell.getRowIndex(), VALUE, VALUE));
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.createErrorBox(text(locale, "template.invalid-title"), text(locale,
                indicator.type() == IndicatorType.COUNT ? "template.invalid-count" : "template.invalid-number"));
        return validation;
    }

    /** Each indicator's rules as a person reads them, from the form's rules. */
    static Map<String, List<String>> rulesInWords(FormDefinition form, Locale locale) {
        boolean english = Locale.ENGLISH.equals(locale);
        Map<String, List<String>> words = new LinkedHashMap<>();
        java.util.function.BiConsumer<String, String> add = (code, text) -> words
                .computeIfAbsent(code, c -> new ArrayList<>()).add(text);
        java.util.function.Function<String, String> named = code -> form.indicator(code)
                .map(i -> "«" + (english ? i.nameEn() : i.nameRu()) + "» (" + code + ")").orElse(code);
        for (Rule rule : form.rules()) {
            switch (rule.kind()) {
                case REQUIRED -> rule.indicators().forEach(c -> add.accept(c, text(locale, "template.rule.required")));
                case NON_NEGATIVE -> rule.indicators()
                        .forEach(c -> add.accept(c, text(locale, "template.rule.non-negative")));
                case INTEGER -> rule.indicators().forEach(c -> add.accept(c, text(locale, "template.rule.integer")));
                case DECIMALS -> rule.indicators()
                        .forEach(c -> add.accept(c, text(locale, "template.rule.decimals", rule.max())));
                case PART_OF -> {
                    add.accept(rule.part(), text(locale, "template.rule.part-of", named.apply(rule.whole())));
                    add.accept(rule.whole(), text(locale, "template.rule.whole-of", rule.part()));
                }
                case PAIR -> {
                    add.accept(rule.a(), text(locale, "template.rule.pair", named.apply(rule.b())));
                    add.accept(rule.b(), text(locale, "template.rule.pair", named.apply(rule.a())));
                }
                case CHANGE_WARNING -> add.accept(rule.indicator(), text(locale, "template.rule.change",
                        rule.threshold().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString(),
                        form.commentIndicator().map(Indicator::code).orElse("N01")));
                default -> {
                }
            }
        }
        for (Indicator indicator : form.computedIndicators()) {
            Formula f = indicator.formula();
            StringBuilder arithmetic = new StringBuilder(f.numerator() + " / " + f.denominator());
            if (f.multiplier().compareTo(BigDecimal.ONE) != 0) {
                arithmetic.append(" × ").append(f.multiplier().stripTrailingZeros().toPlainString());
            }
            if (f.divisor().compareTo(BigDecimal.ONE) != 0) {
                arithmetic.append(" / ").append(f.divisor().stripTrailingZeros().toPlainString());
            }
            add.accept(indicator.code(), text(locale, "template.rule.computed", arithmetic));
            if (indicator.benchmark() != null) {
                add.accept(indicator.code(), text(locale, "template.rule.benchmark",
                        indicator.benchmark().minimum().stripTrailingZeros().toPlainString()));
            }
        }
        form.commentIndicator().ifPresent(c -> add.accept(c.code(), text(locale, "template.rule.comment")));
        return words;
    }

    /** The cell styles of a template, made once per workbook. */
    private static final class Styles {
        final XSSFWorkbook book;
        final XSSFCellStyle title;
        final XSSFCellStyle label;
        final XSSFCellStyle left;
        final XSSFCellStyle note;
        final XSSFCellStyle header;
        final XSSFCellStyle section;
        final XSSFCellStyle code;
        final XSSFCellStyle wrap;
        final XSSFCellStyle comment;
        final Map<String, XSSFCellStyle> formats = new HashMap<>();

        Styles(XSSFWorkbook book) {
            this.book = book;
            XSSFFont bold = book.createFont();
            bold.setBold(true);
            XSSFFont big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = style(big, true);
            label = style(bold, false);
            left = style(null, false);
            left.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            note = style(null, true);
            header = style(bold, true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(header);
            section = style(bold, false);
            code = style(bold, false);
            border(code);
            wrap = style(null, true);
            border(wrap);
            comment = style(null, true);
            comment.setLocked(false);
            comment.setDataFormat(book.createDataFormat().getFormat("@"));
            comment.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            comment.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(comment);
        }

        private XSSFCellStyle style(XSSFFont font, boolean wrapText) {
            XSSFCellStyle style = book.createCellStyle();
            if (font != null) {
                style.setFont(font);
            }
            style.setWrapText(wrapText);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        private static void border(XSSFCellStyle style) {
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }

        /** A value cell that takes input: unlocked, light yellow, numbers shown with the indicator's decimals. */
        XSSFCellStyle input(Indicator indicator) {
            return formats.computeIfAbsent("in" + indicator.decimals() + indicator.type(), k -> {
                XSSFCellStyle style = style(null, false);
                style.setLocked(false);
                style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                // more decimals than the form allows stay visible, so what is read back is what a person sees
                style.setDataFormat(book.createDataFormat().getFormat(indicator.type() == IndicatorType.COUNT
                        ? "General" : numberFormat(indicator.decimals(), 6)));
                border(style);
                return style;
            });
        }

        XSSFCellStyle computed(int decimals) {
            return formats.computeIfAbsent("out" + decimals, k -> {
                XSSFCellStyle style = style(null, false);
                style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                style.setDataFormat(book.createDataFormat().getFormat(numberFormat(decimals, decimals)));
                border(style);
                return style;
            });
        }
    }

    /** "#,##0.0#####": at least {@code decimals}, at most {@code max} decimal places, thousands grouped. */
    static String numberFormat(int decimals, int max) {
        if (max == 0) {
            return "#,##0";
        }
        return "#,##0." + "0".repeat(decimals) + "#".repeat(Math.max(0, max - decimals));
    }

    /** "II квартал 2017" / "Q2 2017". */
    static String quarterLabel(Quarter quarter, Locale locale) {
        return text(locale, "export.quarter", new String[] { "I", "II", "III", "IV" }[quarter.quarter() - 1],
                String.valueOf(quarter.year()), quarter.quarter());
    }

    static String text(Locale locale, String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    // ------------------------------------------------------------------------------------------------ reading

    /**
     * Reads a filled template of the report {@code reportId} for {@code period} in {@code form}: every entered
     * numeric indicator's value (null when blank) and the comment. A 400 naming the problem for anything else.
     */
    static Filled read(byte[] file, FormDefinition form, UUID reportId, Quarter period, Locale locale) {
        if (file.length == 0) {
            throw fileProblem("problem.import.empty");
        }
        FileMagic magic = FileMagic.valueOf(file);
        if (magic == FileMagic.OLE2) {
            throw fileProblem("problem.import.xls");
        }
        if (magic != FileMagic.OOXML) {
            throw fileProblem("problem.import.not-xlsx");
        }
        if (openDocument(file)) {
            throw fileProblem("problem.import.ods");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            return read(book, form, reportId, period, locale);
        } catch (ApiException e) {
            throw e;
        } catch (ODFNotOfficeXmlFileException e) {
            throw fileProblem("problem.import.ods");
        } catch (IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String message = String.valueOf(t.getMessage());
                if (message.contains("Zip bomb") || message.contains("exceed") || message.contains("MaxFileCount")) {
                    throw fileProblem("problem.import.too-large-inside");
                }
            }
            throw fileProblem("problem.import.not-xlsx");
        }
    }

    /** An OpenDocument package starts with its media type, stored: "mimetypeapplication/vnd.oasis.opendocument…". */
    private static boolean openDocument(byte[] file) {
        String start = new String(file, 0, Math.min(file.length, 120), java.nio.charset.StandardCharsets.ISO_8859_1);
        return start.contains("mimetypeapplication/vnd.oasis.opendocument");
    }

    private static Filled read(XSSFWorkbook book, FormDefinition form, UUID reportId, Quarter period,
            Locale locale) {
        Cell periodCell = named(book, NAME_PERIOD);
        Cell reportCell = named(book, NAME_REPORT);
        Cell formCell = named(book, NAME_FORM);
        Cell tableCell = named(book, NAME_TABLE);
        if (periodCell == null || reportCell == null || formCell == null || tableCell == null) {
            throw fileProblem("problem.import.not-a-template");
        }
        String filePeriod = plain(periodCell);
        if (!period.toString().equals(filePeriod)) {
            throw fileProblem("problem.import.other-period", shorten(filePeriod), period.toString());
        }
        if (!reportId.toString().equalsIgnoreCase(plain(reportCell))) {
            throw fileProblem("problem.import.other-report", period.toString());
        }
        String fileForm = plain(formCell);
        if (!String.valueOf(form.version()).equals(fileForm)) {
            throw fileProblem("problem.import.other-form", shorten(fileForm), form.version());
        }

        XSSFSheet sheet = (XSSFSheet) tableCell.getSheet();
        int header = tableCell.getRowIndex();
        if (sheet.getLastRowNum() - header > MAX_ROWS) {
            throw fileProblem("problem.import.too-many-rows", MAX_ROWS);
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        String comment = null;
        List<FieldProblem> problems = new ArrayList<>();
        for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String code = row == null ? "" : plain(row.getCell(tableCell.getColumnIndex() + CODE)).toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            String field = "values." + shorten(code);
            var indicator = form.indicator(code);
            if (indicator.isEmpty()) {
                problems.add(new FieldProblem(field, "problem.import.unknown-code", shorten(code), r + 1,
                        form.version()));
                continue;
            }
            Integer earlier = seen.put(code, r + 1);
            if (earlier != null) {
                problems.add(new FieldProblem(field, "problem.import.duplicate-code", code, earlier, r + 1));
                continue;
            }
            Cell cell = row.getCell(tableCell.getColumnIndex() + VALUE);
            String address = new CellReference(r, tableCell.getColumnIndex() + VALUE).formatAsString();
            if (indicator.get().computed()) {
                continue; // derived, never read
            }
            if (indicator.get().type() == IndicatorType.TEXT) {
                comment = comment(cell, address, problems);
                continue;
            }
            try {
                values.put(code, number(cell));
            } catch (NotANumber e) {
                problems.add(new FieldProblem(field, e.key, address, shorten(e.text)));
            }
        }
        for (Indicator indicator : form.enteredNumbers()) {
            if (!seen.containsKey(indicator.code())) {
                problems.add(new FieldProblem("values." + indicator.code(), "problem.import.missing-code",
                        indicator.code()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(400, "invalid-request", "problem.import.invalid", new Object[] { problems.size() },
                    problems, null);
        }
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        for (Indicator indicator : form.enteredNumbers()) {
            ordered.put(indicator.code(), values.get(indicator.code()));
        }
        return new Filled(ordered, comment);
    }

    private static String comment(Cell cell, String address, List<FieldProblem> problems) {
        String text = cell == null ? "" : switch (effectiveType(cell)) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> Numbers.normal(BigDecimal.valueOf(cell.getNumericCellValue())).toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
        String comment = text.strip();
        if (comment.length() > MAX_COMMENT) {
            problems.add(new FieldProblem("comment", "problem.import.comment-too-long", address, MAX_COMMENT));
        } else if (StrictJson.forbiddenCharacter(comment) >= 0) {
            problems.add(new FieldProblem("comment", "problem.json.control-characters"));
        }
        return comment.isEmpty() ? null : comment;
    }

    /** Why a value cell is not a number: the message key and what the cell held. */
    private static final class NotANumber extends Exception {
        final String key;
        final String text;

        NotANumber(String key, String text) {
            super(key, null, false, false);
            this.key = key;
            this.text = text;
        }
    }

    /**
     * A value cell as a number, null when blank. A number, or the number a formula gives; text only when it is
     * a number written out ("1 234,5", "1234.5": spaces group thousands, a comma or a point before the decimals).
     * At most six decimal places are kept (what a spreadsheet's binary number carries beyond that is noise).
     */
    static BigDecimal number(Cell cell) throws NotANumber {
        if (cell == null) {
            return null;
        }
        BigDecimal number;
        switch (effectiveType(cell)) {
            case BLANK:
                return null;
            case NUMERIC: {
                double value = cell.getNumericCellValue();
                if (!Double.isFinite(value)) {
                    throw new NotANumber("problem.import.not-a-number", String.valueOf(value));
                }
                number = BigDecimal.valueOf(value).setScale(ReportService.MAX_DECIMALS, RoundingMode.HALF_UP);
                break;
            }
            case STRING: {
                String text = cell.getStringCellValue();
                String compact = text.replaceAll("[\\s\\u00a0\\u202f]", "");
                if (compact.isEmpty()) {
                    return null;
                }
                if (!NUMBER_TEXT.matcher(compact).matches()) {
                    throw new NotANumber("problem.import.not-a-number", text.strip());
                }
                number = new BigDecimal(compact.replace('−', '-').replace(',', '.'));
                if (ReportRules.decimals(number) > ReportService.MAX_DECIMALS) {
                    throw new NotANumber("problem.import.too-precise", text.strip());
                }
                break;
            }
            case ERROR:
                throw new NotANumber("problem.import.formula-error", cell.getCellType() == CellType.FORMULA
                        ? "=" + cell.getCellFormula() : "#");
            case BOOLEAN:
                throw new NotANumber("problem.import.not-a-number", String.valueOf(cell.getBooleanCellValue()));
            default:
                throw new NotANumber("problem.import.not-a-number", "");
        }
        number = Numbers.normal(number);
        if (number.abs().compareTo(ReportService.MAX_VALUE) >= 0) {
            throw new NotANumber("problem.import.too-large", number.toPlainString());
        }
        return number;
    }

    /** The type of what a cell shows: a formula's cached result type for a formula. */
    private static CellType effectiveType(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    /** A metadata cell as text: "2017-Q2", a number without ".0". */
    private static String plain(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (effectiveType(cell)) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> Numbers.normal(BigDecimal.valueOf(cell.getNumericCellValue())).toPlainString();
            default -> "";
        };
    }

    /** The cell a workbook name points at, or null when there is no such name or it points nowhere. */
    private static Cell named(XSSFWorkbook book, String name) {
        XSSFName defined = book.getName(name);
        if (defined == null || defined.getRefersToFormula() == null) {
            return null;
        }
        try {
            CellReference reference = new CellReference(defined.getRefersToFormula());
            if (reference.getSheetName() == null) {
                return null;
            }
            XSSFSheet sheet = book.getSheet(reference.getSheetName());
            if (sheet == null) {
                return null;
            }
            XSSFRow row = sheet.getRow(reference.getRow());
            if (row == null) {
                return null;
            }
            return row.getCell(reference.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
        } catch (RuntimeException notACell) {
            return null;
        }
    }

    private static ApiException fileProblem(String key, Object... args) {
        return new ApiException(400, "invalid-file", "problem.import.invalid-file", null,
                List.of(new FieldProblem("file", key, args)), null);
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
