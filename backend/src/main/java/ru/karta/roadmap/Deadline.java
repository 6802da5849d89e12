package ru.karta.roadmap;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deadline with its real precision. The text is kept as written ("июнь 2017", "2017", "ежеквартально"); the
 * precision and the period say what it means; the due date is the last day of the period. "2017" is never faked as
 * 2017-01-01.
 *
 * <p>Periods: DAY "2017-06-15", MONTH "2017-06", QUARTER "2017-Q2", YEAR "2017"; a RECURRING duty runs over a year
 * period ("2017") with a recurrence, and is due at the end of it; an ONGOING one ("постоянно") runs over its year with
 * no due date and is never overdue. A range ("декабрь 2017 г. – январь 2018 г.") is due at the end of its last part;
 * "до 1 декабря 2017 г." is due that day.
 */
public record Deadline(DeadlinePrecision precision, String text, String period, LocalDate dueDate,
        Recurrence recurrence) {

    /** Thrown when text or period cannot be understood; carries the field and message key for the 400. */
    public static final class Invalid extends RuntimeException {
        private final String field;
        private final String messageKey;

        Invalid(String field, String messageKey) {
            super(messageKey, null, false, false);
            this.field = field;
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static final String[] MONTH_STEMS = { "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
            "сентябр", "октябр", "ноябр", "декабр" };
    private static final String[] MONTH_NOMINATIVE = { "январь", "февраль", "март", "апрель", "май", "июнь", "июль",
            "август", "сентябрь", "октябрь", "ноябрь", "декабрь" };
    private static final String[] ROMAN = { "I", "II", "III", "IV" };

    private static final Pattern YEAR_ONLY = Pattern.compile("(\\d{4})\\s*(г\\.?|год|года)?");
    private static final Pattern DAY_DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s*(г\\.?|года)?");
    private static final Pattern DAY_ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_WORDS = Pattern.compile("(\\d{1,2})\\s+([а-яё]+)\\s+(\\d{4})\\s*(г\\.?|года)?");
    private static final Pattern MONTH_WORDS = Pattern.compile("([а-яё]+)\\s+(\\d{4})\\s*(г\\.?|года)?");
    private static final Pattern MONTH_DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{4})\\s*(г\\.?|года)?");
    private static final Pattern QUARTER = Pattern.compile(
            "(iv|iii|ii|i|[1-4])\\s*(-?й)?\\s*(квартал|кв\\.?)\\s*(\\d{4})\\s*(г\\.?|года)?");
    private static final Pattern QUARTER_RANGE = Pattern.compile(
            "(iv|iii|ii|i|[1-4])\\s*(-?й)?\\s*[-–—]\\s*(iv|iii|ii|i|[1-4])\\s*(-?й)?\\s*(квартал[аы]?|кв\\.?)\\s*(\\d{4})\\s*(г\\.?|года)?");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*[-–—]\\s*(\\d{4})\\s*(гг\\.?|г\\.?|годы|годов)?");
    /** A range of two written deadlines: a dash with spaces around it, or an en or em dash. */
    private static final Pattern RANGE = Pattern.compile("(.+?)(\\s+[-–—]\\s*|\\s*[–—]\\s*)(.+)");
    private static final Pattern MONTH_RANGE = Pattern.compile("([а-яё]+)\\s*-\\s*([а-яё]+\\s+\\d{4}.*)");
    private static final Pattern BY = Pattern.compile("(до|не позднее|не позже|в срок до|по)\\s+(.+)");
    private static final Pattern DURING_YEAR = Pattern.compile(
            "(в )?(течение( всего)?|до конца|конца) ((?<y1>\\d{4}) )?(г\\.|года?)( (?<y2>\\d{4})( г\\.| года)?)?");
    private static final Pattern ONGOING = Pattern.compile("постоянно|на постоянной основе|регулярно|бессрочно");
    private static final Pattern PERIOD_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PERIOD_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern PERIOD_QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern PERIOD_YEAR = Pattern.compile("\\d{4}");

    /**
     * Reads a deadline as people write it in a roadmap. {@code defaultYear} is the roadmap's year, for recurring
     * duties written without one ("ежеквартально").
     */
    public static Deadline parse(String written, int defaultYear) {
        if (written == null || written.isBlank()) {
            throw new Invalid("deadline.text", "problem.deadline.text-required");
        }
        String text = written.strip();
        String t = text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
        Recurrence recurrence = recurrenceIn(t);
        if (recurrence != null) {
            int y = Years.first(t).orElse(defaultYear);
            return recurring(text, Integer.toString(y), recurrence);
        }
        if (ONGOING.matcher(t.replaceAll("[.,;]+$", "")).matches()) {
            return of(DeadlinePrecision.ONGOING, Integer.toString(defaultYear), null, text);
        }
        Matcher m;
        if ((m = DURING_YEAR.matcher(t.replaceAll("[.,;]+$", ""))).matches()) {
            String year = m.group("y1") != null ? m.group("y1") : m.group("y2") != null ? m.group("y2")
                    : Integer.toString(defaultYear);
            return of(DeadlinePrecision.YEAR, year, null, text);
        }
        if ((m = BY.matcher(t)).matches()) {
            Deadline by = parse(m.group(2), defaultYear);
            return of(by.precision(), by.period(), by.recurrence(), text);
        }
        if ((m = QUARTER_RANGE.matcher(t)).matches()) {
            return of(DeadlinePrecision.QUARTER, m.group(6) + "-Q" + quarterNumber(m.group(3)), null, text);
        }
        if ((m = YEAR_RANGE.matcher(t)).matches()) {
            return of(DeadlinePrecision.YEAR, m.group(2), null, text);
        }
        if ((m = MONTH_RANGE.matcher(t)).matches() && month(m.group(1)) > 0) {
            Deadline last = parse(m.group(2), defaultYear);
            return of(last.precision(), last.period(), last.recurrence(), text);
        }
        if ((m = RANGE.matcher(t)).matches() && !DAY_ISO.matcher(t).matches()) {
            // the range is due when its last part is: "декабрь 2017 г. – январь 2018 г." by 31 January 2018
            Deadline last = parse(m.group(3), defaultYear);
            return of(last.precision(), last.period(), last.recurrence(), text);
        }
        if ((m = YEAR_ONLY.matcher(t)).matches()) {
            return of(DeadlinePrecision.YEAR, m.group(1), null, text);
        }
        if ((m = DAY_DOTTED.matcher(t)).matches()) {
            return day(text, m.group(3), m.group(2), m.group(1));
        }
        if ((m = DAY_ISO.matcher(t)).matches()) {
            return day(text, m.group(1), m.group(2), m.group(3));
        }
        if ((m = DAY_WORDS.matcher(t)).matches() && month(m.group(2)) > 0) {
            return day(text, m.group(3), Integer.toString(month(m.group(2))), m.group(1));
        }
        if ((m = MONTH_WORDS.matcher(t)).matches() && month(m.group(1)) > 0) {
            return of(DeadlinePrecision.MONTH, String.format("%s-%02d", m.group(2), month(m.group(1))), null, text);
        }
        if ((m = MONTH_DOTTED.matcher(t)).matches()) {
            int month = Integer.parseInt(m.group(1));
            if (month >= 1 && month <= 12) {
                return of(DeadlinePrecision.MONTH, String.format("%s-%02d", m.group(2), month), null, text);
            }
        }
        if ((m = QUARTER.matcher(t)).matches()) {
            return of(DeadlinePrecision.QUARTER, m.group(4) + "-Q" + quarterNumber(m.group(1)), null, text);
        }
        throw new Invalid("deadline.text", "problem.deadline.unreadable");
    }

    /**
     * A deadline from its precision and period; the text defaults to how a Russian roadmap would write it.
     */
    public static Deadline of(DeadlinePrecision precision, String period, Recurrence recurrence, String text) {
        if (precision == null) {
            throw new Invalid("deadline.precision", "problem.deadline.precision-required");
        }
        if (period == null || period.isBlank()) {
            throw new Invalid("deadline.period", "problem.deadline.period-required");
        }
        String p = period.strip();
        LocalDate due;
        try {
            switch (precision) {
                case DAY -> {
                    requireMatch(PERIOD_DAY, p);
                    due = LocalDate.parse(p);
                }
                case MONTH -> {
                    Matcher m = requireMatch(PERIOD_MONTH, p);
                    due = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atEndOfMonth();
                }
                case QUARTER -> {
                    Matcher m = requireMatch(PERIOD_QUARTER, p);
                    due = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) * 3).atEndOfMonth();
                }
                case YEAR, RECURRING -> {
                    requireMatch(PERIOD_YEAR, p);
                    due = LocalDate.of(Integer.parseInt(p), 12, 31);
                }
                case ONGOING -> {
                    requireMatch(PERIOD_YEAR, p);
                    due = null;
                }
                default -> throw new IllegalStateException();
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new Invalid("deadline.period", "problem.deadline.period-format");
        }
        int year = due != null ? due.getYear() : Integer.parseInt(p);
        if (year < 1990 || year > 2200) {
            throw new Invalid("deadline.period", "problem.deadline.period-range");
        }
        if (precision == DeadlinePrecision.RECURRING && recurrence == null) {
            throw new Invalid("deadline.recurrence", "problem.deadline.recurrence-required");
        }
        if (precision != DeadlinePrecision.RECURRING && recurrence != null) {
            throw new Invalid("deadline.recurrence", "problem.deadline.recurrence-only-recurring");
        }
        String written = text == null || text.isBlank() ? defaultText(precision, p, recurrence, due) : text.strip();
        return new Deadline(precision, written, p, due, recurrence);
    }

    public static Deadline recurring(String text, String yearPeriod, Recurrence recurrence) {
        return of(DeadlinePrecision.RECURRING, yearPeriod, recurrence, text);
    }

    /** The same deadline some whole years later: period, due date and the years written in the text all move. */
    public Deadline plusYears(int years) {
        String shiftedPeriod = precision == DeadlinePrecision.DAY ? LocalDate.parse(period).plusYears(years).toString()
                : Years.shift(period, years);
        return of(precision, shiftedPeriod, recurrence, Years.shift(text, years));
    }

    public boolean isOverdue(ItemStatus status, LocalDate today) {
        return Overdue.test(dueDate, status, today);
    }

    private static Deadline day(String text, String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return of(DeadlinePrecision.DAY, date.toString(), null, text);
        } catch (DateTimeException e) {
            throw new Invalid("deadline.text", "problem.deadline.no-such-day");
        }
    }

    private static Matcher requireMatch(Pattern pattern, String value) {
        Matcher m = pattern.matcher(value);
        if (!m.matches()) {
            throw new Invalid("deadline.period", "problem.deadline.period-format");
        }
        return m;
    }

    private static int month(String word) {
        for (int i = 0; i < MONTH_STEMS.length; i++) {
            String stem = MONTH_STEMS[i];
            if (word.startsWith(stem) && word.length() - stem.length() <= 2) {
                // "ма" alone is too short a stem: only май / мая
                if (i == 4 && !(word.equals("май") || word.equals("мая"))) {
                    continue;
                }
                return i + 1;
            }
        }
        return 0;
    }

    private static int quarterNumber(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    private static Recurrence recurrenceIn(String t) {
        if (t.contains("ежекварт") || t.matches(".*раза? в квартал.*") || t.contains("каждый квартал")
                || t.contains("поквартально")) {
            return Recurrence.QUARTERLY;
        }
        if (t.contains("ежемесяч") || t.matches(".*раза? в месяц.*") || t.contains("каждый месяц")) {
            return Recurrence.MONTHLY;
        }
        if (t.contains("ежегод") || t.matches(".*раза? в год(?!а).*") || t.contains("каждый год")) {
            return Recurrence.YEARLY;
        }
        return null;
    }

    private static String defaultText(DeadlinePrecision precision, String period, Recurrence recurrence,
            LocalDate due) {
        return switch (precision) {
            case DAY -> due.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            case MONTH -> MONTH_NOMINATIVE[due.getMonthValue() - 1] + " " + due.getYear();
            case QUARTER -> ROMAN[due.getMonthValue() / 3 - 1] + " квартал " + due.getYear();
            case YEAR -> Integer.toString(due.getYear());
            case ONGOING -> "постоянно";
            case RECURRING -> switch (recurrence) {
                case MONTHLY -> "ежемесячно, " + period;
                case QUARTERLY -> "ежеквартально, " + period;
                case YEARLY -> "ежегодно, " + period;
            };
        };
    }
}
