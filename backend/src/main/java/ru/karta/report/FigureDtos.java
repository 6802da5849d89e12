package ru.karta.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Shapes of what every role may read about quarterly reports without reading one: completeness and timeliness, and
 * the consolidated summary of the cluster. Integration scripts and the SPA rely on these names.
 */
public final class FigureDtos {

    private FigureDtos() {
    }

    /**
     * Where an expected organisation stands with a quarter's report. Submitted: ON_TIME (first submitted before the
     * due instant), LATE (at or after it). Not submitted: NOT_DUE (the quarter has not ended), PENDING (it has ended,
     * the report is not yet due), MISSING (the due instant has passed).
     */
    @Schema(name = "ReportTimeliness", description = "ON_TIME: first submitted by the deadline; LATE: first submitted after it; MISSING: not submitted and the deadline has passed; PENDING: not submitted, the quarter has ended but the deadline has not passed; NOT_DUE: the quarter has not ended")
    public enum Timeliness {
        ON_TIME, LATE, MISSING, PENDING, NOT_DUE
    }

    @Schema(name = "ReportQuarterCompleteness", description = "One quarter's completeness over the expected organisations (the member enterprises): expected = onTime + late + missing + pending + notDue, submitted = onTime + late")
    public record QuarterTotals(
            @Schema(example = "2017-Q2") String period,
            @Schema(description = "When the quarter ends: midnight after its last day in the cluster's time zone", example = "2017-06-30T21:00:00Z") Instant endsAt,
            @Schema(description = "When its reports are due: karta.reports.due-after-days (default 30) after its last day, midnight in the cluster's time zone; a first submission at or after this instant is late", example = "2017-07-30T21:00:00Z") Instant dueAt,
            @Schema(example = "6") long expected,
            @Schema(example = "5") long submitted,
            @Schema(example = "4") long onTime,
            @Schema(example = "1") long late,
            @Schema(example = "1") long missing,
            @Schema(example = "0") long pending,
            @Schema(example = "0") long notDue) {
    }

    @Schema(name = "ReportCompletenessCell", description = "One organisation and quarter")
    public record Cell(
            @Schema(example = "2017-Q2") String period,
            Timeliness status,
            @Schema(description = "The report, when there is one and the caller may open it (the association and ЦКР: any; a member: its own organisation's); null otherwise", nullable = true) UUID reportId,
            @Schema(description = "The report's status when there is one", nullable = true) ReportStatus reportStatus,
            @Schema(description = "When the report was first submitted (what timeliness is judged by)", nullable = true) Instant firstSubmittedAt) {
    }

    @Schema(name = "ReportCompletenessRow", description = "An expected organisation and its quarters, in the order of periods")
    public record OrganisationRow(UUID organisationId,
            @Schema(example = "ООО «Композит-Демо»") String organisationName, List<Cell> quarters) {
    }

    @Schema(name = "ReportCompleteness", description = "Who has reported, on time or late, and who has not: the member enterprises × the quarters asked for")
    public record CompletenessView(
            @Schema(example = "2017") int year,
            @Schema(description = "The quarters asked for, in order: the four of the year, or the one period", example = "[\"2017-Q1\", \"2017-Q2\", \"2017-Q3\", \"2017-Q4\"]") List<String> periods,
            @Schema(description = "Per quarter, in the order of periods") List<QuarterTotals> totals,
            @Schema(description = "The expected organisations (kind MEMBER_ENTERPRISE), by name") List<OrganisationRow> organisations) {
    }

    // ------------------------------------------------------------------------------------------------ summary

    @Schema(name = "ReportTotal", description = "A total over the reports that have the value: blank is never zero, so a total counts only the reports that filled it, and says how many did. value is null when none did.")
    public record Total(
            @Schema(nullable = true, example = "73120.4") BigDecimal value,
            @Schema(description = "How many reports the value is made of (over the year to date: summed over its quarters)", example = "5") long reports,
            @Schema(description = "How many quarters the value is made of: 1 or 0 for one quarter, up to 4 for the year to date", example = "1") int quarters) {
    }

    @Schema(name = "ReportFigures", description = "The cluster's figures over a quarter or the year to date")
    public record Figures(
            @Schema(description = "The first quarter the figures cover", example = "2017-Q1") String from,
            @Schema(description = "The last quarter the figures cover", example = "2017-Q2") String to,
            @Schema(description = "Reports counted (over the year to date: summed over its quarters)", example = "5") long reports,
            @Schema(description = "Every entered numeric indicator of the form by code, in the form's order. Within a quarter the organisations' values add up; over the year to date each indicator follows its form aggregation: SUM for flows, LAST (the latest quarter that has it) for stocks such as P01, AVERAGE of the quarters for P02.", additionalProperties = Total.class) Map<String, Total> values,
            @Schema(description = "The computed indicators by code, by the form's formulas from totals over the reports that filled both the numerator and the denominator (a blank part is not read as zero); over the year to date from the per-quarter means of those totals (the latest quarter's for LAST), so P04 stays a monthly wage and P06 a quarter's revenue per employee", additionalProperties = Total.class) Map<String, Total> computed) {
    }

    @Schema(name = "ReportTrendPoint")
    public record Point(@Schema(example = "2017-Q1") String period, @Schema(nullable = true) BigDecimal value,
            @Schema(description = "Reports the value is made of") long reports) {
    }

    @Schema(name = "ReportTrendQuarter")
    public record TrendQuarter(@Schema(example = "2017-Q1") String period,
            @Schema(description = "Reports counted in the quarter") long reportingOrganisations) {
    }

    @Schema(name = "ReportTrends", description = "The quarter totals of each quarter of the period's year")
    public record Trends(List<TrendQuarter> quarters,
            @Schema(description = "One series per indicator (entered and computed) by code: a point per quarter, in the order of quarters", additionalProperties = Point[].class) Map<String, List<Point>> series) {
    }

    @Schema(name = "ReportBenchmarkCheck", description = "A computed indicator against its benchmark minimum (R09, the share of supplies to other cluster members, against the 20 % of the federal cluster rules)")
    public record BenchmarkCheck(
            @Schema(example = "R09") String indicator,
            @Schema(example = "20") BigDecimal minimum,
            String nameRu,
            String nameEn,
            @Schema(description = "The quarter's value", nullable = true, example = "23.4") BigDecimal quarter,
            @Schema(description = "quarter ≥ minimum; null when there is no value", nullable = true) Boolean quarterMet,
            @Schema(description = "The year to date's value", nullable = true, example = "21.9") BigDecimal yearToDate,
            @Schema(description = "yearToDate ≥ minimum; null when there is no value", nullable = true) Boolean yearToDateMet) {
    }

    @Schema(name = "ConsolidatedSummary", description = "The cluster's consolidated figures for a quarter, the year to date and the quarters of the year, over accepted reports (optionally also submitted ones)")
    public record SummaryView(
            @Schema(example = "2017-Q2") String period,
            @Schema(description = "Also submitted (not yet accepted) reports are counted") boolean includeSubmitted,
            @Schema(description = "The report statuses counted") List<ReportStatus> statuses,
            @Schema(description = "The form version in force for the period: its indicators, names, units and formulas", example = "1") int formVersion,
            @Schema(description = "Organisations whose report for the period is counted", example = "5") long reportingOrganisations,
            @Schema(description = "Organisations expected to report (kind MEMBER_ENTERPRISE)", example = "6") long expectedOrganisations,
            @Schema(description = "The period alone") Figures quarter,
            @Schema(description = "From the first quarter of the period's year to the period") Figures yearToDate,
            Trends trends,
            @Schema(description = "Every computed indicator with a benchmark, against it") List<BenchmarkCheck> benchmarks) {
    }
}
