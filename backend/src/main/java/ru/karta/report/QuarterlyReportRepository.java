package ru.karta.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import ru.karta.common.Page;
import ru.karta.common.Sorts;

@ApplicationScoped
public class QuarterlyReportRepository implements PanacheRepositoryBase<QuarterlyReport, UUID> {

    /** A list request; {@code organisationId} also carries the scope of a member (its own organisation only). */
    public record Filter(Quarter period, UUID organisationId, List<ReportStatus> statuses, Instant updatedSince) {
    }

    /** The reports of a page; sorts name fixed expressions over r (the report) and o (its organisation). */
    public List<QuarterlyReport> search(Filter filter, Sorts.Sort sort, Page page) {
        Parameters params = new Parameters();
        String where = where(filter, params);
        TypedQuery<QuarterlyReport> query = getEntityManager().createQuery("select r from QuarterlyReport r"
                + " join Organisation o on o.id = r.organisationId where " + where + " order by " + sort.orderBy()
                + ", lower(coalesce(o.shortName, o.fullName)), r.id", QuarterlyReport.class);
        params.map().forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long count(Filter filter) {
        Parameters params = new Parameters();
        return count("from QuarterlyReport r where " + where(filter, params), params);
    }

    private static String where(Filter filter, Parameters params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.period() != null) {
            where.append(" and r.periodYear = :year and r.periodQuarter = :quarter");
            params.and("year", filter.period().year()).and("quarter", filter.period().quarter());
        }
        if (filter.organisationId() != null) {
            where.append(" and r.organisationId = :organisationId");
            params.and("organisationId", filter.organisationId());
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" and r.status in :statuses");
            params.and("statuses", filter.statuses());
        }
        if (filter.updatedSince() != null) {
            where.append(" and r.updatedAt >= :updatedSince");
            params.and("updatedSince", filter.updatedSince());
        }
        return where.toString();
    }

    /**
     * The reports of a year (or of one of its quarters), with their values, of every organisation or of one: what an
     * export lists. One statement.
     */
    public List<QuarterlyReport> withValues(int year, Integer quarter, UUID organisationId) {
        TypedQuery<QuarterlyReport> query = getEntityManager().createQuery("select distinct r from QuarterlyReport r"
                + " left join fetch r.values where r.periodYear = :year"
                + (quarter == null ? "" : " and r.periodQuarter = :quarter")
                + (organisationId == null ? "" : " and r.organisationId = :organisationId"), QuarterlyReport.class)
                .setParameter("year", year);
        if (quarter != null) {
            query.setParameter("quarter", quarter);
        }
        if (organisationId != null) {
            query.setParameter("organisationId", organisationId);
        }
        return query.getResultList();
    }

    public Optional<QuarterlyReport> find(UUID organisationId, Quarter period) {
        return find("organisationId = ?1 and periodYear = ?2 and periodQuarter = ?3", organisationId, period.year(),
                period.quarter()).firstResultOptional();
    }

    /**
     * The report a change warning compares with: the same organisation's report of the previous quarter, when it
     * is submitted or accepted (a draft or a returned report is not a figure to compare with).
     */
    public Optional<QuarterlyReport> previousOf(QuarterlyReport report) {
        Quarter previous = report.period().previous();
        return find("organisationId = ?1 and periodYear = ?2 and periodQuarter = ?3 and status in ?4",
                report.organisationId, previous.year(), previous.quarter(),
                List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)).firstResultOptional();
    }
}
