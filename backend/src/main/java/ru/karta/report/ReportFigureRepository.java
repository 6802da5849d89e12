package ru.karta.report;

import static ru.karta.common.SqlValues.instant;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import ru.karta.organisation.OrganisationKind;

/**
 * The queries behind completeness and the consolidated summary: each answer is one SQL statement, whatever the number
 * of organisations (bench/reports.sh measures them against the same SQL run by psql alone).
 */
@ApplicationScoped
public class ReportFigureRepository {

    /** Who is expected to report: the member enterprises. */
    static final OrganisationKind EXPECTED = OrganisationKind.MEMBER_ENTERPRISE;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

    private final EntityManager em;

    @Inject
    public ReportFigureRepository(EntityManager em) {
        this.em = em;
    }

    /** An expected organisation, and its report of one quarter if it has one (quarter 0 and no report when none). */
    public record CompletenessRow(UUID organisationId, String organisationName, int year, int quarter, UUID reportId,
            ReportStatus status, Instant firstSubmittedAt) {
    }

    /**
     * Every expected organisation by name, each with its reports of the quarters {@code from}..{@code to} (one row per
     * report; one row without a report for an organisation that has none of them). One query: the organisations left
     * joined with their reports through the (organisation, year, quarter) unique index.
     */
    @SuppressWarnings("unchecked")
    public List<CompletenessRow> completeness(Quarter from, Quarter to) {
        Query query = em.createNativeQuery("""
                select o.id, coalesce(nullif(btrim(o.short_name), ''), o.full_name) as name, r.period_year,
                       r.period_quarter, r.id as report_id, r.status, r.first_submitted_at
                  from organisation o
                  left join quarterly_report r on r.organisation_id = o.id
                       and r.period_year * 4 + r.period_quarter between :fromIndex and :toIndex
                 where o.kind = :kind
                 order by lower(coalesce(nullif(btrim(o.short_name), ''), o.full_name)), o.id, r.period_year,
                       r.period_quarter""");
        query.setParameter("kind", EXPECTED.name()).setParameter("fromIndex", index(from))
                .setParameter("toIndex", index(to));
        List<CompletenessRow> rows = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            rows.add(new CompletenessRow((UUID) row[0], (String) row[1],
                    row[2] == null ? 0 : ((Number) row[2]).intValue(),
                    row[3] == null ? 0 : ((Number) row[3]).intValue(),
                    (UUID) row[4], row[5] == null ? null : ReportStatus.valueOf((String) row[5]), instant(row[6])));
        }
        return rows;
    }

    /** What the summary of a year is made of; see {@link #yearFigures}. */
    public record FigureRow(char kind, int quarter, String code, long reports, BigDecimal first, BigDecimal second) {
    }

    /** A computed indicator's formula parts, for the totals over reports that filled both. */
    public record Pair(String code, String numerator, String denominator) {
    }

    /**
     * All the totals a year's summary needs, in one statement over the reports of the year with the given statuses:
     * <ul>
     * <li>{@code E}: the number of expected organisations (in {@code reports});</li>
     * <li>{@code R}: per quarter, the number of reports counted;</li>
     * <li>{@code V}: per quarter and entered code, how many reports filled it and their sum ({@code first});</li>
     * <li>{@code C}: per quarter and computed indicator, over the reports that filled both its numerator and its
     * denominator: how many, the numerator's sum ({@code first}) and the denominator's ({@code second}). The formula
     * parts of each report are pivoted into columns in one pass over the year's values of those codes.</li>
     * </ul>
     * Blank values have no row in quarterly_report_value, so nothing blank is ever counted as zero.
     */
    @SuppressWarnings("unchecked")
    public List<FigureRow> yearFigures(int year, List<ReportStatus> statuses, List<Pair> pairs) {
        String sql = """
                select 'E' as kind, 0 as q, null as code, count(*) as reports, null::numeric as first,
                       null::numeric as second
                  from organisation where kind = :kind
                union all
                select 'R', r.period_quarter, null, count(*), null, null
                  from quarterly_report r
                 where r.period_year = :year and r.status in (:statuses)
                 group by r.period_quarter
                union all
                select 'V', r.period_quarter, v.code, count(*), sum(v.value), null
                  from quarterly_report r join quarterly_report_value v on v.report_id = r.id
                 where r.period_year = :year and r.status in (:statuses)
                 group by r.period_quarter, v.code""" + (pairs.isEmpty() ? "" : pairsSql(pairs));
        Query query = em.createNativeQuery(sql);
        query.setParameter("year", year).setParameter("kind", EXPECTED.name())
                .setParameter("statuses", statuses.stream().map(Enum::name).toList());
        List<FigureRow> rows = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            rows.add(new FigureRow(((String) row[0]).charAt(0), ((Number) row[1]).intValue(), (String) row[2],
                    ((Number) row[3]).longValue(), (BigDecimal) row[4], (BigDecimal) row[5]));
        }
        return rows;
    }

    /**
     * The {@code C} rows: each counted report's formula parts as columns (one per code, "R03"), then one row per
     * report and computed indicator where both parts are filled, summed per quarter. Codes are checked against the
     * pattern of a code before they are written into the statement (they come from the stored form, not the caller).
     */
    private static String pairsSql(List<Pair> pairs) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        for (Pair pair : pairs) {
            for (String code : List.of(pair.code(), pair.numerator(), pair.denominator())) {
                if (!CODE.matcher(code).matches()) {
                    throw new IllegalStateException("not an indicator code: " + code);
                }
            }
            codes.add(pair.numerator());
            codes.add(pair.denominator());
        }
        StringBuilder columns = new StringBuilder();
        StringBuilder list = new StringBuilder();
        for (String code : codes) {
            columns.append(", max(v.value) filter (where v.code = '").append(code).append("') as \"").append(code)
                    .append('"');
            list.append(list.length() == 0 ? "" : ", ").append('\'').append(code).append('\'');
        }
        StringBuilder parts = new StringBuilder();
        for (Pair pair : pairs) {
            parts.append(parts.length() == 0 ? "" : ", ").append("('").append(pair.code()).append("', f.\"")
                    .append(pair.numerator()).append("\", f.\"").append(pair.denominator()).append("\")");
        }
        return """

                union all
                select 'C', f.q, p.code, count(*), sum(p.numerator), sum(p.denominator)
                  from (select r.period_quarter as q%s
                          from quarterly_report r join quarterly_report_value v on v.report_id = r.id
                         where r.period_year = :year and r.status in (:statuses) and v.code in (%s)
                         group by r.period_quarter, r.id) as f
                 cross join lateral (values %s) as p(code, numerator, denominator)
                 where p.numerator is not null and p.denominator is not null
                 group by f.q, p.code""".formatted(columns, list, parts);
    }

    private static int index(Quarter quarter) {
        return quarter.year() * 4 + quarter.quarter();
    }

}
