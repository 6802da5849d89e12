package ru.karta.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.karta.report.FormDefinition.Formula;
import ru.karta.report.FormDefinition.Indicator;
import ru.karta.report.FormDefinition.Rule;

/**
 * The one evaluator of a form's rules on the server: pure, no clock, no database. The browser runs its own evaluator
 * over the same form JSON, and both are run over {@code testdata/report-rules/cases.json} to show they agree.
 * <p>
 * Blank (absent or null) is "not reported" and is never read as zero: every rule about a blank value is silent,
 * except REQUIRED (a blank required value is an error) and PAIR (one of two filled). ERROR issues block submitting;
 * WARNING issues need a comment (the form's TEXT indicator, N01), and while there is none the evaluator adds the
 * error COMMENT_REQUIRED. So a report may be submitted exactly when it has no ERROR issue.
 */
public final class ReportRules {

    @Schema(name = "ReportIssueSeverity", description = "ERROR blocks submitting; WARNING needs a comment")
    public enum Severity {
        ERROR, WARNING
    }

    /** The issue codes, stable for clients. */
    public static final String NEGATIVE = "NEGATIVE";
    public static final String NOT_INTEGER = "NOT_INTEGER";
    public static final String TOO_MANY_DECIMALS = "TOO_MANY_DECIMALS";
    public static final String REQUIRED = "REQUIRED";
    public static final String PART_EXCEEDS_WHOLE = "PART_EXCEEDS_WHOLE";
    public static final String PAIR_INCOMPLETE = "PAIR_INCOMPLETE";
    public static final String CHANGE_OVER_THRESHOLD = "CHANGE_OVER_THRESHOLD";
    public static final String COMMENT_REQUIRED = "COMMENT_REQUIRED";

    /**
     * One finding. {@code indicators} name what it is about, the one to correct first (a part larger than its whole:
     * [part, whole]; a pair with one missing: [missing, filled]). {@code previous}, {@code current} and {@code max}
     * carry the figures the message quotes, where there are any.
     */
    public record Issue(String code, Severity severity, List<String> indicators, BigDecimal previous,
            BigDecimal current, Integer max) {

        static Issue error(String code, String... indicators) {
            return new Issue(code, Severity.ERROR, List.of(indicators), null, null, null);
        }
    }

    private ReportRules() {
    }

    /**
     * The issues of a report's values.
     *
     * @param values   entered values by code; absent or null means blank
     * @param previous the values of the organisation's previous-quarter report (submitted or accepted), or null when
     *                 there is none
     * @param comment  the report's comment (N01)
     */
    public static List<Issue> evaluate(FormDefinition form, Map<String, BigDecimal> values,
            Map<String, BigDecimal> previous, String comment) {
        List<Issue> issues = new ArrayList<>();
        for (Rule rule : form.rules()) {
            switch (rule.kind()) {
                case NON_NEGATIVE -> each(rule, values, (code, v) -> {
                    if (v.signum() < 0) {
                        issues.add(Issue.error(NEGATIVE, code));
                    }
                });
                case INTEGER -> each(rule, values, (code, v) -> {
                    if (decimals(v) > 0) {
                        issues.add(Issue.error(NOT_INTEGER, code));
                    }
                });
                case DECIMALS -> each(rule, values, (code, v) -> {
                    if (decimals(v) > rule.max()) {
                        issues.add(new Issue(TOO_MANY_DECIMALS, Severity.ERROR, List.of(code), null, v, rule.max()));
                    }
                });
                case REQUIRED -> {
                    for (String code : rule.indicators()) {
                        if (values.get(code) == null) {
                            issues.add(Issue.error(REQUIRED, code));
                        }
                    }
                }
                case PART_OF -> {
                    BigDecimal part = values.get(rule.part());
                    BigDecimal whole = values.get(rule.whole());
                    if (part != null && whole != null && part.compareTo(whole) > 0) {
                        issues.add(Issue.error(PART_EXCEEDS_WHOLE, rule.part(), rule.whole()));
                    }
                }
                case PAIR -> {
                    boolean a = values.get(rule.a()) != null;
                    boolean b = values.get(rule.b()) != null;
                    if (a && !b) {
                        issues.add(Issue.error(PAIR_INCOMPLETE, rule.b(), rule.a()));
                    } else if (b && !a) {
                        issues.add(Issue.error(PAIR_INCOMPLETE, rule.a(), rule.b()));
                    }
                }
                case CHANGE_WARNING -> {
                    BigDecimal now = values.get(rule.indicator());
                    BigDecimal before = previous == null ? null : previous.get(rule.indicator());
                    if (now != null && before != null && before.signum() != 0 && now.subtract(before).abs()
                            .compareTo(before.abs().multiply(rule.threshold())) > 0) {
                        issues.add(new Issue(CHANGE_OVER_THRESHOLD, Severity.WARNING, List.of(rule.indicator()),
                                before, now, null));
                    }
                }
                default -> throw new IllegalStateException("unknown rule kind " + rule.kind());
            }
        }
        boolean warned = issues.stream().anyMatch(i -> i.severity() == Severity.WARNING);
        if (warned && (comment == null || comment.isBlank())) {
            issues.add(Issue.error(COMMENT_REQUIRED, form.commentIndicator().map(Indicator::code).orElse("N01")));
        }
        return issues;
    }

    /** Whether the issues block submitting: any ERROR does. */
    public static boolean blocksSubmit(List<Issue> issues) {
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
    }

    /**
     * The computed indicators by code, in the form's order: numerator / denominator × multiplier / divisor, rounded
     * half up to the indicator's decimals; null when the numerator or denominator is blank or the denominator is zero.
     */
    public static Map<String, BigDecimal> compute(FormDefinition form, Map<String, BigDecimal> values) {
        Map<String, BigDecimal> computed = new LinkedHashMap<>();
        for (Indicator indicator : form.computedIndicators()) {
            computed.put(indicator.code(), compute(indicator, values));
        }
        return computed;
    }

    private static BigDecimal compute(Indicator indicator, Map<String, BigDecimal> values) {
        Formula f = indicator.formula();
        return apply(indicator, values.get(f.numerator()), values.get(f.denominator()));
    }

    /**
     * A computed indicator's formula over a numerator and denominator (of one report, or totals of several): null
     * when either is blank or the denominator is zero. The consolidated summary uses the same arithmetic.
     */
    static BigDecimal apply(Indicator indicator, BigDecimal numerator, BigDecimal denominator) {
        Formula f = indicator.formula();
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return null;
        }
        BigDecimal result = numerator.multiply(f.multiplier())
                .divide(denominator.multiply(f.divisor()), indicator.decimals(), RoundingMode.HALF_UP);
        return Numbers.normal(result);
    }

    /** Decimal places a value really has: 1.50 has one, 100 has none. */
    static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    private interface ValueCheck {
        void check(String code, BigDecimal value);
    }

    private static void each(Rule rule, Map<String, BigDecimal> values, ValueCheck check) {
        for (String code : rule.indicators()) {
            BigDecimal value = values.get(code);
            if (value != null) {
                check.check(code, value);
            }
        }
    }
}
