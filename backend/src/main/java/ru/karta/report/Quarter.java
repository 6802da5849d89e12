package ru.karta.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.karta.common.ApiException;

/**
 * A calendar quarter, written as in the API and in the roadmap: {@code 2017-Q2}. Reports are kept per quarter; the
 * quarter's last day decides when its entry closes (see {@link ReportLocks}).
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public static final int MIN_YEAR = 1990;
    public static final int MAX_YEAR = 2200;
    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-Q([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
    }

    /** Reads "2017-Q2"; anything else, or a year outside 1990–2200, is a 400 naming {@code field}. */
    public static Quarter parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest(field, "problem.report.period-required");
        }
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw ApiException.badRequest(field, "problem.report.period-format",
                    text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ApiException.badRequest(field, "problem.report.period-range", MIN_YEAR, MAX_YEAR);
        }
        return new Quarter(year, Integer.parseInt(m.group(2)));
    }

    /** The quarter a day falls in. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return String.format("%04d-Q%d", year, quarter);
    }
}
