package ru.karta.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.karta.report.FigureDtos.BenchmarkCheck;
import ru.karta.report.FigureDtos.Figures;
import ru.karta.report.FigureDtos.Point;
import ru.karta.report.FigureDtos.Total;
import ru.karta.report.FigureDtos.TrendQuarter;
import ru.karta.report.FigureDtos.Trends;
import ru.karta.report.FormDefinition.Aggregation;
import ru.karta.report.FormDefinition.Indicator;
import ru.karta.report.ReportFigureRepository.FigureRow;
import ru.karta.report.ReportFigureRepository.Pair;

/**
 * The arithmetic of the consolidated summary, pure (no clock, no database): from the totals of a year's quarters
 * ({@link ReportFigureRepository#yearFigures}) to the figures of a quarter, of the year to date and of each quarter.
 * <p>
 * Blank is never zero. A total adds up only the reports that filled the value and says how many did; a computed
 * indicator applies its formula ({@link ReportRules#apply}, the same arithmetic as one report's) to the totals over
 * the reports that filled both its numerator and its denominator, so that an organisation that left R04 blank does not
 * lower the cluster's R09.
 * <p>
 * Over several quarters (the year to date) each entered indicator follows its form's {@link Aggregation}: SUM adds the
 * quarters, LAST takes the latest quarter that has the value (a stock at the quarter's end, P01), AVERAGE the mean of
 * the quarters that have it (P02). A computed indicator over several quarters applies its formula to the per-quarter
 * mean of its parts (the latest quarter's for a LAST part): a share is unchanged by that, P04 stays a monthly wage
 * and P06 a quarter's revenue per employee, as on the form.
 */
final class Consolidation {

    /** The sum of one code's values in a quarter, over {@code reports} reports. */
    private record Sum(long reports, BigDecimal value) {
    }

    /** A computed indicator's parts in a quarter, over the reports that filled both. */
    private record Parts(long reports, BigDecimal numerator, BigDecimal denominator) {
    }

    private final FormDefinition form;
    private final int year;
    private long expected;
    private final Map<Integer, Long> reports = new HashMap<>();
    private final Map<Integer, Map<String, Sum>> sums = new HashMap<>();
    private final Map<Integer, Map<String, Parts>> parts = new HashMap<>();

    Consolidation(FormDefinition form, int year, List<FigureRow> rows) {
        this.form = form;
        this.year = year;
        for (FigureRow row : rows) {
            switch (row.kind()) {
                case 'E' -> expected = row.reports();
                case 'R' -> reports.put(row.quarter(), row.reports());
                case 'V' -> sums.computeIfAbsent(row.quarter(), q -> new HashMap<>()).put(row.code(),
                        new Sum(row.reports(), row.first()));
                case 'C' -> this.parts.computeIfAbsent(row.quarter(), q -> new HashMap<>()).put(row.code(),
                        new Parts(row.reports(), row.first(), row.second()));
                default -> throw new IllegalStateException("unknown figure row " + row.kind());
            }
        }
    }

    /** The formula parts of the form's computed indicators, for {@link ReportFigureRepository#yearFigures}. */
    static List<Pair> pairs(FormDefinition form) {
        return form.computedIndicators().stream()
                .map(i -> new Pair(i.code(), i.formula().numerator(), i.formula().denominator())).toList();
    }

    long expected() {
        return expected;
    }

    long reports(int quarter) {
        return reports.getOrDefault(quarter, 0L);
    }

    /** The figures of one quarter of the year. */
    Figures quarter(int quarter) {
        return figures(quarter, quarter);
    }

    /** The figures of quarters {@code first}..{@code last} of the year, each indicator by its aggregation. */
    Figures figures(int first, int last) {
        Map<String, Total> values = new LinkedHashMap<>();
        for (Indicator indicator : form.enteredNumbers()) {
            values.put(indicator.code(), entered(indicator, first, last));
        }
        Map<String, Total> computed = new LinkedHashMap<>();
        for (Indicator indicator : form.computedIndicators()) {
            computed.put(indicator.code(), computed(indicator, first, last));
        }
        long counted = 0;
        for (int q = first; q <= last; q++) {
            counted += reports(q);
        }
        return new Figures(new Quarter(year, first).toString(), new Quarter(year, last).toString(), counted, values,
                computed);
    }

    /** A series per indicator (entered, then computed) with a point for each quarter of the year. */
    Trends trends() {
        List<TrendQuarter> quarters = new ArrayList<>();
        List<Figures> each = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            quarters.add(new TrendQuarter(new Quarter(year, q).toString(), reports(q)));
            each.add(quarter(q));
        }
        Map<String, List<Point>> series = new LinkedHashMap<>();
        for (Indicator indicator : form.enteredNumbers()) {
            series.put(indicator.code(), points(each, indicator.code(), false));
        }
        for (Indicator indicator : form.computedIndicators()) {
            series.put(indicator.code(), points(each, indicator.code(), true));
        }
        return new Trends(quarters, series);
    }

    /** Every computed indicator with a benchmark, against its minimum, for the quarter and the year to date. */
    List<BenchmarkCheck> benchmarks(Figures quarter, Figures yearToDate) {
        List<BenchmarkCheck> checks = new ArrayList<>();
        for (Indicator indicator : form.computedIndicators()) {
            if (indicator.benchmark() == null || indicator.benchmark().minimum() == null) {
                continue;
            }
            BigDecimal minimum = indicator.benchmark().minimum();
            BigDecimal now = quarter.computed().get(indicator.code()).value();
            BigDecimal ytd = yearToDate.computed().get(indicator.code()).value();
            checks.add(new BenchmarkCheck(indicator.code(), Numbers.normal(minimum), indicator.benchmark().nameRu(),
                    indicator.benchmark().nameEn(), now, now == null ? null : now.compareTo(minimum) >= 0, ytd,
                    ytd == null ? null : ytd.compareTo(minimum) >= 0));
        }
        return checks;
    }

    private static List<Point> points(List<Figures> each, String code, boolean computed) {
        List<Point> points = new ArrayList<>();
        for (Figures figures : each) {
            Total total = (computed ? figures.computed() : figures.values()).get(code);
            points.add(new Point(figures.from(), total.value(), total.reports()));
        }
        return points;
    }

    private Total entered(Indicator indicator, int first, int last) {
        Aggregation aggregation = indicator.aggregationOrSum();
        BigDecimal value = null;
        long counted = 0;
        int quarters = 0;
        for (int q = first; q <= last; q++) {
            Sum sum = sums.getOrDefault(q, Map.of()).get(indicator.code());
            if (sum == null || sum.reports() == 0) {
                continue;
            }
            if (aggregation == Aggregation.LAST) {
                value = sum.value();
                counted = sum.reports();
                quarters = 1;
            } else {
                value = value == null ? sum.value() : value.add(sum.value());
                counted += sum.reports();
                quarters++;
            }
        }
        if (value != null && aggregation == Aggregation.AVERAGE && quarters > 1) {
            value = value.divide(BigDecimal.valueOf(quarters), indicator.decimals(), RoundingMode.HALF_UP);
        }
        return new Total(Numbers.normal(value), counted, quarters);
    }

    private Total computed(Indicator indicator, int first, int last) {
        boolean lastNumerator = aggregationOf(indicator.formula().numerator()) == Aggregation.LAST;
        boolean lastDenominator = aggregationOf(indicator.formula().denominator()) == Aggregation.LAST;
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        long counted = 0;
        int quarters = 0;
        for (int q = first; q <= last; q++) {
            Parts p = parts.getOrDefault(q, Map.of()).get(indicator.code());
            if (p == null || p.reports() == 0) {
                continue;
            }
            numerator = lastNumerator || numerator == null ? p.numerator() : numerator.add(p.numerator());
            denominator = lastDenominator || denominator == null ? p.denominator() : denominator.add(p.denominator());
            counted += p.reports();
            quarters++;
        }
        if (quarters == 0) {
            return new Total(null, 0, 0);
        }
        // the per-quarter means: the divisor cancels in a share, and keeps a per-quarter figure per quarter
        BigDecimal n = BigDecimal.valueOf(quarters);
        BigDecimal meanNumerator = lastNumerator ? numerator : numerator.divide(n, 12, RoundingMode.HALF_UP);
        BigDecimal meanDenominator = lastDenominator ? denominator : denominator.divide(n, 12, RoundingMode.HALF_UP);
        return new Total(ReportRules.apply(indicator, meanNumerator, meanDenominator), counted, quarters);
    }

    private Aggregation aggregationOf(String code) {
        return form.indicator(code).map(Indicator::aggregationOrSum).orElse(Aggregation.SUM);
    }
}
