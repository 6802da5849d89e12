package ru.karta.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ru.karta.account.PersonDtos.PersonInput;
import ru.karta.account.PersonDtos.PersonList;
import ru.karta.account.PersonDtos.PersonView;
import ru.karta.audit.AuditDtos.HistoryList;
import ru.karta.audit.AuditLog;
import ru.karta.common.ApiException;
import ru.karta.common.Bodies;
import ru.karta.common.ClusterClock;
import ru.karta.common.MergePatch;
import ru.karta.common.Page;
import ru.karta.common.Texts;
import ru.karta.common.Versions;
import ru.karta.identity.KeycloakAdmin;
import ru.karta.organisation.Organisation;
import ru.karta.organisation.OrganisationRepository;
import ru.karta.security.Actor;
import ru.karta.security.Revocations;
import ru.karta.security.Role;

/**
 * People and their accounts. Keycloak holds the accounts (users, passwords, roles in tokens); Karta holds who they
 * are and drives Keycloak through {@link KeycloakAdmin}. An operation that needs Keycloak calls it before it changes
 * anything here: when Keycloak fails, the answer is 503 and Karta is as it was (a person is never marked invited
 * when the invitation did not go out).
 */
@ApplicationScoped
public class PersonService {

    public static final String AUDIT_TYPE = "PERSON";

    private final PersonRepository people;
    private final AccountRepository accounts;
    private final OrganisationRepository organisations;
    private final PersonPolicy policy;
    private final KeycloakAdmin keycloak;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final ClusterClock clock;
    private final Revocations revocations;

    @Inject
    public PersonService(PersonRepository people, AccountRepository accounts, OrganisationRepository organisations,
            PersonPolicy policy, KeycloakAdmin keycloak, AuditLog audit, ObjectMapper json, Validator validator,
            ClusterClock clock, Revocations revocations) {
        this.people = people;
        this.accounts = accounts;
        this.organisations = organisations;
        this.policy = policy;
        this.keycloak = keycloak;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
        this.revocations = revocations;
    }

    @Transactional
    public PersonList list(Actor actor, PersonRepository.Filter filter, Page page) {
        policy.requireRead(actor);
        List<Person> found = people.search(filter, page);
        Map<UUID, Account> byPerson = accounts.byPeople(found.stream().map(p -> p.id).toList());
        Map<UUID, String> names = organisations.displayNames(found.stream().map(p -> p.organisationId).distinct().toList());
        List<PersonView> items = found.stream()
                .map(p -> view(actor, p, byPerson.get(p.id), names.get(p.organisationId))).toList();
        return new PersonList(items, page.page(), page.size(), people.count(filter));
    }

    @Transactional
    public PersonView get(Actor actor, UUID id) {
        policy.requireRead(actor);
        return view(actor, find(id));
    }

    @Transactional
    public PersonView create(Actor actor, JsonNode body) {
        PersonInput input = normalise(Bodies.convert(json, validator, body, PersonInput.class));
        organisation(input.organisationId());
        policy.requireKeep(actor, input.organisationId());
        uniqueEmail(input.email(), null);
        Person person = new Person();
        person.id = UUID.randomUUID();
        person.createdAt = clock.now();
        person.updatedAt = person.createdAt;
        apply(person, input);
        people.persist(person);
        people.flush();
        audit.record(actor, AUDIT_TYPE, person.id, person.organisationId, "CREATED", snapshot(person).asCreated());
        return view(actor, person);
    }

    /**
     * A merge patch of name, position, contacts, organisation. The e-mail of someone with an account is its login and
     * stays as it is (409); a new name follows through to Keycloak.
     */
    @Transactional
    public PersonView patch(Actor actor, UUID id, JsonNode body, String ifMatch) {
        Person person = find(id);
        policy.requireKeep(actor, person.organisationId);
        ObjectNode patch = MergePatch.requireObject(body);
        Long version = MergePatch.takeVersion(patch);
        Account account = accounts.findByPerson(id).orElse(null);
        Versions.checkWrite(ifMatch, version, person.version, etag(actor, person, account));
        PersonInput current = new PersonInput(person.name, person.position, person.organisationId, person.email,
                person.phone);
        PersonInput patched = normalise(Bodies.convert(json, validator, MergePatch.apply(json.valueToTree(current), patch),
                PersonInput.class));
        AuditLog.Snapshot before = snapshot(person);
        if (!patched.organisationId().equals(person.organisationId)) {
            organisation(patched.organisationId());
            policy.requireKeep(actor, patched.organisationId());
            if (account != null) {
                throw ApiException.conflict("account-organisation", "organisationId", "problem.person.account-organisation");
            }
        }
        if (account != null && !java.util.Objects.equals(patched.email(), person.email)) {
            throw ApiException.conflict("account-email", "email", "problem.person.account-email");
        }
        uniqueEmail(patched.email(), person.id);
        Person changed = new Person();
        apply(changed, patched);
        if (before.diff(snapshot(changed)).isEmpty()) {
            return view(actor, person, account, null);
        }
        if (account != null && !patched.name().equals(person.name)) {
            String[] names = firstAndLast(patched.name());
            keycloak.updateUserName(account.subject, names[0], names[1]);
        }
        apply(person, patched);
        person.updatedAt = clock.now();
        people.flush();
        audit.record(actor, AUDIT_TYPE, id, person.organisationId, "UPDATED", before.diff(snapshot(person)));
        return view(actor, person, account, null);
    }

    /**
     * Sends the invitation (again, while it is not yet accepted): a Keycloak user for the e-mail, a member of the
     * organisation's Keycloak Organization, with the roles of its organisation's kind (those the caller may grant),
     * and Keycloak's own mail to set a password and verify the address. Only then does Karta record the account.
     */
    @Transactional
    public PersonView invite(Actor actor, UUID id) {
        Person person = find(id);
        policy.requireManageAccount(actor, person.organisationId);
        Account account = accounts.findByPerson(id).orElse(null);
        AccountState state = account == null ? AccountState.NONE : account.state;
        if (state == AccountState.ACTIVE || state == AccountState.DISABLED) {
            throw ApiException.conflict("account-exists", "problem.person.account-" + state.name().toLowerCase());
        }
        if (person.email == null) {
            throw ApiException.conflict("email-required", "email", "problem.person.email-required");
        }
        Organisation organisation = organisation(person.organisationId);
        if (!organisation.signInEnabled || organisation.keycloakOrganizationId == null) {
            throw ApiException.conflict("sign-in-disabled", "organisationId", "problem.person.sign-in-disabled",
                    organisation.displayName());
        }
        Set<String> roles = account != null ? Set.of(account.roles) : defaultRoles(actor, organisation);
        String[] names = firstAndLast(person.name);
        String subject = keycloak.ensureUser(person.email, names[0], names[1]);
        Account other = accounts.findBySubject(subject).orElse(null);
        if (other != null && !id.equals(other.personId)) {
            throw ApiException.conflict("account-email", "email", "problem.person.email-taken");
        }
        keycloak.addMember(organisation.keycloakOrganizationId, subject);
        keycloak.setRoles(subject, roles);
        keycloak.sendInvitation(subject);
        boolean again = account != null;
        if (account == null) {
            account = new Account();
            account.id = UUID.randomUUID();
            account.subject = subject;
            account.username = person.email.toLowerCase(java.util.Locale.ROOT);
            account.personId = person.id;
            account.organisationId = person.organisationId;
            account.createdAt = clock.now();
            account.state = AccountState.INVITED;
            account.roles = roles.stream().sorted().toArray(String[]::new);
            accounts.persist(account);
        }
        account.invitedAt = clock.now();
        person.updatedAt = account.invitedAt;
        accounts.flush();
        audit.record(actor, AUDIT_TYPE, id, person.organisationId, again ? "INVITATION_RESENT" : "INVITED",
                List.of(new ru.karta.audit.AuditDtos.Change("accountState", state.name(), AccountState.INVITED.name()),
                        new ru.karta.audit.AuditDtos.Change("email", null, person.email)));
        return view(actor, person, account, null);
    }

    /** Disables or enables the account in Keycloak (its sessions end), then here; Karta refuses its tokens at once. */
    @Transactional
    public PersonView setEnabled(Actor actor, UUID id, boolean enabled) {
        Person person = find(id);
        policy.requireManageAccount(actor, person.organisationId);
        Account account = accounts.findByPerson(id)
                .orElseThrow(() -> ApiException.conflict("no-account", "problem.person.no-account"));
        if (!enabled && account.subject.equals(actor.subject())) {
            throw ApiException.conflict("own-account", "problem.person.own-account");
        }
        AccountState before = account.state;
        if (enabled ? before != AccountState.DISABLED : before == AccountState.DISABLED) {
            return view(actor, person, account, null);
        }
        keycloak.setEnabled(account.subject, enabled);
        account.state = enabled ? (account.activatedAt == null ? AccountState.INVITED : AccountState.ACTIVE)
                : AccountState.DISABLED;
        person.updatedAt = clock.now();
        accounts.flush();
        revocations.changed();
        audit.record(actor, AUDIT_TYPE, id, person.organisationId, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED",
                List.of(new ru.karta.audit.AuditDtos.Change("accountState", before.name(), account.state.name())));
        return view(actor, person, account, null);
    }

    @Transactional
    public PersonView grant(Actor actor, UUID id, JsonNode body, String ifMatch) {
        List<String> wanted = Bodies.convert(json, validator, body, PersonDtos.RolesInput.class).roles();
        Person person = find(id);
        Account account = accounts.findByPerson(id).orElse(null);
        policy.requireManageAccount(actor, person.organisationId);
        if (account == null) {
            throw ApiException.conflict("no-account", "problem.person.no-account");
        }
        Versions.checkOptional(ifMatch, etag(actor, person, account));
        Set<String> roles = new LinkedHashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            String role = wanted.get(i);
            Role known = Role.fromClaim(role);
            if (known == null || !PersonPolicy.GRANTABLE.contains(known)) {
                throw ApiException.badRequest("roles[" + i + "]", "problem.person.unknown-role", role);
            }
            roles.add(role);
        }
        if (account.subject.equals(actor.subject()) && !actor.isSystem()) {
            throw ApiException.conflict("own-account", "problem.person.own-account");
        }
        List<String> current = Arrays.asList(account.roles);
        policy.requireGrant(actor, person.organisationId, current, roles);
        String[] sorted = roles.stream().sorted().toArray(String[]::new);
        if (Arrays.equals(sorted, current.stream().sorted().toArray(String[]::new))) {
            return view(actor, person, account, null);
        }
        keycloak.setRoles(account.subject, roles);
        account.roles = sorted;
        person.updatedAt = clock.now();
        accounts.flush();
        audit.record(actor, AUDIT_TYPE, id, person.organisationId, "ROLES_GRANTED", List.of(
                new ru.karta.audit.AuditDtos.Change("roles", String.join(", ", current.stream().sorted().toList()),
                        String.join(", ", sorted))));
        return view(actor, person, account, null);
    }

    @Transactional
    public HistoryList history(Actor actor, UUID id, Page page) {
        Person person = find(id);
        if (!policy.mayKeep(actor, person.organisationId) && !actor.runsCluster()) {
            throw ApiException.forbidden("problem.forbidden.audit");
        }
        return audit.history(AUDIT_TYPE, id, page);
    }

    /** The roles someone of this organisation's kind works with, as far as the caller may grant them. */
    private Set<String> defaultRoles(Actor actor, Organisation organisation) {
        Role role = switch (organisation.kind) {
            case ASSOCIATION -> Role.ASSOCIATION;
            case DEVELOPMENT_CENTRE -> Role.CKR;
            case REGIONAL_AUTHORITY -> Role.DEPARTMENT;
            case FEDERAL_AUTHORITY -> null;
            case MEMBER_ENTERPRISE, RESEARCH_EDUCATION, OTHER -> Role.MEMBER;
        };
        Set<String> roles = new LinkedHashSet<>();
        if (role != null && policy.grantable(actor, organisation.id).contains(role.claim())) {
            roles.add(role.claim());
        }
        return roles;
    }

    /** Keycloak wants a first and a last name: "Петров Пётр Петрович" → last "Петров", first "Пётр Петрович". */
    static String[] firstAndLast(String name) {
        String[] words = name.strip().split("\\s+", 2);
        return words.length == 1 ? new String[] { words[0], words[0] } : new String[] { words[1], words[0] };
    }

    private Person find(UUID id) {
        Person person = people.findById(id);
        if (person == null) {
            throw ApiException.notFound("person");
        }
        return person;
    }

    private Organisation organisation(UUID id) {
        Organisation organisation = organisations.findById(id);
        if (organisation == null) {
            throw ApiException.badRequest("organisationId", "problem.person.unknown-organisation");
        }
        return organisation;
    }

    private void uniqueEmail(String email, UUID self) {
        if (email != null) {
            people.findByEmail(email).filter(p -> !p.id.equals(self)).ifPresent(p -> {
                throw ApiException.conflict("duplicate-email", "email", "problem.person.duplicate-email");
            });
        }
    }

    private static PersonInput normalise(PersonInput input) {
        String email = Texts.blankToNull(input.email());
        return new PersonInput(input.name() == null ? null : input.name().strip().replaceAll("\\s+", " "),
                Texts.blankToNull(input.position()), input.organisationId(),
                email == null ? null : email.toLowerCase(java.util.Locale.ROOT), Texts.blankToNull(input.phone()));
    }

    private static void apply(Person person, PersonInput input) {
        person.name = input.name();
        person.position = input.position();
        person.organisationId = input.organisationId();
        person.email = input.email();
        person.phone = input.phone();
    }

    private static AuditLog.Snapshot snapshot(Person p) {
        return new AuditLog.Snapshot().put("name", p.name).put("position", p.position)
                .put("organisationId", p.organisationId).put("email", p.email).put("phone", p.phone);
    }

    String etag(Actor actor, Person person, Account account) {
        return Versions.etag(person.version, policy.permissions(actor, person,
                account == null ? AccountState.NONE : account.state, account != null && account.subject.equals(actor.subject())));
    }

    PersonView view(Actor actor, Person person) {
        return view(actor, person, accounts.findByPerson(person.id).orElse(null), null);
    }

    private PersonView view(Actor actor, Person person, Account account, String organisationName) {
        String orgName = organisationName != null ? organisationName
                : organisations.displayNames(List.of(person.organisationId)).get(person.organisationId);
        AccountState state = account == null ? AccountState.NONE : account.state;
        boolean contacts = policy.seesContacts(actor, person.organisationId);
        boolean self = account != null && account.subject.equals(actor.subject());
        var permissions = policy.permissions(actor, person, state, self);
        List<String> roles = account == null ? List.of() : new ArrayList<>(List.of(account.roles));
        return new PersonView(person.id, person.name, person.position, person.organisationId, orgName,
                contacts ? person.email : null, contacts ? person.phone : null, state, roles,
                permissions.grantRoles() ? policy.grantable(actor, person.organisationId) : List.of(),
                account == null ? null : account.invitedAt, person.version, person.createdAt, person.updatedAt,
                permissions);
    }
}
