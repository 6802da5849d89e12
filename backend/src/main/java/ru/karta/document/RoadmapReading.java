package ru.karta.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.karta.document.OrganisationMatcher.How;
import ru.karta.document.SourceTable.Column;
import ru.karta.document.SourceTable.Header;
import ru.karta.organisation.OrganisationKind;
import ru.karta.roadmap.Deadline;
import ru.karta.roadmap.DeadlinePrecision;
import ru.karta.roadmap.Duty;
import ru.karta.roadmap.Recurrence;

/**
 * What a roadmap's table says, understood and nothing changed: each row an item with its deadline (read as people
 * write deadlines, or a warning, never a guessed date), its organisations matched to those Karta knows or proposed as
 * new (one proposal for all the ways a document writes the same name), and a warning for whatever was not
 * understood.
 */
final class RoadmapReading {

    /** A party of an item as read: matched, proposed (by key) or the member enterprises as a whole. */
    record Party(String written, String official, String match, java.util.UUID organisationId,
            String organisationName, String proposedKey) {
    }

    record Item(int index, String number, String activity, String deadlineText, Deadline deadline, Duty duty,
            List<Party> responsible, List<Party> assisting, String expectedResult, String note) {
    }

    record Proposed(String key, String fullName, OrganisationKind kind, List<String> writtenAs, int items) {
    }

    record Matched(java.util.UUID organisationId, String name, List<String> writtenAs, int items) {
    }

    /** A warning: the item's index (null for the document), the field, a message key and its arguments. */
    record Warning(Integer item, String field, String code, List<String> args) {
    }

    record Result(String title, int year, List<Item> items, List<Matched> matched, List<Proposed> proposed,
            List<Warning> warnings) {
    }

    static final int MAX_TEXT = 4000;
    /** The longest number, deadline text, official and title the roadmap keeps (the columns' sizes). */
    static final int MAX_NUMBER = 20;
    static final int MAX_DEADLINE = 200;
    static final int MAX_OFFICIAL = 300;
    static final int MAX_TITLE = 500;
    private static final Pattern NUMBER = Pattern.compile("(\\d+(\\.\\d+)*)\\.?");
    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d{2}");

    private RoadmapReading() {
    }

    /** Reads the table; {@code fallbackYear} when neither the title nor a deadline names the roadmap's year. */
    static Result read(SourceTable table, OrganisationMatcher matcher, int fallbackYear) {
        Header header = table.header();
        if (header == null) {
            return null;
        }
        String title = String.join(" ", table.preamble()).replaceAll("\\s+", " ").strip();
        int year = yearOf(title, table, header, fallbackYear);
        if (title.isEmpty()) {
            title = "Дорожная карта на " + year + " год";
        }
        if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE - 1).strip() + "…";
        }
        List<Warning> warnings = new ArrayList<>();
        for (Column needed : List.of(Column.NUMBER, Column.DEADLINE, Column.RESPONSIBLE)) {
            if (!header.columns().containsKey(needed)) {
                warnings.add(new Warning(null, "columns", "import.warning.column-missing",
                        List.of(needed.name().toLowerCase(Locale.ROOT))));
            }
        }
        Map<String, ProposedBuilder> proposed = new LinkedHashMap<>();
        Map<java.util.UUID, MatchedBuilder> matched = new LinkedHashMap<>();
        List<Item> items = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        int next = 1;
        for (int r = header.row() + 1; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            if (columnNumbers(row)) {
                continue; // the row of column numbers under the header: 1 2 3 4 5 6 7
            }
            String activity = header.cell(row, Column.ACTIVITY);
            String numberCell = header.cell(row, Column.NUMBER);
            if (activity.isEmpty()) {
                if (row.stream().filter(c -> !c.isEmpty()).count() == 1) {
                    warnings.add(new Warning(null, "rows", "import.warning.heading-skipped",
                            List.of(shorten(row.stream().filter(c -> !c.isEmpty()).findFirst().orElse("")))));
                }
                continue;
            }
            int index = items.size();
            String number;
            Matcher m = NUMBER.matcher(numberCell);
            if (m.matches() && m.group(1).length() <= MAX_NUMBER
                    && java.util.Arrays.stream(m.group(1).split("\\.")).allMatch(part -> part.length() <= 6)) {
                number = m.group(1);
            } else {
                number = Integer.toString(next);
                warnings.add(new Warning(index, "number", "import.warning.number-assigned",
                        List.of(shorten(numberCell), number)));
            }
            if (!numbers.add(number)) {
                String given = number;
                while (!numbers.add(number)) {
                    number = Integer.toString(++next);
                }
                warnings.add(new Warning(index, "number", "import.warning.number-repeated", List.of(given, number)));
            }
            try {
                next = Math.max(next, Integer.parseInt(number.split("\\.")[0]) + 1);
            } catch (NumberFormatException e) {
                next++;
            }
            String deadlineText = header.cell(row, Column.DEADLINE).replaceAll("\\s+", " ").strip();
            Deadline deadline = null;
            if (deadlineText.isEmpty()) {
                warnings.add(new Warning(index, "deadline", "import.warning.deadline-missing", List.of()));
            } else if (deadlineText.length() > MAX_DEADLINE) {
                warnings.add(new Warning(index, "deadline", "import.warning.deadline-unreadable",
                        List.of(shorten(deadlineText))));
            } else {
                try {
                    deadline = Deadline.parse(deadlineText, year);
                } catch (Deadline.Invalid e) {
                    warnings.add(new Warning(index, "deadline", "import.warning.deadline-unreadable",
                            List.of(shorten(deadlineText))));
                }
            }
            String flatActivity = activity.replaceAll("\\s*\\n\\s*", " ").strip();
            deadline = recurrenceFromActivity(deadline, flatActivity);
            Duty duty = dutyOf(deadline, flatActivity);
            List<Party> responsible = parties(header.cell(row, Column.RESPONSIBLE), matcher, proposed, matched);
            List<Party> assisting = parties(header.cell(row, Column.ASSISTING), matcher, proposed, matched);
            if (responsible.isEmpty()) {
                warnings.add(new Warning(index, "responsible", "import.warning.responsible-missing", List.of()));
            }
            String result = blankToNull(header.cell(row, Column.RESULT));
            String note = blankToNull(header.cell(row, Column.NOTE));
            for (String[] text : new String[][] { { "activity", activity }, { "expectedResult", result },
                    { "note", note } }) {
                if (text[1] != null && text[1].length() > MAX_TEXT) {
                    warnings.add(new Warning(index, text[0], "import.warning.too-long",
                            List.of(Integer.toString(text[1].length()), Integer.toString(MAX_TEXT))));
                }
            }
            items.add(new Item(index, number, activity, deadlineText, deadline, duty, responsible, assisting, result,
                    note));
        }
        if (items.isEmpty()) {
            return new Result(title, year, items, List.of(), List.of(), warnings);
        }
        List<Matched> known = matched.values().stream()
                .map(b -> new Matched(b.id, b.name, List.copyOf(b.written), b.items.size())).toList();
        List<Proposed> fresh = proposed.values().stream().map(b -> new Proposed(b.key, b.fullName,
                OrganisationMatcher.guessKind(b.fullName), List.copyOf(b.written), b.items.size())).toList();
        return new Result(title, year, items, known, fresh, warnings);
    }

    private static final class ProposedBuilder {
        String key;
        String fullName;
        Set<String> written = new java.util.LinkedHashSet<>();
        Set<Object> items = new HashSet<>();
    }

    private static final class MatchedBuilder {
        java.util.UUID id;
        String name;
        Set<String> written = new java.util.LinkedHashSet<>();
        Set<Object> items = new HashSet<>();
    }

    private static List<Party> parties(String cell, OrganisationMatcher matcher, Map<String, ProposedBuilder> proposed,
            Map<java.util.UUID, MatchedBuilder> matched) {
        List<Party> parties = new ArrayList<>();
        Object itemKey = new Object();
        for (Parties.Written written : Parties.read(cell, text -> matcher.find(text) != null)) {
            OrganisationMatcher.Match match = matcher.find(written.name());
            if (written.collective() && (match == null || match.how() == How.BEGINNING)) {
                // "участники кластера": the member enterprises, unless an organisation is called exactly so
                parties.add(new Party(written.name(), written.official(), "MEMBERS", null, null, null));
                continue;
            }
            if (match != null) {
                MatchedBuilder b = matched.computeIfAbsent(match.organisation().id(), id -> new MatchedBuilder());
                b.id = match.organisation().id();
                b.name = match.organisation().name();
                b.written.add(written.name());
                b.items.add(itemKey);
                parties.add(new Party(written.name(), written.official(),
                        match.how() == How.NAME ? "NAME" : match.how() == How.ALIAS ? "ALIAS" : "BEGINNING",
                        b.id, b.name, null));
                continue;
            }
            String key = OrganisationMatcher.normal(written.name());
            ProposedBuilder b = proposed.computeIfAbsent(key, k -> {
                ProposedBuilder fresh = new ProposedBuilder();
                fresh.key = k;
                fresh.fullName = written.name();
                return fresh;
            });
            b.written.add(written.name());
            b.items.add(itemKey);
            parties.add(new Party(written.name(), written.official(), "PROPOSED", null, b.fullName, key));
        }
        // the same organisation twice in one cell is one party
        List<Party> unique = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Party p : parties) {
            String id = p.organisationId() != null ? p.organisationId().toString()
                    : p.proposedKey() != null ? p.proposedKey() : p.match();
            if (seen.add(id)) {
                unique.add(p);
            }
        }
        return unique;
    }

    /** "Раз в квартал" in the activity with a year as the deadline: a quarterly duty over that year. */
    private static Deadline recurrenceFromActivity(Deadline deadline, String activity) {
        if (deadline == null || deadline.precision() != DeadlinePrecision.YEAR) {
            return deadline;
        }
        String a = activity.toLowerCase(Locale.ROOT).replace('ё', 'е');
        Recurrence recurrence = a.contains("ежекварт") || a.matches(".*раза? в квартал.*") ? Recurrence.QUARTERLY
                : a.contains("ежемесяч") || a.matches(".*раза? в месяц.*") ? Recurrence.MONTHLY : null;
        return recurrence == null ? deadline
                : Deadline.of(DeadlinePrecision.RECURRING, deadline.period(), recurrence, deadline.text());
    }

    /** The duties Karta tracks: the quarterly reports of enterprises and the quarterly meeting. */
    private static Duty dutyOf(Deadline deadline, String activity) {
        if (deadline == null || deadline.recurrence() != Recurrence.QUARTERLY) {
            return null;
        }
        String a = activity.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (a.contains("финансово-экономическ")) {
            return Duty.REPORTS;
        }
        if (a.contains("совещани")) {
            return Duty.MEETINGS;
        }
        return null;
    }

    private static int yearOf(String title, SourceTable table, Header header, int fallback) {
        Matcher m = YEAR.matcher(title);
        String last = null;
        while (m.find()) {
            last = m.group();
        }
        if (last != null) {
            return Integer.parseInt(last);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int r = header.row() + 1; r < table.rows().size(); r++) {
            Matcher d = YEAR.matcher(header.cell(table.rows().get(r), Column.DEADLINE));
            if (d.find()) {
                counts.merge(d.group(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> Integer.parseInt(e.getKey()))
                .orElse(fallback);
    }

    private static boolean columnNumbers(List<String> row) {
        int n = 1;
        boolean any = false;
        for (String cell : row) {
            if (cell.isEmpty()) {
                continue;
            }
            if (!cell.replace(".", "").equals(Integer.toString(n))) {
                return false;
            }
            n++;
            any = true;
        }
        return any && n > 3;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String shorten(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 80 ? t.substring(0, 79) + "…" : t;
    }
}
