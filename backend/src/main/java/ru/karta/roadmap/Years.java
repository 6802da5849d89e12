package ru.karta.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years written in texts ("на 2017 год", "II квартал 2017") and the shift of a roadmap copied to its next period. */
public final class Years {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private Years() {
    }

    /** How many whole years a roadmap's copy moves on: the period's length rounded to years, at least one. */
    public static int toNextPeriod(LocalDate periodStart, LocalDate periodEnd) {
        long months = ChronoUnit.MONTHS.between(periodStart, periodEnd.plusDays(1));
        return (int) Math.max(1, Math.round(months / 12.0));
    }

    /** The text with every four-digit year in it moved on by {@code years}. */
    public static String shift(String text, int years) {
        Matcher m = YEAR.matcher(text);
        StringBuilder shifted = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(shifted, Integer.toString(Integer.parseInt(m.group(1)) + years));
        }
        m.appendTail(shifted);
        return shifted.toString();
    }

    /** The first four-digit year written in the text, if any. */
    public static OptionalInt first(String text) {
        Matcher m = YEAR.matcher(text);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
