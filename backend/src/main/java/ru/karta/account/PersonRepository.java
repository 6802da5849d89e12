package ru.karta.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import ru.karta.common.Page;
import ru.karta.common.Texts;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    public record Filter(UUID organisationId, String q) {
    }

    public List<Person> search(Filter filter, Page page) {
        Parameters params = new Parameters();
        return find("from Person p where " + where(filter, params) + " order by lower(p.name), p.id", params)
                .page(page.page(), page.size()).list();
    }

    public long count(Filter filter) {
        Parameters params = new Parameters();
        return count("from Person p where " + where(filter, params), params);
    }

    private static String where(Filter filter, Parameters params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.organisationId() != null) {
            where.append(" and p.organisationId = :org");
            params.and("org", filter.organisationId());
        }
        if (filter.q() != null) {
            where.append(" and (lower(p.name) like :q or lower(coalesce(p.position, '')) like :q)");
            params.and("q", Texts.containsPattern(filter.q()));
        }
        return where.toString();
    }

    public Optional<Person> findByEmail(String email) {
        return find("lower(email) = ?1", email.toLowerCase(java.util.Locale.ROOT)).firstResultOptional();
    }
}
