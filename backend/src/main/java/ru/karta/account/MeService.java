package ru.karta.account;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import ru.karta.audit.AuditDtos.Change;
import ru.karta.audit.AuditLog;
import ru.karta.common.ClusterClock;
import ru.karta.organisation.OrganisationRepository;
import ru.karta.security.Actor;
import ru.karta.security.Role;

/**
 * Who the caller is. The SPA asks this first after every sign-in, so this is where an account meets Karta: an invited
 * person's first sign-in makes the account active, and someone who came through a partner's own identity provider
 * (Keycloak put them in the partner's organization) is linked to the person of that organisation with the same
 * e-mail, or becomes one. No database edit is ever needed to link an account.
 */
@ApplicationScoped
public class MeService {

    private final OrganisationRepository organisations;
    private final AccountRepository accounts;
    private final PersonRepository people;
    private final AuditLog audit;
    private final ClusterClock clock;
    private final JsonWebToken token;

    @Inject
    public MeService(OrganisationRepository organisations, AccountRepository accounts, PersonRepository people,
            AuditLog audit, ClusterClock clock, JsonWebToken token) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.token = token;
    }

    @Transactional
    public MeResource.MeView me(Actor user) {
        UUID personId = user.personId();
        UUID organisationId = user.organisationId();
        if (user.kind() == Actor.Kind.PERSON) {
            Account account = accounts.findBySubject(user.subject()).orElse(null);
            if (account != null && account.state == AccountState.INVITED) {
                activate(user, account, "ACCOUNT_ACTIVATED");
            } else if (account == null && organisationId != null) {
                account = link(user, organisationId);
                personId = account == null ? null : account.personId;
            }
        }
        String organisationName = organisationId == null ? null
                : organisations.displayNames(List.of(organisationId)).get(organisationId);
        return new MeResource.MeView(user.subject(), user.username(), user.name(),
                user.roles().stream().map(Role::claim).toList(), personId, organisationId, organisationName);
    }

    private void activate(Actor user, Account account, String action) {
        AccountState before = account.state;
        account.state = AccountState.ACTIVE;
        account.activatedAt = clock.now();
        accounts.flush();
        if (account.personId != null) {
            audit.record(user, PersonService.AUDIT_TYPE, account.personId, account.organisationId, action,
                    List.of(new Change("accountState", before.name(), AccountState.ACTIVE.name())));
        }
    }

    /** A first sign-in through the organisation's own identity provider: the person with that e-mail, or a new one. */
    private Account link(Actor user, UUID organisationId) {
        if (organisations.findById(organisationId) == null) {
            return null;
        }
        String email = token.getClaim("email") instanceof String s && !s.isBlank() ? s.toLowerCase(Locale.ROOT) : null;
        Person person = email == null ? null : people.findByEmail(email)
                .filter(p -> p.organisationId.equals(organisationId)).orElse(null);
        if (person != null && accounts.findByPerson(person.id).isPresent()) {
            return null;
        }
        if (person == null) {
            person = new Person();
            person.id = UUID.randomUUID();
            person.organisationId = organisationId;
            person.name = user.name();
            person.email = email != null && people.findByEmail(email).isEmpty() ? email : null;
            person.createdAt = clock.now();
            person.updatedAt = person.createdAt;
            people.persist(person);
            people.flush();
            audit.record(user, PersonService.AUDIT_TYPE, person.id, organisationId, "CREATED",
                    new AuditLog.Snapshot().put("name", person.name).put("organisationId", organisationId)
                            .put("email", person.email).asCreated());
        }
        Account account = new Account();
        account.id = UUID.randomUUID();
        account.subject = user.subject();
        account.username = user.username();
        account.personId = person.id;
        account.organisationId = organisationId;
        account.createdAt = clock.now();
        account.roles = user.roles().stream().map(Role::claim).sorted().toArray(String[]::new);
        account.state = AccountState.ACTIVE;
        account.activatedAt = account.createdAt;
        accounts.persist(account);
        accounts.flush();
        audit.record(user, PersonService.AUDIT_TYPE, person.id, organisationId, "ACCOUNT_LINKED",
                List.of(new Change("accountState", AccountState.NONE.name(), AccountState.ACTIVE.name())));
        return account;
    }
}
