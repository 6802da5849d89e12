package ru.karta.account;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AccountRepository implements PanacheRepositoryBase<Account, UUID> {

    public Optional<Account> findBySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    public Optional<Account> findByPerson(UUID personId) {
        return find("personId", personId).firstResultOptional();
    }

    public java.util.Map<UUID, Account> byPeople(java.util.Collection<UUID> personIds) {
        java.util.Map<UUID, Account> map = new java.util.HashMap<>();
        if (!personIds.isEmpty()) {
            list("personId in ?1", personIds).forEach(a -> map.put(a.personId, a));
        }
        return map;
    }

    public long countByOrganisation(UUID organisationId) {
        return count("organisationId", organisationId);
    }
}
