package ru.karta.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The plain-text export of a Word table, as the 2017 seed is: the title first, then the cells, each starting on a line
 * that begins with a tab and running over the lines that follow (a cell's paragraphs). The header is the leading cells
 * that name columns (in any order); every row has as many cells as the header. A file of tab-separated rows,
 * one per line, is read too.
 */
final class TextTables {

    private static final Pattern ITEM_NUMBER = Pattern.compile("\\d+(\\.\\d+)*\\.?");
    /** The last line of Word's text export may be the page number. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\n\\s*\\d{1,4}\\s*$");

    private TextTables() {
    }

    static SourceTable read(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!t.isEmpty() && t.charAt(0) == '\ufeff') {
            t = t.substring(1);
        }
        t = PAGE_NUMBER.matcher(t).replaceFirst("\n");
        List<String> lines = List.of(t.split("\n", -1));
        boolean cellPerLine = lines.stream().anyMatch(l -> l.startsWith("\t"));
        return cellPerLine ? cells(lines) : tabSeparated(lines);
    }

    private static SourceTable cells(List<String> lines) {
        List<String> preamble = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = null;
        for (String line : lines) {
            if (line.startsWith("\t")) {
                if (cell != null) {
                    cells.add(SourceTable.tidy(cell.toString()));
                }
                cell = new StringBuilder(line.substring(1));
            } else if (cell != null) {
                cell.append('\n').append(line);
            } else if (!line.isBlank()) {
                preamble.add(line.strip());
            }
        }
        if (cell != null) {
            cells.add(SourceTable.tidy(cell.toString()));
        }
        // the header: its leading cells that name a column, each once, whatever their order; failing that, the
        // cells before the first item's number
        int width = 0;
        java.util.Set<SourceTable.Column> named = java.util.EnumSet.noneOf(SourceTable.Column.class);
        while (width < cells.size() && SourceTable.columnOf(cells.get(width)) != null
                && named.add(SourceTable.columnOf(cells.get(width)))) {
            width++;
        }
        if (width < 2) {
            width = 0;
            while (width < cells.size() && !ITEM_NUMBER.matcher(cells.get(width)).matches()) {
                width++;
            }
        }
        List<List<String>> rows = new ArrayList<>();
        if (width == 0 || width == cells.size()) {
            return new SourceTable(preamble, rows);
        }
        rows.add(cells.subList(0, width));
        for (int i = width; i < cells.size(); i += width) {
            List<String> row = new ArrayList<>(cells.subList(i, Math.min(i + width, cells.size())));
            while (row.size() < width) {
                row.add("");
            }
            rows.add(row);
        }
        return new SourceTable(preamble, SourceTable.clean(rows));
    }

    private static SourceTable tabSeparated(List<String> lines) {
        List<String> preamble = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.indexOf('\t') >= 0) {
                rows.add(List.of(line.split("\t", -1)));
            } else if (rows.isEmpty() && !line.isBlank()) {
                preamble.add(line.strip());
            }
        }
        return new SourceTable(preamble, SourceTable.clean(rows));
    }
}
