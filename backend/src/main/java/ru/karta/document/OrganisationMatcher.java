package ru.karta.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import ru.karta.organisation.OrganisationKind;

/**
 * Finds the organisation a roadmap means by the name it writes, the way a reader would: by its full name, short name
 * or an alias, whatever the quotes, case, "ё", the legal form written out or abbreviated ("Некоммерческое партнёрство
 * «…»" is "НП «…»") and "обл." for "области"; failing that, by the beginning of exactly one organisation's name
 * ("Департамент инвестиционного развития" for "… Смоленской области").
 */
final class OrganisationMatcher {

    /** How a name was matched. */
    enum How {
        NAME, ALIAS, BEGINNING
    }

    record Known(UUID id, String name, OrganisationKind kind) {
    }

    record Match(Known organisation, How how) {
    }

    private static final String[][] FORMS = {
            { "федеральное государственное бюджетное образовательное учреждение высшего образования", "фгбоу во" },
            { "федеральное государственное бюджетное образовательное учреждение высшего профессионального образования",
                    "фгбоу впо" },
            { "федеральное государственное бюджетное учреждение", "фгбу" },
            { "областное государственное бюджетное учреждение", "огбу" },
            { "государственное бюджетное учреждение", "гбу" },
            { "автономная некоммерческая организация", "ано" },
            { "некоммерческое партнерство", "нп" },
            { "общество с ограниченной ответственностью", "ооо" },
            { "публичное акционерное общество", "пао" },
            { "закрытое акционерное общество", "зао" },
            { "открытое акционерное общество", "оао" },
            { "акционерное общество", "ао" },
            { "индивидуальный предприниматель", "ип" },
            { "министерство промышленности и торговли российской федерации", "минпромторг россии" },
            { "министерство экономического развития российской федерации", "минэкономразвития россии" },
            { "российской федерации", "рф" } };
    private static final Pattern REGION = Pattern.compile("\\bобл\\b\\.?", Pattern.UNICODE_CHARACTER_CLASS);

    private final Map<String, Match> exact = new HashMap<>();
    private final NavigableMap<String, List<Known>> byKey = new TreeMap<>();

    /** Adds an organisation under its names: the full name, then the short name and aliases. */
    void add(Known organisation, String fullName, List<String> otherNames) {
        put(normal(fullName), new Match(organisation, How.NAME));
        for (String name : otherNames) {
            if (name != null && !name.isBlank()) {
                put(normal(name), new Match(organisation, How.ALIAS));
            }
        }
    }

    private void put(String key, Match match) {
        if (key.isEmpty()) {
            return;
        }
        exact.putIfAbsent(key, match);
        List<Known> under = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (under.stream().noneMatch(k -> k.id().equals(match.organisation().id()))) {
            under.add(match.organisation());
        }
    }

    /** The organisation a written name means, or null. */
    Match find(String written) {
        String key = normal(written);
        if (key.isEmpty()) {
            return null;
        }
        Match found = exact.get(key);
        if (found != null) {
            return found;
        }
        if (key.indexOf(' ') < 0) {
            return null; // one word is too little to go on
        }
        Known only = null;
        for (Map.Entry<String, List<Known>> e : byKey.tailMap(key + " ", true).entrySet()) {
            if (!e.getKey().startsWith(key + " ")) {
                break;
            }
            for (Known k : e.getValue()) {
                if (only != null && !only.id().equals(k.id())) {
                    return null; // the beginning of two organisations' names
                }
                only = k;
            }
        }
        return only == null ? null : new Match(only, How.BEGINNING);
    }

    /** A name as the matcher compares it. */
    static String normal(String name) {
        String t = name.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[«»\"“”„'‘’`]", " ")
                .replaceAll("\\s+", " ");
        t = REGION.matcher(t).replaceAll("области");
        for (String[] form : FORMS) {
            t = t.replace(form[0], form[1]);
        }
        return t.replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").strip();
    }

    /** What kind a new organisation probably is, from its name; the preview lets it be changed. */
    static OrganisationKind guessKind(String name) {
        String t = normal(name);
        if (t.matches("(?U).*\\b(минпромторг|минэкономразвития|минобрнауки|федеральн\\S*|росстандарт|фрп)\\b.*")
                || t.contains("министерство") && (t.contains(" рф") || t.contains("россии"))) {
            return OrganisationKind.FEDERAL_AUTHORITY;
        }
        if (t.matches("(?U)^(департамент|министерство|администрация|комитет|управление|правительство|губернатор)\\b.*")) {
            return OrganisationKind.REGIONAL_AUTHORITY;
        }
        if (t.matches("(?U).*\\b(университет|институт|академия|колледж|техникум|фгбоу|школа)\\b.*")) {
            return OrganisationKind.RESEARCH_EDUCATION;
        }
        if (t.matches("(?U)^(ооо|ао|пао|зао|оао|ип)\\b.*")) {
            return OrganisationKind.MEMBER_ENTERPRISE;
        }
        return OrganisationKind.OTHER;
    }
}
