package ru.karta.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import ru.karta.common.ApiException;
import ru.karta.common.ClusterClock;
import ru.karta.common.Downloads;
import ru.karta.organisation.OrganisationRepository;
import ru.karta.roadmap.ItemParty;
import ru.karta.roadmap.ItemStatus;
import ru.karta.roadmap.Overdue;
import ru.karta.roadmap.PartyRole;
import ru.karta.roadmap.Roadmap;
import ru.karta.roadmap.RoadmapItem;
import ru.karta.roadmap.RoadmapStatus;
import ru.karta.roadmap.Roadmaps;
import ru.karta.security.Actor;

/**
 * A roadmap as the documents it goes out as: the roadmap itself (a landscape Word table in the usual layout under
 * the approval block, or a workbook), and its execution report as of a date (each item's status then, its latest
 * progress, overdue marks and evidence, and a summary by status). Whoever reads the roadmap downloads them. Both are
 * written with Apache POI; workbooks stream (SXSSF), so a roadmap of thousands of items needs little memory.
 */
@ApplicationScoped
public class RoadmapExports {

    public enum Format {
        DOCX, XLSX
    }

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The format parameter: docx (default) or xlsx. */
    public static Format format(String value) {
        String text = ru.karta.common.Params.text("format", value, 10);
        if (text == null || text.isBlank()) {
            return Format.DOCX;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "docx" -> Format.DOCX;
            case "xlsx" -> Format.XLSX;
            default -> throw ApiException.badRequest("format", "problem.param.enum", text, "docx, xlsx");
        };
    }

    static final String[] ROADMAP_HEADERS = { "№ п/п", "Мероприятие, работа", "Сроки", "Ответственный",
            "Оказание содействия", "Ожидаемый результат", "Примечание" };
    static final String[] REPORT_HEADERS = { "№ п/п", "Мероприятие", "Срок", "Ответственный", "Статус",
            "Ход исполнения", "Подтверждающие материалы" };
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy 'г.'",
            Locale.forLanguageTag("ru"));
    static final Map<ItemStatus, String> STATUS = new EnumMap<>(Map.of(ItemStatus.NOT_STARTED, "Не начато",
            ItemStatus.IN_PROGRESS, "Выполняется", ItemStatus.DONE, "Выполнено", ItemStatus.CANCELLED, "Отменено"));

    private final EntityManager em;
    private final Roadmaps visibility;
    private final OrganisationRepository organisations;
    private final AttachmentService attachments;
    private final ClusterClock clock;

    @Inject
    public RoadmapExports(EntityManager em, Roadmaps visibility, OrganisationRepository organisations,
            AttachmentService attachments, ClusterClock clock) {
        this.em = em;
        this.visibility = visibility;
        this.organisations = organisations;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** One item as a document shows it. */
    record Line(RoadmapItem item, List<String> responsible, List<String> assisting) {
    }

    /** One item's execution as of the report's date. */
    record Execution(Line line, ItemStatus status, boolean overdue, Progress latest, List<String> evidence) {
    }

    record Progress(UUID itemId, String text, ItemStatus previous, ItemStatus status, String evidenceUrl,
            String author, Instant at) {
    }

    // ------------------------------------------------------------------------------------------------ the roadmap

    @Transactional
    public Downloads.File roadmap(Actor actor, UUID roadmapId, Format format) {
        Roadmap roadmap = visibility.visible(actor, roadmapId);
        List<Line> lines = lines(roadmap);
        String base = "Дорожная карта " + roadmap.periodStart.getYear() + " " + roadmap.title;
        String ascii = "karta-roadmap-" + roadmap.periodStart.getYear();
        if (format == Format.XLSX) {
            return new Downloads.File(name(base, "xlsx"), ascii + ".xlsx", Downloads.XLSX,
                    out -> roadmapXlsx(roadmap, lines, out));
        }
        return new Downloads.File(name(base, "docx"), ascii + ".docx", DOCX, out -> roadmapDocx(roadmap, lines, out));
    }

    private void roadmapDocx(Roadmap roadmap, List<Line> lines, OutputStream out) throws IOException {
        try (XWPFDocument document = landscape()) {
            approval(document, roadmap);
            for (String line : roadmap.title.split("\n")) {
                paragraph(document, line, true, ParagraphAlignment.CENTER, 14);
            }
            if (roadmap.description != null && !roadmap.description.isBlank()) {
                paragraph(document, roadmap.description, false, ParagraphAlignment.CENTER, 11);
            }
            XWPFTable table = table(document, ROADMAP_HEADERS, new int[] { 6, 30, 10, 16, 16, 16, 6 });
            for (Line line : lines) {
                RoadmapItem item = line.item();
                XWPFTableRow row = table.createRow();
                text(row.getCell(0), item.number + ".");
                text(row.getCell(1), item.activity);
                text(row.getCell(2), item.deadlineText);
                text(row.getCell(3), String.join("\n", line.responsible()));
                text(row.getCell(4), String.join("\n", line.assisting()));
                text(row.getCell(5), nullToEmpty(item.expectedResult));
                text(row.getCell(6), nullToEmpty(item.note));
            }
            document.write(out);
        }
    }

    private void roadmapXlsx(Roadmap roadmap, List<Line> lines, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(book);
            SXSSFSheet sheet = book.createSheet("Дорожная карта");
            int[] widths = { 8, 60, 16, 40, 40, 40, 24, 14, 14 };
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            var title = sheet.createRow(0);
            cell(title, 0, roadmap.title, styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, widths.length - 1));
            title.setHeightInPoints(36);
            var header = sheet.createRow(2);
            String[] columns = { ROADMAP_HEADERS[0], ROADMAP_HEADERS[1], ROADMAP_HEADERS[2], ROADMAP_HEADERS[3],
                    ROADMAP_HEADERS[4], ROADMAP_HEADERS[5], ROADMAP_HEADERS[6], "Срок исполнения", "Статус" };
            for (int c = 0; c < columns.length; c++) {
                cell(header, c, columns[c], styles.header);
            }
            int r = 3;
            for (Line line : lines) {
                RoadmapItem item = line.item();
                var row = sheet.createRow(r++);
                cell(row, 0, item.number, styles.wrap);
                cell(row, 1, item.activity, styles.wrap);
                cell(row, 2, item.deadlineText, styles.wrap);
                cell(row, 3, String.join("\n", line.responsible()), styles.wrap);
                cell(row, 4, String.join("\n", line.assisting()), styles.wrap);
                cell(row, 5, nullToEmpty(item.expectedResult), styles.wrap);
                cell(row, 6, nullToEmpty(item.note), styles.wrap);
                if (item.dueDate != null) {
                    var due = row.createCell(7);
                    due.setCellValue(item.dueDate);
                    due.setCellStyle(styles.date);
                } else {
                    cell(row, 7, "постоянно", styles.wrap);
                }
                cell(row, 8, STATUS.get(item.status), styles.wrap);
            }
            sheet.createFreezePane(0, 3);
            sheet.setAutoFilter(new CellRangeAddress(2, Math.max(2, r - 1), 0, columns.length - 1));
            book.write(out);
        } finally {
            book.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ execution

    @Transactional
    public Downloads.File execution(Actor actor, UUID roadmapId, LocalDate asOf, Format format) {
        Roadmap roadmap = visibility.visible(actor, roadmapId);
        LocalDate day = asOf == null ? clock.today() : asOf;
        if (day.getYear() < 1990 || day.getYear() > 2200) {
            throw ApiException.badRequest("asOf", "problem.export.as-of-range");
        }
        List<Execution> executions = executions(roadmap, day);
        String base = "Отчёт об исполнении " + roadmap.periodStart.getYear() + " на " + DAY.format(day);
        String ascii = "karta-execution-" + roadmap.periodStart.getYear() + "-" + day;
        if (format == Format.XLSX) {
            return new Downloads.File(name(base, "xlsx"), ascii + ".xlsx", Downloads.XLSX,
                    out -> executionXlsx(roadmap, day, executions, out));
        }
        return new Downloads.File(name(base, "docx"), ascii + ".docx", DOCX,
                out -> executionDocx(roadmap, day, executions, out));
    }

    List<Execution> executions(Roadmap roadmap, LocalDate day) {
        List<Line> lines = lines(roadmap);
        Instant end = day.plusDays(1).atStartOfDay(clock.zone()).toInstant();
        Map<UUID, List<Progress>> progress = progress(roadmap.id);
        Map<UUID, List<String>> files = attachments.namesByItem(roadmap.id, end);
        List<Execution> executions = new ArrayList<>();
        for (Line line : lines) {
            List<Progress> updates = progress.getOrDefault(line.item().id, List.of());
            Progress latest = null;
            ItemStatus status = null;
            List<String> evidence = new ArrayList<>();
            for (Progress p : updates) {
                if (p.at().isBefore(end)) {
                    latest = p;
                    if (p.status() != null) {
                        status = p.status();
                    }
                    if (p.evidenceUrl() != null && !p.evidenceUrl().isBlank()) {
                        evidence.add(p.evidenceUrl());
                    }
                } else if (status == null && p.status() != null) {
                    // the first change after the date says what the status was before it
                    status = p.previous() != null ? p.previous() : ItemStatus.NOT_STARTED;
                }
            }
            if (status == null) {
                status = line.item().createdAt.isBefore(end) ? line.item().status : ItemStatus.NOT_STARTED;
            }
            evidence.addAll(files.getOrDefault(line.item().id, List.of()));
            executions.add(new Execution(line, status, Overdue.test(line.item().dueDate, status, day), latest,
                    evidence));
        }
        return executions;
    }

    private void executionDocx(Roadmap roadmap, LocalDate day, List<Execution> executions, OutputStream out)
            throws IOException {
        try (XWPFDocument document = landscape()) {
            paragraph(document, "ОТЧЁТ", true, ParagraphAlignment.CENTER, 14);
            paragraph(document, "об исполнении плана мероприятий", true, ParagraphAlignment.CENTER, 12);
            paragraph(document, roadmap.title, true, ParagraphAlignment.CENTER, 12);
            paragraph(document, "по состоянию на " + LONG_DAY.format(day), false, ParagraphAlignment.CENTER, 12);
            paragraph(document, "Сводка по статусам", true, ParagraphAlignment.LEFT, 12);
            XWPFTable summary = table(document, new String[] { "Статус", "Мероприятий" }, new int[] { 40, 20 });
            for (Map.Entry<String, Long> e : summary(executions).entrySet()) {
                XWPFTableRow row = summary.createRow();
                text(row.getCell(0), e.getKey());
                text(row.getCell(1), Long.toString(e.getValue()));
            }
            paragraph(document, "", false, ParagraphAlignment.LEFT, 11);
            XWPFTable table = table(document, REPORT_HEADERS, new int[] { 6, 28, 10, 16, 10, 22, 14 });
            for (Execution e : executions) {
                RoadmapItem item = e.line().item();
                XWPFTableRow row = table.createRow();
                text(row.getCell(0), item.number + ".");
                text(row.getCell(1), item.activity);
                text(row.getCell(2), item.deadlineText);
                text(row.getCell(3), String.join("\n", e.line().responsible()));
                text(row.getCell(4), STATUS.get(e.status()) + (e.overdue() ? "\nПРОСРОЧЕНО" : ""));
                if (e.overdue()) {
                    XWPFParagraph last = row.getCell(4).getParagraphs().get(row.getCell(4).getParagraphs().size() - 1);
                    last.getRuns().forEach(run -> {
                        run.setBold(true);
                        run.setColor("B00020");
                    });
                }
                text(row.getCell(5), e.latest() == null ? "Сведений о ходе исполнения нет"
                        : DAY.format(e.latest().at().atZone(clock.zone())) + " — " + e.latest().text() + " ("
                                + e.latest().author() + ")");
                text(row.getCell(6), e.evidence().isEmpty() ? "—" : String.join("\n", e.evidence()));
            }
            document.write(out);
        }
    }

    private void executionXlsx(Roadmap roadmap, LocalDate day, List<Execution> executions, OutputStream out)
            throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(book);
            SXSSFSheet sheet = book.createSheet("Исполнение");
            int[] widths = { 8, 60, 16, 40, 16, 12, 60, 40 };
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            var title = sheet.createRow(0);
            cell(title, 0, "Отчёт об исполнении: " + roadmap.title + ", по состоянию на " + DAY.format(day),
                    styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, widths.length - 1));
            title.setHeightInPoints(36);
            String[] columns = { "№ п/п", "Мероприятие", "Срок", "Ответственный", "Статус", "Просрочено",
                    "Ход исполнения", "Подтверждающие материалы" };
            var header = sheet.createRow(2);
            for (int c = 0; c < columns.length; c++) {
                cell(header, c, columns[c], styles.header);
            }
            int r = 3;
            for (Execution e : executions) {
                RoadmapItem item = e.line().item();
                var row = sheet.createRow(r++);
                cell(row, 0, item.number, styles.wrap);
                cell(row, 1, item.activity, styles.wrap);
                cell(row, 2, item.deadlineText, styles.wrap);
                cell(row, 3, String.join("\n", e.line().responsible()), styles.wrap);
                cell(row, 4, STATUS.get(e.status()), styles.wrap);
                cell(row, 5, e.overdue() ? "да" : "нет", e.overdue() ? styles.overdue : styles.wrap);
                cell(row, 6, e.latest() == null ? ""
                        : DAY.format(e.latest().at().atZone(clock.zone())) + " — " + e.latest().text(), styles.wrap);
                cell(row, 7, String.join("\n", e.evidence()), styles.wrap);
            }
            sheet.createFreezePane(0, 3);
            sheet.setAutoFilter(new CellRangeAddress(2, Math.max(2, r - 1), 0, columns.length - 1));
            SXSSFSheet totals = book.createSheet("Сводка");
            totals.setColumnWidth(0, 30 * 256);
            totals.setColumnWidth(1, 14 * 256);
            var head = totals.createRow(0);
            cell(head, 0, "Статус", styles.header);
            cell(head, 1, "Мероприятий", styles.header);
            int t = 1;
            for (Map.Entry<String, Long> s : summary(executions).entrySet()) {
                var row = totals.createRow(t++);
                cell(row, 0, s.getKey(), styles.wrap);
                row.createCell(1).setCellValue(s.getValue());
            }
            book.write(out);
        } finally {
            book.close();
        }
    }

    /** Items by status as of the date, then overdue and in all. */
    static Map<String, Long> summary(List<Execution> executions) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (ItemStatus status : ItemStatus.values()) {
            counts.put(STATUS.get(status), executions.stream().filter(e -> e.status() == status).count());
        }
        counts.put("Просрочено", executions.stream().filter(Execution::overdue).count());
        counts.put("Всего", (long) executions.size());
        return counts;
    }

    // ------------------------------------------------------------------------------------------------ reading

    @SuppressWarnings("unchecked")
    private List<Line> lines(Roadmap roadmap) {
        List<RoadmapItem> items = em.createQuery(
                "select distinct i from RoadmapItem i left join fetch i.parties where i.roadmapId = :r order by i.sortKey",
                RoadmapItem.class).setParameter("r", roadmap.id).getResultList();
        Set<UUID> ids = new LinkedHashSet<>();
        items.forEach(i -> i.parties.forEach(p -> ids.add(p.organisationId)));
        Map<UUID, String> names = organisations.displayNames(ids);
        List<Line> lines = new ArrayList<>();
        for (RoadmapItem item : items) {
            List<String> responsible = new ArrayList<>();
            List<String> assisting = new ArrayList<>();
            for (ItemParty party : item.parties) {
                String name = names.getOrDefault(party.organisationId, party.organisationId.toString());
                String written = party.official == null ? name : name + "\n(" + party.official + ")";
                (party.role == PartyRole.RESPONSIBLE ? responsible : assisting).add(written);
            }
            lines.add(new Line(item, responsible, assisting));
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, List<Progress>> progress(UUID roadmapId) {
        List<Object[]> rows = em.createNativeQuery("""
                select p.item_id, p.text, p.previous_status, p.status, p.evidence_url, p.author_name, p.created_at
                  from progress_update p join roadmap_item i on i.id = p.item_id
                 where i.roadmap_id = :r order by p.created_at, p.id""").setParameter("r", roadmapId).getResultList();
        Map<UUID, List<Progress>> byItem = new HashMap<>();
        for (Object[] row : rows) {
            Progress p = new Progress((UUID) row[0], (String) row[1],
                    row[2] == null ? null : ItemStatus.valueOf((String) row[2]),
                    row[3] == null ? null : ItemStatus.valueOf((String) row[3]), (String) row[4], (String) row[5],
                    ru.karta.common.SqlValues.instant(row[6]));
            byItem.computeIfAbsent(p.itemId(), k -> new ArrayList<>()).add(p);
        }
        return byItem;
    }

    // ------------------------------------------------------------------------------------------------ writing

    private static XWPFDocument landscape() {
        XWPFDocument document = new XWPFDocument();
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setOrient(STPageOrientation.LANDSCAPE);
        size.setW(BigInteger.valueOf(16838));
        size.setH(BigInteger.valueOf(11906));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(850));
        margins.setLeft(BigInteger.valueOf(1134));
        margins.setRight(BigInteger.valueOf(850));
        return document;
    }

    /** "УТВЕРЖДЕНО" at the top right: the date of approval, or blanks to sign while it is a draft. */
    private void approval(XWPFDocument document, Roadmap roadmap) {
        paragraph(document, "УТВЕРЖДЕНО", true, ParagraphAlignment.RIGHT, 12);
        paragraph(document, "Ассоциация «Смоленский композитный кластер»", false, ParagraphAlignment.RIGHT, 12);
        if (roadmap.status != RoadmapStatus.DRAFT && roadmap.approvedAt != null) {
            paragraph(document, "от " + LONG_DAY.format(roadmap.approvedAt.atZone(clock.zone())), false,
                    ParagraphAlignment.RIGHT, 12);
        } else {
            paragraph(document, "_______________ / _______________", false, ParagraphAlignment.RIGHT, 12);
            paragraph(document, "«___» ____________ 20___ г.", false, ParagraphAlignment.RIGHT, 12);
        }
        paragraph(document, "", false, ParagraphAlignment.LEFT, 11);
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment,
            int size) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily("Times New Roman");
    }

    /** A table with its header row; widths in percent of the page. */
    private static XWPFTable table(XWPFDocument document, String[] headers, int[] widths) {
        XWPFTable table = document.createTable(1, headers.length);
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        width.setType(STTblWidth.PCT);
        width.setW(BigInteger.valueOf(5000));
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        int total = java.util.Arrays.stream(widths).sum();
        for (int c = 0; c < headers.length; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setWidth(Integer.toString(widths[c] * 5000 / total));
            cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.PCT);
            text(cell, headers[c]);
            cell.getParagraphs().forEach(p -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                p.getRuns().forEach(r -> r.setBold(true));
            });
        }
        return table;
    }

    /** A cell's text, a paragraph per line. */
    private static void text(XWPFTableCell cell, String text) {
        String[] lines = text.split("\n", -1);
        XWPFParagraph first = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph paragraph = i == 0 ? first : cell.addParagraph();
            paragraph.setSpacingAfter(0);
            XWPFRun run = paragraph.createRun();
            run.setText(lines[i]);
            run.setFontSize(10);
            run.setFontFamily("Times New Roman");
        }
    }

    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle header;
        final XSSFCellStyle wrap;
        final XSSFCellStyle date;
        final XSSFCellStyle overdue;

        Styles(SXSSFWorkbook book) {
            XSSFFont bold = (XSSFFont) book.createFont();
            bold.setBold(true);
            XSSFFont big = (XSSFFont) book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            XSSFFont red = (XSSFFont) book.createFont();
            red.setBold(true);
            red.setColor(IndexedColors.DARK_RED.getIndex());
            title = (XSSFCellStyle) book.createCellStyle();
            title.setFont(big);
            title.setWrapText(true);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            header = (XSSFCellStyle) book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(header);
            wrap = (XSSFCellStyle) book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            border(wrap);
            date = (XSSFCellStyle) book.createCellStyle();
            date.cloneStyleFrom(wrap);
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            overdue = (XSSFCellStyle) book.createCellStyle();
            overdue.cloneStyleFrom(wrap);
            overdue.setFont(red);
        }

        private static void border(XSSFCellStyle style) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
    }

    private static void cell(org.apache.poi.ss.usermodel.Row row, int column, String value,
            org.apache.poi.ss.usermodel.CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static String name(String base, String extension) {
        return Downloads.safeName(base) + "." + extension;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
