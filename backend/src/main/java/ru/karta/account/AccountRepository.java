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

    public long countByOrganisation(UUID organisationId) {
        return count("organisationId", organisationId);
    }
}
