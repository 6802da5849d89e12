package ru.karta.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.karta.report.ReportDtos.IssueView;
import ru.karta.report.ReportDtos.ReportView;

/** What an upload of a report's filled template answers: the preview of a dry run, or what was saved. */
public final class SpreadsheetDtos {

    private SpreadsheetDtos() {
    }

    @Schema(name = "ReportImportLine", description = "An entered numeric indicator: its value in the report now and in the file (null when blank)")
    public record ImportLine(
            @Schema(example = "R03") String code,
            @Schema(nullable = true, example = "5200") BigDecimal current,
            @Schema(nullable = true, example = "5700") BigDecimal file,
            @Schema(description = "The file's value differs from the report's (a blank and a number differ; 5 and 5.0 do not)") boolean changed) {
    }

    @Schema(name = "ReportImportComment", description = "The comment N01 in the report now and in the file")
    public record ImportComment(
            @Schema(nullable = true) String current,
            @Schema(nullable = true) String file,
            boolean changed) {
    }

    @Schema(name = "ReportImport", description = """
            A report's filled template read against its form. With dryRun=true nothing is saved: every entered \
            indicator with the report's value and the file's, which change, and what the form's rules find in the \
            values as they would be (the same issues a read of the report gives). Without it the file's values and \
            comment replace the report's, like PUT, and report is the saved report.""")
    public record ImportResult(
            UUID reportId,
            @Schema(example = "2017-Q2") String period,
            @Schema(description = "Nothing was saved: the preview of a dry run") boolean dryRun,
            @Schema(description = "The file's content was saved") boolean saved,
            @Schema(description = "The report's version: the one a dry run was read against (send it as version to save the same file), or the saved one", example = "3") long version,
            @Schema(description = "How many lines change (indicators and the comment)", example = "4") int changes,
            @Schema(description = "Every entered numeric indicator of the form, in its order") List<ImportLine> lines,
            ImportComment comment,
            @Schema(description = "The computed indicators from the file's values", additionalProperties = ReportDtos.ReportValue.class) Map<String, BigDecimal> computed,
            @Schema(description = "What the form's rules find in the file's values; ERROR blocks submitting, not saving") List<IssueView> issues,
            @Schema(description = "The saved report; null for a dry run", nullable = true) ReportView report) {
    }
}
