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

    /** Display names of many organisations in one query. */
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        for (Object[] row : getEntityManager()
                .createQuery("select o.id, o.shortName, o.fullName from Organisation o where o.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            names.put((UUID) row[0], Organisation.displayName((String) row[1], (String) row[2]));
        }
        return names;
    }
}
