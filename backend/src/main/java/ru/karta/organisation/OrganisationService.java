package ru.karta.organisation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ru.karta.audit.AuditDtos.HistoryList;
import ru.karta.audit.AuditLog;
import ru.karta.common.ApiException;
import ru.karta.common.Bodies;
import ru.karta.common.ClusterClock;
import ru.karta.common.MergePatch;
import ru.karta.common.Page;
import ru.karta.common.Texts;
import ru.karta.common.Sorts;
import ru.karta.common.Versions;
import ru.karta.common.ReadOnly;
import ru.karta.organisation.OrganisationDtos.Contacts;
import ru.karta.organisation.OrganisationDtos.OrganisationInput;
import ru.karta.organisation.OrganisationDtos.OrganisationList;
import ru.karta.organisation.OrganisationDtos.OrganisationView;
import ru.karta.identity.KeycloakAdmin;
import ru.karta.security.Actor;

/** Organisations: the directory everyone reads; the association manages it, ЦКР edits, a member its own contacts. */
@ApplicationScoped
public class OrganisationService {

    static final String AUDIT_TYPE = "ORGANISATION";
    private static final Map<String, String> SORTS = Map.of(
            "name", "lower(o.fullName)", "kind", "o.kind", "updatedAt", "o.updatedAt", "createdAt", "o.createdAt");

    private final OrganisationRepository organisations;
    private final OrganisationPolicy policy;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final ClusterClock clock;
    private final KeycloakAdmin keycloak;

    @Inject
    public OrganisationService(OrganisationRepository organisations, OrganisationPolicy policy, AuditLog audit,
            ObjectMapper json, Validator validator, ClusterClock clock, KeycloakAdmin keycloak) {
        this.keycloak = keycloak;
        this.organisations = organisations;
        this.policy = policy;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @ReadOnly
    @Transactional
    public OrganisationList list(Actor actor, OrganisationRepository.Filter filter, String sort, Page page) {
        Sorts.Sort order = Sorts.parse(sort, SORTS, "name");
        List<OrganisationView> items = organisations.search(filter, order, page).stream().map(o -> view(actor, o))
                .toList();
        return new OrganisationList(items, page.page(), page.size(), organisations.count(filter));
    }

    @ReadOnly
    @Transactional
    public OrganisationView get(Actor actor, UUID id) {
        return view(actor, find(id));
    }

    @Transactional
    public OrganisationView create(Actor actor, JsonNode body) {
        policy.requireCreate(actor);
        OrganisationInput input = Bodies.convert(json, validator, body, OrganisationInput.class);
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.createdAt = clock.now();
        organisation.updatedAt = organisation.createdAt;
        apply(organisation, normalise(input));
        organisations.persist(organisation);
        organisations.flush();
        audit.record(actor, AUDIT_TYPE, organisation.id, null, "CREATED", snapshot(organisation).asCreated());
        return view(actor, organisation);
    }

    /** A merge patch; one that changes nothing changes nothing: same version, same ETag, no audit entry. */
    @Transactional
    public OrganisationView patch(Actor actor, UUID id, JsonNode body, String ifMatch) {
        Organisation organisation = find(id);
        ObjectNode patch = MergePatch.requireObject(body);
        List<String> fields = new ArrayList<>();
        patch.fieldNames().forEachRemaining(fields::add);
        policy.requireEdit(actor, organisation, fields);
        Long version = MergePatch.takeVersion(patch);
        Versions.checkWrite(ifMatch, version, organisation.version,
                Versions.etag(organisation.version, policy.permissions(actor, organisation)));
        OrganisationInput current = new OrganisationInput(organisation.kind, organisation.fullName,
                organisation.shortName, organisation.inn, List.copyOf(organisation.aliases), Contacts.of(organisation));
        OrganisationInput patched = Bodies.convert(json, validator, MergePatch.apply(json.valueToTree(current), patch),
                OrganisationInput.class);
        AuditLog.Snapshot before = snapshot(organisation);
        OrganisationInput normalised = normalise(patched);
        if (before.diff(snapshotOf(normalised)).isEmpty()) {
            return view(actor, organisation);
        }
        if (organisation.keycloakOrganizationId != null && !java.util.Objects.equals(organisation.displayName(),
                Organisation.displayName(normalised.shortName(), normalised.fullName()))) {
            // The Keycloak Organization follows the new name; should Keycloak be away, nothing is renamed (503).
            keycloak.upsertOrganization(organisation.keycloakOrganizationId, organisation.id.toString(),
                    Organisation.displayName(normalised.shortName(), normalised.fullName()), organisation.signInDomain,
                    organisation.signInEnabled);
        }
        apply(organisation, normalised);
        organisation.updatedAt = clock.now();
        organisations.flush();
        audit.record(actor, AUDIT_TYPE, id, null, "UPDATED", before.diff(snapshot(organisation)));
        return view(actor, organisation);
    }

    /**
     * Deletes an organisation nothing refers to. What refers to it is the database's to know: its foreign keys
     * refuse the deletion (409, see ProblemMappers) however many features point at organisations.
     */
    @Transactional
    public void delete(Actor actor, UUID id, String ifMatch) {
        policy.requireDelete(actor);
        Organisation organisation = find(id);
        Versions.checkOptional(ifMatch, Versions.etag(organisation.version, policy.permissions(actor, organisation)));
        audit.record(actor, AUDIT_TYPE, id, null, "DELETED", snapshot(organisation).asDeleted());
        organisations.delete(organisation);
        organisations.flush();
        if (organisation.keycloakOrganizationId != null) {
            // Last, once the database agreed (nothing refers to it): its Keycloak Organization goes too.
            keycloak.deleteOrganization(organisation.keycloakOrganizationId);
        }
    }

    /** The organisation's trail; after a deletion it stays readable (to everyone, as the directory is). */
    @ReadOnly
    @Transactional
    public HistoryList history(UUID id, Page page) {
        if (organisations.findById(id) == null && audit.deletion(AUDIT_TYPE, id).isEmpty()) {
            throw ApiException.notFound("organisation");
        }
        return audit.history(AUDIT_TYPE, id, page);
    }

    private Organisation find(UUID id) {
        Organisation organisation = organisations.findById(id);
        if (organisation == null) {
            throw ApiException.notFound("organisation");
        }
        return organisation;
    }

    /**
     * Names as one form of Unicode (NFKC: a full-width or ligature letter is the plain one), spaces folded; a name
     * with an invisible or direction-changing character is refused, since it would read the same as another.
     */
    private static OrganisationInput normalise(OrganisationInput input) {
        String fullName = name("fullName", input.fullName());
        String shortName = Texts.blankToNull(name("shortName", input.shortName()));
        String inn = Texts.blankToNull(input.inn());
        List<String> aliases = new ArrayList<>();
        if (input.aliases() != null) {
            for (int i = 0; i < input.aliases().size(); i++) {
                String alias = name("aliases[" + i + "]", input.aliases().get(i));
                if (!aliases.contains(alias)) {
                    aliases.add(alias);
                }
            }
        }
        Contacts contacts = input.contacts() == null ? new Contacts(null, null, null, null)
                : new Contacts(Texts.blankToNull(input.contacts().email()), Texts.blankToNull(input.contacts().phone()),
                        Texts.blankToNull(input.contacts().address()), Texts.blankToNull(input.contacts().website()));
        return new OrganisationInput(input.kind(), fullName, shortName, inn, aliases, contacts);
    }

    static String name(String field, String value) {
        if (value == null) {
            return null;
        }
        String normal = Normalizer.normalize(value, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        if (Texts.invisibleCharacter(normal) >= 0) {
            throw ApiException.badRequest(field, "problem.organisation.invisible-characters");
        }
        return normal;
    }

    /** Duplicates (by the name's comparison key, by INN) are refused by the database's unique indexes: 409. */
    private static void apply(Organisation organisation, OrganisationInput input) {
        organisation.kind = input.kind();
        organisation.fullName = input.fullName();
        organisation.shortName = input.shortName();
        organisation.inn = input.inn();
        organisation.aliases = new ArrayList<>(input.aliases());
        organisation.email = input.contacts().email();
        organisation.phone = input.contacts().phone();
        organisation.address = input.contacts().address();
        organisation.website = input.contacts().website();
    }

    private static AuditLog.Snapshot snapshot(Organisation o) {
        return snapshotOf(new OrganisationInput(o.kind, o.fullName, o.shortName, o.inn, o.aliases, Contacts.of(o)));
    }

    private static AuditLog.Snapshot snapshotOf(OrganisationInput o) {
        return new AuditLog.Snapshot().put("kind", o.kind()).put("fullName", o.fullName())
                .put("shortName", o.shortName()).put("inn", o.inn())
                .put("aliases", o.aliases().isEmpty() ? null : String.join("; ", o.aliases()))
                .put("contacts.email", o.contacts().email()).put("contacts.phone", o.contacts().phone())
                .put("contacts.address", o.contacts().address()).put("contacts.website", o.contacts().website());
    }

    static OrganisationDtos.SignIn signIn(Organisation o) {
        return new OrganisationDtos.SignIn(o.signInEnabled, o.signInDomain, o.identityProviderAlias == null ? null
                : new OrganisationDtos.IdentityProviderView(o.identityProviderAlias, o.identityProviderIssuer));
    }

    OrganisationView view(Actor actor, Organisation o) {
        return new OrganisationView(o.id, o.kind, o.fullName, o.shortName, o.displayName(), o.inn,
                List.copyOf(o.aliases), Contacts.of(o), o.version, o.createdAt, o.updatedAt, signIn(o),
                policy.permissions(actor, o));
    }

}
