package ru.karta.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A roadmap's table as a document holds it, before anything is understood: the text above the table (its title) and
 * the rows of cells, each cell's paragraphs joined by line breaks. {@link #columns()} recognises the header by its
 * words, whatever the column order.
 */
public record SourceTable(List<String> preamble, List<List<String>> rows) {

    /** The columns a roadmap's table has, recognised by the words of their headers. */
    public enum Column {
        NUMBER, ACTIVITY, DEADLINE, RESPONSIBLE, ASSISTING, RESULT, NOTE
    }

    /** The header found: the row it is on and which column of the table is which. */
    public record Header(int row, Map<Column, Integer> columns) {
        String cell(List<String> row, Column column) {
            Integer at = columns.get(column);
            return at == null || at >= row.size() ? "" : row.get(at);
        }
    }

    /** The first row, among the first few, that names at least the activity and its deadline or responsible. */
    public Header header() {
        for (int r = 0; r < Math.min(rows.size(), 6); r++) {
            Map<Column, Integer> found = new EnumMap<>(Column.class);
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Column column = columnOf(row.get(c));
                if (column != null && !found.containsKey(column)) {
                    found.put(column, c);
                }
            }
            if (found.containsKey(Column.ACTIVITY)
                    && (found.containsKey(Column.DEADLINE) || found.containsKey(Column.RESPONSIBLE))) {
                return new Header(r, found);
            }
        }
        return null;
    }

    /** The column a header cell names, or null. */
    static Column columnOf(String header) {
        String h = header.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ").strip();
        if (h.isEmpty()) {
            return null;
        }
        if (h.startsWith("№") || h.contains("п/п") || h.equals("n") || h.startsWith("номер")) {
            return Column.NUMBER;
        }
        if (h.contains("содейств") || h.contains("соисполн") || h.contains("участвующ")) {
            return Column.ASSISTING;
        }
        if (h.contains("ответствен") || h.contains("исполнител")) {
            return Column.RESPONSIBLE;
        }
        if (h.contains("срок")) {
            return Column.DEADLINE;
        }
        if (h.contains("результат") || h.contains("показател")) {
            return Column.RESULT;
        }
        if (h.contains("примечан") || h.contains("комментар")) {
            return Column.NOTE;
        }
        if (h.contains("мероприят") || h.contains("наименование") || h.contains("работ")
                || h.contains("содержание")) {
            return Column.ACTIVITY;
        }
        return null;
    }

    /** Trims every cell and drops rows with nothing in them. */
    static List<List<String>> clean(List<List<String>> rows) {
        List<List<String>> kept = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> cells = row.stream().map(SourceTable::tidy).toList();
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                kept.add(cells);
            }
        }
        return kept;
    }

    /** A cell's text: non-breaking spaces as spaces, each line trimmed, runs of blank lines as one. */
    static String tidy(String cell) {
        String text = cell.replace('\u00a0', ' ').replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) {
                blank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank ? "\n\n" : "\n");
            }
            out.append(t);
            blank = false;
        }
        return out.toString();
    }
}
