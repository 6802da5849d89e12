package ru.karta.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import ru.karta.common.Texts;
import ru.karta.common.Page;
import ru.karta.common.Sorts;

@ApplicationScoped
public class RoadmapItemRepository implements PanacheRepositoryBase<RoadmapItem, UUID> {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** The filters of the item list. {@code today} decides what is overdue. */
    public record Filter(UUID roadmapId, List<ItemStatus> statuses, UUID organisationId, Boolean overdue,
            LocalDate today, LocalDate dueBefore, LocalDate dueAfter, String q, Instant updatedSince) {
    }

    /** One page of items, in the requested order, with their parties loaded. */
    public List<RoadmapItem> search(Filter filter, Sorts.Sort sort, Page page) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select i.id from roadmap_item i where " + where(filter, params) + " order by " + sort.orderBy()
                + ", i.sort_key, i.id limit :limit offset :offset";
        // No result class: Hibernate 7.2 never finds a plan keyed with one again and would add a copy per request
        // (QueryPlanCacheTest); the uuid column reads as UUID anyway.
        Query query = getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        query.setParameter("limit", page.size()).setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return loadInOrder(ids);
    }

    public long count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        Query query = getEntityManager().createNativeQuery("select count(*) from roadmap_item i where "
                + where(filter, params));
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Hibernate 6 returns each item once despite the fetch join; no SQL distinct, which sorts the wide rows. */
    public List<RoadmapItem> loadInOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<RoadmapItem> items = getEntityManager().createQuery(
                "select i from RoadmapItem i left join fetch i.parties where i.id in :ids", RoadmapItem.class)
                .setParameter("ids", ids).getResultList();
        Map<UUID, Integer> order = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        List<RoadmapItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(item -> order.get(item.id)));
        return sorted;
    }

    public List<RoadmapItem> allOf(UUID roadmapId) {
        return getEntityManager().createQuery("select i from RoadmapItem i left join fetch i.parties"
                + " where i.roadmapId = :roadmapId order by i.sortKey", RoadmapItem.class)
                .setParameter("roadmapId", roadmapId).getResultList();
    }

    public RoadmapItem findForUpdate(UUID id) {
        return getEntityManager().find(RoadmapItem.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean numberTaken(UUID roadmapId, String number, UUID exceptId) {
        return count("roadmapId = ?1 and number = ?2 and id <> ?3", roadmapId, number,
                exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }

    private static String where(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("i.roadmap_id = :roadmapId");
        params.put("roadmapId", filter.roadmapId());
        if (!filter.statuses().isEmpty()) {
            where.append(" and i.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.organisationId() != null) {
            where.append(" and exists (select 1 from roadmap_item_party p where p.item_id = i.id"
                    + " and p.organisation_id = :organisationId)");
            params.put("organisationId", filter.organisationId());
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " and " + Overdue.SQL : " and not " + Overdue.SQL);
            params.put("today", filter.today());
        }
        if (filter.dueBefore() != null) {
            where.append(" and i.due_date <= :dueBefore");
            params.put("dueBefore", filter.dueBefore());
        }
        if (filter.dueAfter() != null) {
            where.append(" and i.due_date >= :dueAfter");
            params.put("dueAfter", filter.dueAfter());
        }
        if (filter.q() != null) {
            String tsquery = prefixQuery(filter.q());
            if (tsquery.isEmpty()) {
                // no word in the text (only punctuation): a plain substring search
                where.append(" and i.activity ilike :like");
                params.put("like", Texts.containsPattern(filter.q()));
            } else {
                // the words as Russian-stemmed prefixes, on the indexed tsvectors of the item's own text and of its
                // organisations and officials (roadmap_item_words, kept by triggers, V3): no scan of every row's text
                where.append(" and (i.search @@ to_tsquery('russian', :tsquery) or i.id in (select w.item_id"
                        + " from roadmap_item_words w where w.roadmap_id = :roadmapId"
                        + " and w.words @@ to_tsquery('russian', :tsquery)))");
                params.put("tsquery", tsquery);
            }
        }
        if (filter.updatedSince() != null) {
            where.append(" and i.updated_at >= :updatedSince");
            params.put("updatedSince", filter.updatedSince());
        }
        return where.toString();
    }

    /**
     * Words of the search text as Russian-stemmed prefixes: "композит" finds "композитного", "совещание" finds
     * "совещания". Only letters and digits pass, so the text can never change the query's structure.
     */
    static String prefixQuery(String q) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(q);
        while (m.find() && words.size() < 10) {
            words.add(m.group() + ":*");
        }
        return String.join(" & ", words);
    }

    /**
     * The items of approved roadmaps where an organisation is responsible or assisting: overdue first, then those due
     * by {@code soon}, then the other open ones, done and cancelled last; by due date within each group.
     */
    public List<RoadmapItem> ofOrganisation(UUID organisationId, LocalDate today, LocalDate soon, Page page) {
        Query query = getEntityManager().createNativeQuery("select i.id from roadmap_item i"
                + " join roadmap r on r.id = i.roadmap_id and r.status = 'APPROVED'"
                + " where exists (select 1 from roadmap_item_party p where p.item_id = i.id"
                + " and p.organisation_id = :organisationId)"
                + " order by case when " + Overdue.SQL + " then 0"
                + " when i.status in ('DONE', 'CANCELLED') then 3 when i.due_date <= :soon then 1 else 2 end,"
                + " i.due_date, r.period_start desc, i.sort_key, i.id limit :limit offset :offset");
        query.setParameter("organisationId", organisationId).setParameter("today", today).setParameter("soon", soon)
                .setParameter("limit", page.size()).setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return loadInOrder(ids);
    }

    public long countOfOrganisation(UUID organisationId) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from roadmap_item i"
                + " join roadmap r on r.id = i.roadmap_id and r.status = 'APPROVED'"
                + " where exists (select 1 from roadmap_item_party p where p.item_id = i.id"
                + " and p.organisation_id = :organisationId)").setParameter("organisationId", organisationId)
                .getSingleResult()).longValue();
    }

    /** Counts for the dashboard: status x overdue, and per organisation and role. */
    public List<Object[]> statusCounts(UUID roadmapId, LocalDate today) {
        return getEntityManager().createNativeQuery("select i.status, count(*), count(*) filter (where " + Overdue.SQL
                + ") from roadmap_item i where i.roadmap_id = :roadmapId group by i.status", Object[].class)
                .setParameter("roadmapId", roadmapId).setParameter("today", today).getResultList();
    }

    public List<Object[]> organisationCounts(UUID roadmapId, LocalDate today) {
        return getEntityManager().createNativeQuery("select p.organisation_id, p.role, i.status, count(distinct i.id),"
                + " count(distinct i.id) filter (where " + Overdue.SQL + ")"
                + " from roadmap_item_party p join roadmap_item i on i.id = p.item_id"
                + " where i.roadmap_id = :roadmapId group by p.organisation_id, p.role, i.status", Object[].class)
                .setParameter("roadmapId", roadmapId).setParameter("today", today).getResultList();
    }
}
