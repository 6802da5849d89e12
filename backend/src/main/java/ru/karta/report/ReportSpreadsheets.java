package ru.karta.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.karta.common.ApiException;
import ru.karta.common.ClusterClock;
import ru.karta.common.Downloads;
import ru.karta.common.Versions;
import ru.karta.organisation.Organisation;
import ru.karta.organisation.OrganisationRepository;
import ru.karta.report.FigureDtos.Cell;
import ru.karta.report.FigureDtos.CompletenessView;
import ru.karta.report.FigureDtos.OrganisationRow;
import ru.karta.report.FigureDtos.Timeliness;
import ru.karta.report.FormDefinition.Indicator;
import ru.karta.report.ReportExport.OrganisationLine;
import ru.karta.report.ReportExport.QuarterPart;
import ru.karta.report.ReportFigures.QuarterFigures;
import ru.karta.report.ReportService.Editable;
import ru.karta.report.ReportService.Viewed;
import ru.karta.report.SpreadsheetDtos.ImportComment;
import ru.karta.report.SpreadsheetDtos.ImportLine;
import ru.karta.report.SpreadsheetDtos.ImportResult;
import ru.karta.security.Actor;

/**
 * Quarterly reports in spreadsheets: the exports (XLSX and CSV), a report's template, and a filled template read back
 * with a preview before it is saved.
 * <p>
 * <b>Who gets what.</b> The exports are read by every role, as the consolidated summary and completeness they carry;
 * the rows of single organisations follow who may read report values ({@link ReportPolicy#exportScope}): all of
 * them for the association and ЦКР, its own for a member, none for departments and scripts. A template is read by
 * whoever may read the report (404 otherwise); an upload is a change of values, checked as PUT is (its organisation,
 * while the report is a draft or returned and not locked; the version it is based on).
 */
@ApplicationScoped
public class ReportSpreadsheets {

    /** The formats of an export. */
    public enum Format {
        XLSX, CSV
    }

    /** The answer to an upload and the ETag of the report it leaves. */
    public record Imported(ImportResult result, String etag) {
    }

    private final ReportService reports;
    private final ReportFigures figures;
    private final QuarterlyReportRepository repository;
    private final OrganisationRepository organisations;
    private final ReportForms forms;
    private final ReportPolicy policy;
    private final ClusterClock clock;

    @Inject
    public ReportSpreadsheets(ReportService reports, ReportFigures figures, QuarterlyReportRepository repository,
            OrganisationRepository organisations, ReportForms forms, ReportPolicy policy, ClusterClock clock) {
        this.reports = reports;
        this.figures = figures;
        this.repository = repository;
        this.organisations = organisations;
        this.forms = forms;
        this.policy = policy;
        this.clock = clock;
    }

    // ------------------------------------------------------------------------------------------------ exports

    /**
     * The export of a quarter ({@code period}) or of the four quarters of a {@code year}; neither: the quarter before
     * the current one, as the summary. Organisation rows as {@link ReportPolicy#exportScope} allows; totals over the
     * accepted reports (with {@code includeSubmitted} also the submitted ones); the completeness matrix of the year.
     */
    @Transactional
    public Downloads.File export(Actor actor, Integer year, Quarter period, boolean includeSubmitted, Format format,
            Locale locale) {
        policy.requireFigures(actor);
        Quarter asked = year == null && period == null ? Quarter.of(clock.today()).previous() : period;
        CompletenessView matrix = figures.completeness(actor, year, asked); // checks year and period as completeness
        int y = matrix.year();
        List<Quarter> quarters = matrix.periods().stream().map(p -> Quarter.parse("period", p)).toList();
        if (asked != null) {
            matrix = figures.completeness(actor, y, null);
        }
        Map<Quarter, QuarterFigures> totals = figures.quarterFigures(y, quarters, includeSubmitted);

        UUID scope = policy.exportScope(actor);
        boolean linesShown = !ReportPolicy.NOBODY.equals(scope);
        List<QuarterlyReport> found = linesShown
                ? repository.withValues(y, asked == null ? null : asked.quarter(), scope)
                : List.of();
        Map<UUID, Map<Quarter, QuarterlyReport>> byOrganisation = new HashMap<>();
        Set<UUID> shown = new LinkedHashSet<>();
        if (linesShown && scope == null) {
            matrix.organisations().forEach(row -> shown.add(row.organisationId()));
        } else if (linesShown) {
            shown.add(scope);
        }
        for (QuarterlyReport report : found) {
            byOrganisation.computeIfAbsent(report.organisationId, o -> new HashMap<>()).put(report.period(), report);
            shown.add(report.organisationId);
        }
        Map<UUID, Map<String, Cell>> timeliness = new HashMap<>();
        for (OrganisationRow row : matrix.organisations()) {
            Map<String, Cell> cells = new HashMap<>();
            row.quarters().forEach(cell -> cells.put(cell.period(), cell));
            timeliness.put(row.organisationId(), cells);
        }
        List<Organisation> ordered = shown.isEmpty() ? List.of()
                : organisations.list("id in ?1", List.copyOf(shown)).stream()
                        .sorted(Comparator.comparing((Organisation o) -> o.displayName().toLowerCase(Locale.ROOT))
                                .thenComparing(o -> o.id))
                        .toList();

        List<QuarterPart> parts = new ArrayList<>();
        for (Quarter quarter : quarters) {
            QuarterFigures quarterTotals = totals.get(quarter);
            FormDefinition form = quarterTotals.form();
            List<OrganisationLine> lines = new ArrayList<>();
            for (Organisation organisation : ordered) {
                QuarterlyReport report = byOrganisation.getOrDefault(organisation.id, Map.of()).get(quarter);
                Cell cell = timeliness.getOrDefault(organisation.id, Map.of()).get(quarter.toString());
                Timeliness due = cell == null ? null : cell.status();
                if (report == null) {
                    lines.add(new OrganisationLine(organisation.displayName(), organisation.inn, null, null, due,
                            Map.of(), Map.of(), null));
                    continue;
                }
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                report.values.forEach((code, value) -> values.put(code, Numbers.normal(value)));
                lines.add(new OrganisationLine(organisation.displayName(), organisation.inn, report.status,
                        report.submittedAt, due, values, ReportRules.compute(form, values), report.comment));
            }
            parts.add(new QuarterPart(quarter, lines, quarterTotals));
        }
        ReportExport.Data data = new ReportExport.Data(y, parts, matrix, linesShown, includeSubmitted, clock.zone(),
                locale);
        String what = asked == null ? String.valueOf(y) : asked.toString();
        String name = ReportTemplate.text(locale, "export.file", what);
        return format == Format.CSV
                ? new Downloads.File(name + ".csv", "karta-reports-" + what + ".csv", Downloads.CSV + "; charset=UTF-8",
                        out -> ReportExport.csv(data, out))
                : new Downloads.File(name + ".xlsx", "karta-reports-" + what + ".xlsx", Downloads.XLSX,
                        out -> ReportExport.xlsx(data, out));
    }

    // ------------------------------------------------------------------------------------------------ template

    /** A report as a template to fill: its form, identity and current values (whoever may read the report). */
    @Transactional
    public Downloads.File template(Actor actor, UUID id, Locale locale) {
        QuarterlyReport report = reports.readable(actor, id);
        FormDefinition form = forms.of(report);
        String organisation = organisations.displayNames(List.of(report.organisationId)).get(report.organisationId);
        byte[] file = ReportTemplate.write(new ReportTemplate.Content(form, report.id, report.period(),
                organisation == null ? "" : organisation, ReportService.values(form, report), report.comment), locale);
        String name = ReportTemplate.text(locale, "template.file", report.period().toString(),
                organisation == null ? "" : organisation);
        return new Downloads.File(name + ".xlsx", "karta-report-" + report.period() + ".xlsx", Downloads.XLSX,
                out -> out.write(file));
    }

    // ------------------------------------------------------------------------------------------------ upload

    /**
     * A filled template of the report: checked as PUT is (visible: 404; its organisation, open and not locked: 403,
     * 409), then read against the report's form (400 naming the problem). A dry run answers the preview and saves
     * nothing; otherwise the file's values and comment replace the report's, on the version named by If-Match or
     * {@code version} (required as for PUT).
     */
    @Transactional
    public Imported importFile(Actor actor, UUID id, String contentType, byte[] file, boolean dryRun, String ifMatch,
            Integer version, Locale locale) {
        Editable editable = reports.editable(actor, id);
        QuarterlyReport report = editable.report();
        boolean namesVersion = version != null || (ifMatch != null && !ifMatch.isBlank());
        if (!dryRun || namesVersion) {
            Versions.checkWrite(ifMatch, version == null ? null : version.longValue(), report.version,
                    editable.etag());
        }
        if (!spreadsheet(contentType)) {
            throw new ApiException(415, "unsupported-media-type", "problem.import.media-type", null, null, null);
        }
        FormDefinition form = editable.form();
        ReportTemplate.Filled filled = ReportTemplate.read(file, form, report.id, report.period(), locale);

        List<ImportLine> lines = new ArrayList<>();
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        int changes = 0;
        for (Indicator indicator : form.enteredNumbers()) {
            BigDecimal current = Numbers.normal(report.values.get(indicator.code()));
            BigDecimal next = filled.values().get(indicator.code());
            boolean changed = current == null ? next != null : next == null || current.compareTo(next) != 0;
            changes += changed ? 1 : 0;
            lines.add(new ImportLine(indicator.code(), current, next, changed));
            if (next != null) {
                values.put(indicator.code(), next);
            }
        }
        boolean commentChanged = !Objects.equals(report.comment, filled.comment());
        changes += commentChanged ? 1 : 0;
        ImportComment comment = new ImportComment(report.comment, filled.comment(), commentChanged);
        var issues = ReportService.issues(form, filled.values(), editable.previous(), filled.comment(), locale);
        Map<String, BigDecimal> computed = ReportRules.compute(form, filled.values());
        if (dryRun) {
            return new Imported(new ImportResult(report.id, report.period().toString(), true, false, report.version,
                    changes, lines, comment, computed, issues, null), editable.etag());
        }
        Viewed saved = reports.replace(actor, report, form, values, filled.comment(), locale);
        return new Imported(new ImportResult(report.id, report.period().toString(), false, true,
                saved.view().version(), changes, lines, comment, computed, saved.view().issues(), saved.view()),
                saved.etag());
    }

    /** An upload is an XLSX package: its media type, or application/octet-stream (the content is checked anyway). */
    private static boolean spreadsheet(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals(Downloads.XLSX) || type.equals("application/octet-stream");
    }
}
