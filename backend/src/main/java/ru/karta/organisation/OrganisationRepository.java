package ru.karta.organisation;

import java.time.Instant;
import java.util.Collection;
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
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    public record Filter(String q, OrganisationKind kind, Instant updatedSince) {
    }

    public List<Organisation> search(Filter filter, Sorts.Sort sort, Page page) {
        Parameters params = new Parameters();
        String where = where(filter, params);
        return find("from Organisation o where " + where + " order by " + sort.orderBy() + ", o.id", params)
                .page(page.page(), page.size()).list();
    }

    public long count(Filter filter) {
        Parameters params = new Parameters();
        return count("from Organisation o where " + where(filter, params), params);
    }

    private static String where(Filter filter, Parameters params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.q() != null) {
            where.append(" and (lower(o.fullName) like :q escape '\\' or lower(o.shortName) like :q escape '\\'"
                    + " or o.inn like :q escape '\\' or exists (select 1 from Organisation a join a.aliases al"
                    + " where a.id = o.id and lower(al) like :q escape '\\'))");
            params.and("q", Texts.containsPattern(filter.q()));
        }
        if (filter.kind() != null) {
            where.append(" and o.kind = :kind");
            params.and("kind", filter.kind());
        }
        if (filter.updatedSince() != null) {
            where.append(" and o.updatedAt >= :updatedSince");
            params.and("updatedSince", filter.updatedSince());
        }
        return where.toString();
    }

    public boolean existsByName(String fullName, UUID exceptId) {
        return count("lower(fullName) = ?1 and id <> ?2", fullName.toLowerCase(java.util.Locale.ROOT),
                exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }

    public boolean existsByInn(String inn, UUID exceptId) {
        return count("inn = ?1 and id <> ?2", inn, exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }

    /** Display names of many organisations in one query. */
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        for (Object[] row : getEntityManager()
                .createQuery("select o.id, o.shortName, o.fullName from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            String shortName = (String) row[1];
            names.put((UUID) row[0], shortName != null && !shortName.isBlank() ? shortName : (String) row[2]);
        }
        return names;
    }

    /** How many rows elsewhere point at an organisation: items, people, accounts, progress authors. */
    public long references(UUID id) {
        Object count = getEntityManager().createNativeQuery("""
                select (select count(*) from roadmap_item_party where organisation_id = :id)
                     + (select count(*) from person where organisation_id = :id)
                     + (select count(*) from account where organisation_id = :id)
                     + (select count(*) from progress_update where author_organisation_id = :id)""")
                .setParameter("id", id).getSingleResult();
        return ((Number) count).longValue();
    }
}
