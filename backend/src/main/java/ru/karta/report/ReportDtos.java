package ru.karta.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import ru.karta.common.Permissions;
import ru.karta.report.ReportRules.Severity;

/** Request and response shapes of quarterly reports. Integration scripts and the SPA rely on these names. */
public final class ReportDtos {

    private ReportDtos() {
    }

    /** The schema of one value of a report: a number, or null when blank (not reported). */
    @Schema(name = "ReportValue", type = SchemaType.NUMBER, nullable = true, description = "A number, or null when blank (not reported; never read as zero)")
    public static final class ReportValue {
        private ReportValue() {
        }
    }

    @Schema(name = "QuarterlyReport")
    public record ReportView(
            UUID id,
            UUID organisationId,
            @Schema(example = "ООО «Композит-Демо»") String organisationName,
            @Schema(example = "2017-Q2") String period,
            @Schema(description = "The version of the form the report is filled in", example = "1") int formVersion,
            ReportStatus status,
            @Schema(description = "Every entered numeric indicator of its form by code, in the form's order: a number or null (blank)", additionalProperties = ReportValue.class, example = "{\"R01\": 15234.5, \"R02\": 14800, \"R03\": null}") Map<String, BigDecimal> values,
            @Schema(description = "The computed indicators by code (shares in %, P04 in roubles): null when a part of the formula is blank or its denominator zero", additionalProperties = ReportValue.class, example = "{\"R08\": 38.5, \"R09\": 21.2, \"P04\": 41250, \"P06\": 380.9}") Map<String, BigDecimal> computed,
            @Schema(description = "N01: explanations, required when a warning is raised", nullable = true) String comment,
            @Schema(description = "The association's comment when it last returned the report", nullable = true) String returnComment,
            @Schema(description = "What the form's rules find in the values now; ERROR blocks submitting") List<IssueView> issues,
            @Schema(description = "The quarter before this one, whose report the change warnings compare with", example = "2017-Q1") String previousPeriod,
            @Schema(description = "The values of the organisation's report for previousPeriod when it is submitted or accepted (what CHANGE_WARNING compares with; the browser runs the same rules with them), every entered numeric indicator by code, null when blank; null when there is no such report", nullable = true, additionalProperties = ReportValue.class, example = "{\"R01\": 14100, \"R02\": 13950.5, \"R03\": null}") Map<String, BigDecimal> previousValues,
            ReportPermissions permissions,
            @Schema(description = "The quarter is closed for entry and the association has not reopened it for this organisation") boolean locked,
            @Schema(description = "When entry for the quarter closes (karta.reports.lock-after-days after its end, midnight in the cluster's time zone)") Instant closesAt,
            @Schema(description = "When the association last opened it for entry again; the lock does not apply until the next submit", nullable = true) Instant reopenedAt,
            long version,
            @Schema(nullable = true) Instant submittedAt,
            @Schema(nullable = true) Instant acceptedAt,
            Instant createdAt,
            Instant updatedAt) {
    }

    @Schema(name = "ReportIssue", description = "A finding of the form's rules")
    public record IssueView(
            @Schema(description = "NEGATIVE, NOT_INTEGER, TOO_MANY_DECIMALS, REQUIRED, PART_EXCEEDS_WHOLE, PAIR_INCOMPLETE, CHANGE_OVER_THRESHOLD, COMMENT_REQUIRED", example = "PART_EXCEEDS_WHOLE") String code,
            Severity severity,
            @Schema(description = "In the caller's language", example = "«в т.ч. продукции кластера» (R03) больше, чем «Объём отгруженной продукции собственного производства» (R02): часть не может быть больше целого.") String message,
            @Schema(description = "The indicators it is about, the one to correct first", example = "[\"R03\", \"R02\"]") List<String> indicators) {
    }

    @Schema(name = "QuarterlyReportPermissions", description = "What the caller may do with this report now")
    public record ReportPermissions(
            @Schema(description = "Change values and comment (its organisation, while a draft or returned and not locked)") boolean edit,
            @Schema(description = "Submit it (as edit; refused with 400 while it has errors)") boolean submit,
            @Schema(description = "Accept the submitted report (association)") boolean accept,
            @JsonProperty("return") @Schema(name = "return", description = "Return the submitted report with a comment (association)") boolean returnReport,
            @Schema(description = "Open it for entry by its organisation again (association; when submitted, accepted or locked)") boolean reopen)
            implements Permissions {
    }

    @Schema(name = "QuarterlyReportSummary", description = "A report in a list, without its values")
    public record ReportSummary(UUID id, UUID organisationId, String organisationName,
            @Schema(example = "2017-Q2") String period, int formVersion, ReportStatus status, boolean locked,
            Instant closesAt, @Schema(nullable = true) Instant submittedAt, @Schema(nullable = true) Instant acceptedAt,
            Instant updatedAt, long version) {
    }

    @Schema(name = "QuarterlyReportList")
    public record ReportList(List<ReportSummary> items, int page, int size, long totalItems,
            ReportListPermissions permissions) {
    }

    @Schema(name = "QuarterlyReportListPermissions", description = "What the caller may do with the list of reports")
    public record ReportListPermissions(
            @Schema(description = "Create a report (a member for its organisation; the association for any)") boolean create,
            @Schema(description = "The quarters a report may be started for now, newest first: the current quarter and the last eight that are still open for entry (for the association also the closed ones: a report it starts there is opened for entry); empty when create is false", example = "[\"2017-Q3\", \"2017-Q2\"]") List<String> periods) {
    }

    @Schema(name = "QuarterlyReportCreateInput", description = "A new report (a draft): a member may omit organisationId (its own); the association names the organisation")
    public record CreateInput(
            UUID organisationId,
            @NotBlank @Size(max = 20) @Schema(description = "The quarter, as YYYY-Qn", example = "2017-Q2", pattern = "^[0-9]{4}-Q[1-4]$") String period) {
    }

    @Schema(name = "QuarterlyReportInput", description = "The whole of a report's entered content (values left out are blank). Send the version it is based on, or If-Match with the ETag.")
    public record UpdateInput(
            @NotNull @Schema(description = "Entered indicators by code: a number, or null for blank. Computed indicators and unknown codes are refused.", additionalProperties = ReportValue.class, example = "{\"R01\": 15234.5, \"R02\": 14800, \"R03\": 5700}") Map<String, BigDecimal> values,
            @Size(max = 4000) @Schema(description = "N01", nullable = true) String comment,
            @Schema(description = "The version the change is based on, when If-Match is not sent", example = "3") Long version) {
    }

    @Schema(name = "QuarterlyReportReturnInput", description = "Why the report is returned to its organisation")
    public record ReturnInput(
            @NotBlank @Size(max = 4000) @Schema(example = "R03 больше R02: уточните объём композитной продукции") String comment) {
    }
}
