package ru.karta.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A version of the quarterly report form ("Приложение 1") as data: its sections, indicators and validation rules.
 * Stored as JSON in {@code report_form.definition} exactly as the API answers it, so the browser evaluates the same
 * rules the server does (see {@link ReportRules}). A report keeps the version in force for its quarter when it was
 * created; a new version applies from the quarter it names.
 */
@Schema(name = "ReportForm", description = "A version of the quarterly report form: sections, indicators and the rules both the server and the browser evaluate")
public record FormDefinition(
        @Schema(example = "1") int version,
        @Schema(description = "The first quarter this version applies to", example = "1990-Q1") String appliesFrom,
        @Schema(example = "Приложение 1. Сведения о финансово-экономической деятельности участника кластера") String titleRu,
        String titleEn,
        @Schema(description = "What the values are: for the quarter, money in thousand roubles") String noteRu,
        String noteEn,
        List<Section> sections,
        @Schema(description = "In the order of the form") List<Indicator> indicators,
        @Schema(description = "Evaluated in this order; see ReportRule for the kinds") List<Rule> rules) {

    /** MONEY: an amount (its unit and decimals are the indicator's); COUNT: a whole number; PERCENT; TEXT. */
    @Schema(name = "ReportIndicatorType")
    public enum IndicatorType {
        MONEY, COUNT, PERCENT, TEXT
    }

    /**
     * How a figure over several quarters (the year to date) is made from quarterly figures of an entered indicator:
     * SUM for flows over the quarter (revenue, wage fund, investment, counts of things done in the quarter); LAST for
     * stocks at the quarter's end (P01 headcount: the latest quarter's); AVERAGE for averages over the quarter (P02
     * average headcount: the mean of the quarters). Within one quarter the figures of several organisations always
     * add up. Computed and TEXT indicators have none: computed ones are derived from the aggregated parts.
     */
    @Schema(name = "ReportAggregation")
    public enum Aggregation {
        SUM, LAST, AVERAGE
    }

    /**
     * The kinds of rule, a small fixed set. ERROR (blocks submitting): NON_NEGATIVE, INTEGER, DECIMALS, REQUIRED,
     * PART_OF, PAIR. WARNING (needs the comment N01 before submitting): CHANGE_WARNING.
     */
    @Schema(name = "ReportRuleKind")
    public enum RuleKind {
        NON_NEGATIVE, INTEGER, DECIMALS, REQUIRED, PART_OF, PAIR, CHANGE_WARNING
    }

    @Schema(name = "ReportFormSection")
    public record Section(@Schema(example = "SALES") String code, @Schema(example = "Продажи") String nameRu,
            @Schema(example = "Sales") String nameEn) {
    }

    @Schema(name = "ReportIndicator", description = "One line of the form. Entered indicators of a numeric type are the keys of a report's values; computed ones are derived by their formula and never entered; the TEXT indicator N01 is the report's comment.")
    public record Indicator(
            @Schema(example = "R03") String code,
            @Schema(example = "SALES") String section,
            @Schema(example = "в т.ч. продукции кластера (композитной продукции)") String nameRu,
            @Schema(example = "of which cluster (composite) products") String nameEn,
            @Schema(nullable = true, example = "тыс. руб.") String unitRu,
            @Schema(nullable = true, example = "thousand roubles") String unitEn,
            IndicatorType type,
            @Schema(description = "Derived by its formula, never entered") boolean computed,
            @Schema(description = "Decimal places it is entered or shown with", example = "1") int decimals,
            @Schema(nullable = true) Formula formula,
            @Schema(nullable = true) Benchmark benchmark,
            @Schema(nullable = true, description = "Entered numeric indicators: how the year to date is made from the quarters (SUM for flows, LAST for stocks at the quarter's end such as P01, AVERAGE for quarterly averages such as P02); null for computed and TEXT ones. Across organisations within a quarter every entered indicator adds up.") Aggregation aggregation) {

        /** The aggregation over quarters; SUM for an entered number whose form predates the attribute. */
        public Aggregation aggregationOrSum() {
            return aggregation == null ? Aggregation.SUM : aggregation;
        }
    }

    @Schema(name = "ReportFormula", description = "numerator / denominator × multiplier / divisor, rounded half up to the indicator's decimals; null when the numerator or denominator is blank or the denominator is zero")
    public record Formula(@Schema(example = "R03") String numerator, @Schema(example = "R02") String denominator,
            @Schema(example = "100") BigDecimal multiplier, @Schema(example = "1") BigDecimal divisor) {
    }

    @Schema(name = "ReportBenchmark", description = "A threshold a value is shown against (not a validation rule)")
    public record Benchmark(@Schema(example = "20") BigDecimal minimum,
            @Schema(example = "Порог федеральных требований к промышленным кластерам") String nameRu, String nameEn) {
    }

    @Schema(name = "ReportRule", description = """
            One validation rule. NON_NEGATIVE, INTEGER, REQUIRED: each of `indicators` is not negative / a whole \
            number / filled. DECIMALS: each of `indicators` has at most `max` decimal places. PART_OF: `part` ≤ \
            `whole` when both are filled. PAIR: `a` and `b` are filled both or neither. CHANGE_WARNING: a WARNING \
            when `indicator` differs from the same organisation's previous-quarter report (submitted or accepted) \
            by more than `threshold` (0.5 = 50 %) of that value; a warning needs the comment N01 before submitting. \
            Blank is not reported and never read as zero: a rule about a blank value says nothing, except REQUIRED \
            and PAIR.""")
    public record Rule(
            RuleKind kind,
            @Schema(nullable = true) List<String> indicators,
            @Schema(nullable = true) String part,
            @Schema(nullable = true) String whole,
            @Schema(nullable = true) String a,
            @Schema(nullable = true) String b,
            @Schema(nullable = true) String indicator,
            @Schema(nullable = true, example = "0.5") BigDecimal threshold,
            @Schema(nullable = true, example = "1") Integer max) {
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Entered indicators whose value is a number: the keys of a report's values. */
    public List<Indicator> enteredNumbers() {
        return indicators.stream().filter(i -> !i.computed() && i.type() != IndicatorType.TEXT).toList();
    }

    public List<Indicator> computedIndicators() {
        return indicators.stream().filter(Indicator::computed).toList();
    }

    /** The TEXT indicator that is the report's comment (N01), if the form has one. */
    public Optional<Indicator> commentIndicator() {
        return indicators.stream().filter(i -> !i.computed() && i.type() == IndicatorType.TEXT).findFirst();
    }
}
