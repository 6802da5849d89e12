package ru.karta.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The organisations one cell of a roadmap names, in order: one per paragraph, or several in one paragraph separated
 * by semicolons or by commas before a new name ("Департамент ..., АНО «ЦКР ...»"); a paragraph that does not start
 * like an organisation's name continues the one before it (a name broken over two lines). A person in brackets,
 * "(Стрельцов А.В.)", on the name's line or the next, is the official the roadmap names for it, not a part of its
 * name. "Участники кластера" and the like are the cluster's member enterprises as a whole.
 */
final class Parties {

    /** One organisation as the cell writes it, and the official named with it. */
    record Written(String name, String official, boolean collective) {
    }

    private static final Pattern PERSON = Pattern.compile(
            "[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?\\s+[А-ЯЁ]\\.\\s*[А-ЯЁ]\\.?|[А-ЯЁ]\\.\\s*[А-ЯЁ]\\.\\s*[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?");
    private static final Pattern TRAILING_BRACKETS = Pattern.compile("(.*?)\\s*\\(([^()]*)\\)\\s*[.,;]?$",
            Pattern.DOTALL);
    private static final Pattern COLLECTIVE = Pattern.compile(
            "(все )?(предприятия|организации|члены|участники|резиденты)( ?[-–—] ?(участники|члены))?( [а-яё]+){0,3} кластера");
    /** Words an organisation's name starts with: a new one begins on a line that starts so. */
    private static final Pattern STARTS = Pattern.compile("^([«\"“„]|[А-ЯЁA-Z]{2,}(?![а-яёa-z])|(?iu:департамент|министерств|"
            + "администрац|ассоциац|некоммерческ|автономн|общество|акционерн|публичн|закрыт|открыт|федеральн|"
            + "государствен|муниципальн|областн|управлени|комитет|агентств|фонд|центр|союз|палат|университет|"
            + "институт|академи|колледж|техникум|университет|банк|корпорац|компани|предприяти|объединени|"
            + "индивидуальн|минпромторг|минэкономразвития|минобрнауки|правительств|губернатор|участник|член|"
            + "предприятия|организации|резидент|все ))");

    private Parties() {
    }

    /** The organisations of a cell; {@code known} says whether a text alone names a known organisation. */
    static List<Written> read(String cell, Predicate<String> known) {
        List<String> parts = new ArrayList<>();
        for (String line : cell.split("\n")) {
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            for (String piece : split(t)) {
                String p = piece.strip().replaceAll("[,;]+$", "").strip();
                if (p.isEmpty()) {
                    continue;
                }
                boolean bracketsOnly = p.startsWith("(") && p.endsWith(")");
                if (!parts.isEmpty() && !bracketsOnly && !STARTS.matcher(p).find() && !known.test(p)
                        && !collective(p)) {
                    // a name broken over two lines
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + p);
                } else {
                    parts.add(p);
                }
            }
        }
        List<Written> written = new ArrayList<>();
        for (String part : parts) {
            if (part.startsWith("(") && part.endsWith(")") && !written.isEmpty()) {
                String inner = part.substring(1, part.length() - 1).strip();
                Written last = written.get(written.size() - 1);
                if (last.official() == null && PERSON.matcher(inner).find()
                        && inner.length() <= RoadmapReading.MAX_OFFICIAL) {
                    written.set(written.size() - 1, new Written(last.name(), inner, last.collective()));
                    continue;
                }
                written.set(written.size() - 1, new Written(last.name() + " " + part, last.official(),
                        last.collective()));
                continue;
            }
            String name = part;
            String official = null;
            Matcher m = TRAILING_BRACKETS.matcher(part);
            if (m.matches() && PERSON.matcher(m.group(2)).find() && !m.group(1).isBlank()
                    && m.group(2).strip().length() <= RoadmapReading.MAX_OFFICIAL) {
                name = m.group(1).strip();
                official = m.group(2).strip();
            }
            written.add(new Written(name, official, collective(name)));
        }
        return written;
    }

    static boolean collective(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[«»\"“”„]", "").replaceAll("\\s+", " ")
                .strip();
        return COLLECTIVE.matcher(t).matches();
    }

    /** A line cut at semicolons, and at commas outside quotes and brackets that are followed by a new name. */
    private static List<String> split(String line) {
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int quotes = 0;
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '(' -> depth++;
                case ')' -> depth = Math.max(0, depth - 1);
                case '«' -> quotes++;
                case '»' -> quotes = Math.max(0, quotes - 1);
                default -> {
                }
            }
            if (depth == 0 && quotes == 0 && (c == ';' || c == ',')) {
                String rest = line.substring(i + 1).strip();
                if (c == ';' || (!rest.isEmpty() && STARTS.matcher(rest).find())) {
                    pieces.add(line.substring(start, i));
                    start = i + 1;
                }
            }
        }
        pieces.add(line.substring(start));
        return pieces;
    }
}
