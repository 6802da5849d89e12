package ru.karta.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.karta.common.ApiException;
import ru.karta.common.ClusterClock;
import ru.karta.common.ReadOnly;
import ru.karta.report.FigureDtos.Cell;
import ru.karta.report.FigureDtos.CompletenessView;
import ru.karta.report.FigureDtos.Figures;
import ru.karta.report.FigureDtos.OrganisationRow;
import ru.karta.report.FigureDtos.QuarterTotals;
import ru.karta.report.FigureDtos.SummaryView;
import ru.karta.report.FigureDtos.Timeliness;
import ru.karta.report.ReportFigureRepository.CompletenessRow;
import ru.karta.security.Actor;

/**
 * What everyone may read about quarterly reports without reading one (DESIGN.md: "consolidated quarterly summary and
 * completeness: yes for all").
 * <p>
 * <b>Completeness and timeliness.</b> The organisations expected to report are those of kind MEMBER_ENTERPRISE (the
 * member enterprises of the cluster; authorities, the association, research organisations and others are not). For
 * each of them and each quarter: ON_TIME when its report was first submitted before the quarter's due instant
 * ({@link ReportLocks#dueAt}: {@code karta.reports.due-after-days}, default 30 days after the quarter's last day, the
 * day the quarter locks), LATE when first submitted at or after it; otherwise NOT_DUE while the quarter has not ended,
 * PENDING until it is due, MISSING after. A report returned or reopened after it was submitted stays submitted for
 * timeliness: it is judged by its first submission. Only those who may open a report get its id.
 * <p>
 * <b>Consolidated summary.</b> Totals over the ACCEPTED reports of a quarter (with {@code includeSubmitted} also the
 * SUBMITTED ones), the year to date, each quarter of the year, and the benchmarks; see {@link Consolidation} for the
 * arithmetic. One SQL statement per answer.
 */
@ApplicationScoped
public class ReportFigures {

    private final ReportFigureRepository figures;
    private final ReportForms forms;
    private final ReportLocks locks;
    private final ReportPolicy policy;
    private final ClusterClock clock;

    @Inject
    public ReportFigures(ReportFigureRepository figures, ReportForms forms, ReportLocks locks, ReportPolicy policy,
            ClusterClock clock) {
        this.figures = figures;
        this.forms = forms;
        this.locks = locks;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * The completeness matrix of a year, or of one quarter ({@code period}); neither: the current year in the cluster's
     * time zone.
     */
    @ReadOnly
    @Transactional
    public CompletenessView completeness(Actor actor, Integer year, Quarter period) {
        policy.requireFigures(actor);
        if (year != null && (year < Quarter.MIN_YEAR || year > Quarter.MAX_YEAR)) {
            throw ApiException.badRequest("year", "problem.report.year-range", Quarter.MIN_YEAR, Quarter.MAX_YEAR);
        }
        if (year != null && period != null && period.year() != year) {
            throw ApiException.badRequest("period", "problem.report.period-not-in-year", period.toString(), year);
        }
        int y = period != null ? period.year() : year != null ? year : clock.today().getYear();
        List<Quarter> quarters = period != null ? List.of(period) : quartersOf(y);
        Matrix matrix = matrix(actor, quarters);
        return new CompletenessView(y, quarters.stream().map(Quarter::toString).toList(), matrix.totals(),
                matrix.rows());
    }

    /** The most quarters a roadmap item's occurrences list (a roadmap usually runs a year). */
    static final int MAX_OCCURRENCES = 40;

    /**
     * Each quarter's completeness over the days {@code start}..{@code end} (a roadmap's period; at most its first
     * {@value #MAX_OCCURRENCES} quarters): what the roadmap item that is the report duty shows as its progress.
     */
    @Transactional
    public List<QuarterTotals> occurrences(LocalDate start, LocalDate end) {
        List<Quarter> quarters = new ArrayList<>();
        for (Quarter q = Quarter.of(start); q.compareTo(Quarter.of(end)) <= 0 && quarters.size() < MAX_OCCURRENCES;
                q = q.next()) {
            quarters.add(q);
        }
        return matrix(null, quarters).totals();
    }

    /**
     * The consolidated summary of a quarter; none given: the quarter before the current one (the one being reported
     * on) in the cluster's time zone.
     */
    @ReadOnly
    @Transactional
    public SummaryView summary(Actor actor, Quarter period, boolean includeSubmitted) {
        policy.requireFigures(actor);
        Quarter quarter = period != null ? period : Quarter.of(clock.today()).previous();
        FormDefinition form = forms.inForce(quarter)
                .orElseThrow(() -> ApiException.badRequest("period", "problem.report.no-form", quarter.toString()));
        List<ReportStatus> statuses = includeSubmitted ? List.of(ReportStatus.ACCEPTED, ReportStatus.SUBMITTED)
                : List.of(ReportStatus.ACCEPTED);
        Consolidation consolidation = new Consolidation(form, quarter.year(),
                figures.yearFigures(quarter.year(), statuses, Consolidation.pairs(form)));
        Figures now = consolidation.quarter(quarter.quarter());
        Figures yearToDate = consolidation.figures(1, quarter.quarter());
        return new SummaryView(quarter.toString(), includeSubmitted, statuses, form.version(),
                consolidation.reports(quarter.quarter()), consolidation.expected(), now, yearToDate,
                consolidation.trends(), consolidation.benchmarks(now, yearToDate));
    }

    /** A quarter's consolidated figures as its summary gives them, with the form they follow. */
    public record QuarterFigures(FormDefinition form, long reports, long expected, Figures figures) {
    }

    /**
     * The consolidated figures of each of {@code quarters} (of one year), exactly as the summary of that quarter gives
     * them: the totals rows of the exports. One statement per form version in force over the quarters (usually one).
     */
    @Transactional
    public Map<Quarter, QuarterFigures> quarterFigures(int year, List<Quarter> quarters, boolean includeSubmitted) {
        List<ReportStatus> statuses = includeSubmitted ? List.of(ReportStatus.ACCEPTED, ReportStatus.SUBMITTED)
                : List.of(ReportStatus.ACCEPTED);
        Map<Integer, Consolidation> byForm = new java.util.HashMap<>();
        Map<Quarter, QuarterFigures> result = new LinkedHashMap<>();
        for (Quarter quarter : quarters) {
            FormDefinition form = forms.inForce(quarter)
                    .orElseThrow(() -> ApiException.badRequest("period", "problem.report.no-form", quarter.toString()));
            Consolidation consolidation = byForm.computeIfAbsent(form.version(), v -> new Consolidation(form, year,
                    figures.yearFigures(year, statuses, Consolidation.pairs(form))));
            result.put(quarter, new QuarterFigures(form, consolidation.reports(quarter.quarter()),
                    consolidation.expected(), consolidation.quarter(quarter.quarter())));
        }
        return result;
    }

    private record Matrix(List<QuarterTotals> totals, List<OrganisationRow> rows) {
    }

    /** One query; {@code actor} null when only the totals are wanted. */
    private Matrix matrix(Actor actor, List<Quarter> quarters) {
        List<CompletenessRow> found = figures.completeness(quarters.get(0), quarters.get(quarters.size() - 1));
        Instant now = clock.now();
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, Map<Quarter, CompletenessRow>> reports = new LinkedHashMap<>();
        for (CompletenessRow row : found) {
            names.put(row.organisationId(), row.organisationName());
            Map<Quarter, CompletenessRow> own = reports.computeIfAbsent(row.organisationId(),
                    id -> new LinkedHashMap<>());
            if (row.reportId() != null) {
                own.put(new Quarter(row.year(), row.quarter()), row);
            }
        }
        long[][] counts = new long[quarters.size()][Timeliness.values().length];
        List<OrganisationRow> rows = new ArrayList<>();
        for (Map.Entry<UUID, String> organisation : names.entrySet()) {
            boolean opens = actor != null && policy.canSeeReportsOf(actor, organisation.getKey());
            List<Cell> cells = new ArrayList<>(quarters.size());
            for (int i = 0; i < quarters.size(); i++) {
                Quarter quarter = quarters.get(i);
                CompletenessRow report = reports.get(organisation.getKey()).get(quarter);
                Timeliness status = timeliness(quarter, report == null ? null : report.firstSubmittedAt(), now);
                counts[i][status.ordinal()]++;
                if (actor != null) {
                    cells.add(report == null ? new Cell(quarter.toString(), status, null, null, null)
                            : new Cell(quarter.toString(), status, opens ? report.reportId() : null, report.status(),
                                    report.firstSubmittedAt()));
                }
            }
            if (actor != null) {
                rows.add(new OrganisationRow(organisation.getKey(), organisation.getValue(), cells));
            }
        }
        List<QuarterTotals> totals = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            Quarter quarter = quarters.get(i);
            long[] c = counts[i];
            long onTime = c[Timeliness.ON_TIME.ordinal()];
            long late = c[Timeliness.LATE.ordinal()];
            totals.add(new QuarterTotals(quarter.toString(), locks.endsAt(quarter), locks.dueAt(quarter), names.size(),
                    onTime + late, onTime, late, c[Timeliness.MISSING.ordinal()], c[Timeliness.PENDING.ordinal()],
                    c[Timeliness.NOT_DUE.ordinal()]));
        }
        return new Matrix(totals, rows);
    }

    private Timeliness timeliness(Quarter quarter, Instant firstSubmittedAt, Instant now) {
        Instant due = locks.dueAt(quarter);
        if (firstSubmittedAt != null) {
            return firstSubmittedAt.isBefore(due) ? Timeliness.ON_TIME : Timeliness.LATE;
        }
        if (now.isBefore(locks.endsAt(quarter))) {
            return Timeliness.NOT_DUE;
        }
        return now.isBefore(due) ? Timeliness.PENDING : Timeliness.MISSING;
    }

    private static List<Quarter> quartersOf(int year) {
        return List.of(new Quarter(year, 1), new Quarter(year, 2), new Quarter(year, 3), new Quarter(year, 4));
    }
}
