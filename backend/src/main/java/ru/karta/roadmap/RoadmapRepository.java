package ru.karta.roadmap;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import ru.karta.common.Texts;
import ru.karta.common.Page;
import ru.karta.common.Sorts;

@ApplicationScoped
public class RoadmapRepository implements PanacheRepositoryBase<Roadmap, UUID> {

    public record Filter(List<RoadmapStatus> statuses, String q, Instant updatedSince) {
    }

    public List<Roadmap> search(Filter filter, Sorts.Sort sort, Page page) {
        Parameters params = new Parameters();
        return find("from Roadmap r where " + where(filter, params) + " order by " + sort.orderBy() + ", r.id", params)
                .page(page.page(), page.size()).list();
    }

    public long count(Filter filter) {
        Parameters params = new Parameters();
        return count("from Roadmap r where " + where(filter, params), params);
    }

    private static String where(Filter filter, Parameters params) {
        StringBuilder where = new StringBuilder("r.status in :statuses");
        params.and("statuses", filter.statuses());
        if (filter.q() != null) {
            where.append(" and lower(r.title) like :q escape '\\'");
            params.and("q", Texts.containsPattern(filter.q()));
        }
        if (filter.updatedSince() != null) {
            where.append(" and r.updatedAt >= :updatedSince");
            params.and("updatedSince", filter.updatedSince());
        }
        return where.toString();
    }

    /** Roadmaps whose period overlaps the given one, newest first. */
    public List<Roadmap> overlapping(java.time.LocalDate start, java.time.LocalDate end) {
        return find("periodStart <= ?1 and periodEnd >= ?2 order by periodStart desc, createdAt desc", end, start)
                .list();
    }

    public Map<UUID, Long> itemCounts(List<UUID> roadmapIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (roadmapIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : getEntityManager().createQuery(
                "select i.roadmapId, count(i) from RoadmapItem i where i.roadmapId in :ids group by i.roadmapId",
                Object[].class).setParameter("ids", roadmapIds).getResultList()) {
            counts.put((UUID) row[0], (Long) row[1]);
        }
        return counts;
    }
}
