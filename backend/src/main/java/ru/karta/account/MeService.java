package ru.karta.account;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.karta.organisation.OrganisationRepository;
import ru.karta.security.Actor;
import ru.karta.security.Role;

@ApplicationScoped
public class MeService {

    private final OrganisationRepository organisations;

    @Inject
    public MeService(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Transactional
    public MeResource.MeView me(Actor user) {
        var organisationId = user.organisationId();
        String organisationName = organisationId == null ? null
                : organisations.displayNames(List.of(organisationId)).get(organisationId);
        return new MeResource.MeView(user.subject(), user.username(), user.name(),
                user.roles().stream().map(Role::claim).toList(), user.personId(), organisationId, organisationName);
    }
}
