package ru.karta.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import ru.karta.common.ZipLimits;

/**
 * A roadmap's table from a Word document (DOCX): the paragraphs above the first table are its title; the table is the
 * first whose header names the activity and its deadline or responsible, continued by the tables right after it that
 * have as many columns (Word splits long tables). Cells merged across columns take the grid columns they span (the
 * text in the first); cells merged down repeat the text of the cell where the merge starts; a cell's paragraphs are
 * its lines.
 */
final class DocxTables {

    /** Thrown when the file is not a readable Word document; the message key says why. */
    static final class Unreadable extends Exception {
        final String messageKey;

        Unreadable(String messageKey, Throwable cause) {
            super(messageKey, cause, false, false);
            this.messageKey = messageKey;
        }
    }

    private DocxTables() {
    }

    static SourceTable read(InputStream in) throws Unreadable {
        ZipLimits.apply();
        try (XWPFDocument document = new XWPFDocument(in)) {
            List<String> preamble = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            int width = -1;
            boolean inTable = false;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    if (!inTable && rows.isEmpty() && !paragraph.getText().isBlank()) {
                        preamble.add(paragraph.getText().strip());
                    }
                    continue;
                }
                if (!(element instanceof XWPFTable table)) {
                    continue;
                }
                List<List<String>> grid = grid(table);
                if (grid.isEmpty()) {
                    continue;
                }
                int w = grid.stream().mapToInt(List::size).max().orElse(0);
                if (rows.isEmpty()) {
                    if (new SourceTable(preamble, SourceTable.clean(grid)).header() != null) {
                        rows.addAll(grid);
                        width = w;
                        inTable = true;
                    }
                } else if (w == width) {
                    rows.addAll(grid);
                } else {
                    break;
                }
            }
            return new SourceTable(preamble, SourceTable.clean(rows));
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("exceeds the max") || message.contains("max entry")
                    || message.contains("maxentrysize") || message.contains("too many entries")) {
                throw new Unreadable("problem.roadmap-import.zip-bomb", e);
            }
            throw new Unreadable("problem.roadmap-import.unreadable-docx", e);
        }
    }

    /** The table as a grid: every row as wide as its grid columns, merges resolved. */
    private static List<List<String>> grid(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        Map<Integer, String> above = new HashMap<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null
                        ? Math.max(1, pr.getGridSpan().getVal().intValue())
                        : 1;
                boolean continued = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                int column = cells.size();
                String text = continued ? above.getOrDefault(column, "") : text(cell);
                cells.add(text);
                above.put(column, text);
                for (int i = 1; i < span; i++) {
                    cells.add("");
                    above.put(column + i, "");
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String text(XWPFTableCell cell) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(paragraph.getText());
        }
        return text.toString();
    }
}
