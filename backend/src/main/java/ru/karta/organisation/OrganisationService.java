package ru.karta.organisation;

import java.time.Clock;
import java.time.Instant;
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
import ru.karta.common.MergePatch;
import ru.karta.common.Page;
import ru.karta.common.Texts;
import ru.karta.common.Sorts;
import ru.karta.common.Versions;
import ru.karta.organisation.OrganisationDtos.Contacts;
import ru.karta.organisation.OrganisationDtos.OrganisationInput;
import ru.karta.organisation.OrganisationDtos.OrganisationList;
import ru.karta.organisation.OrganisationDtos.OrganisationView;
import ru.karta.security.Access;

/** Organisations: the directory everyone reads; the association manages it, ЦКР edits, a member its own contacts. */
@ApplicationScoped
public class OrganisationService {

    static final String AUDIT_TYPE = "ORGANISATION";
    private static final Map<String, String> SORTS = Map.of(
            "name", "lower(o.fullName)", "kind", "o.kind", "updatedAt", "o.updatedAt", "createdAt", "o.createdAt");

    private final OrganisationRepository organisations;
    private final Access access;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;

    @Inject
    public OrganisationService(OrganisationRepository organisations, Access access, AuditLog audit, ObjectMapper json,
            Validator validator, Clock clock) {
        this.organisations = organisations;
        this.access = access;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public OrganisationList list(OrganisationRepository.Filter filter, String sort, Page page) {
        Sorts.Sort order = Sorts.parse(sort, SORTS, "name");
        List<OrganisationView> items = organisations.search(filter, order, page).stream().map(OrganisationService::view)
                .toList();
        return new OrganisationList(items, page.page(), page.size(), organisations.count(filter));
    }

    @Transactional
    public OrganisationView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public OrganisationView create(OrganisationInput input) {
        access.requireManageOrganisations();
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.createdAt = Instant.now(clock);
        apply(organisation, normalise(input));
        organisations.persist(organisation);
        organisations.flush();
        audit.record(AUDIT_TYPE, organisation.id, null, "CREATED", snapshot(organisation).asCreated());
        return view(organisation);
    }

    @Transactional
    public OrganisationView patch(UUID id, JsonNode body, String ifMatch) {
        ObjectNode patch = MergePatch.requireObject(body);
        Organisation organisation = find(id);
        Access.OrganisationEdit edit = access.organisationEdit(id);
        if (edit == Access.OrganisationEdit.NONE) {
            throw ApiException.forbidden("problem.forbidden.edit-organisation");
        }
        Long version = MergePatch.takeVersion(patch);
        if (edit == Access.OrganisationEdit.CONTACTS_ONLY) {
            List<String> others = new ArrayList<>();
            patch.fieldNames().forEachRemaining(name -> {
                if (!name.equals("contacts")) {
                    others.add(name);
                }
            });
            if (!others.isEmpty()) {
                throw ApiException.forbidden("problem.forbidden.contacts-only", String.join(", ", others));
            }
        }
        Versions.checkWrite(ifMatch, version, organisation.version);
        OrganisationInput current = new OrganisationInput(organisation.kind, organisation.fullName,
                organisation.shortName, organisation.inn, List.copyOf(organisation.aliases), Contacts.of(organisation));
        OrganisationInput patched = Bodies.convert(json, validator, MergePatch.apply(json.valueToTree(current), patch),
                OrganisationInput.class);
        AuditLog.Snapshot before = snapshot(organisation);
        apply(organisation, normalise(patched));
        organisation.updatedAt = Instant.now(clock);
        var changes = before.diff(snapshot(organisation));
        if (changes.isEmpty()) {
            return view(organisation);
        }
        organisations.flush();
        audit.record(AUDIT_TYPE, id, null, "UPDATED", changes);
        return view(organisation);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        access.requireManageOrganisations();
        Organisation organisation = find(id);
        Versions.checkOptional(ifMatch, organisation.version);
        long references = organisations.references(id);
        if (references > 0) {
            throw ApiException.conflict("organisation-referenced", "problem.organisation.referenced", references);
        }
        audit.record(AUDIT_TYPE, id, null, "DELETED", snapshot(organisation).asDeleted());
        organisations.delete(organisation);
    }

    @Transactional
    public HistoryList history(UUID id, Page page) {
        find(id);
        return audit.history(AUDIT_TYPE, id, page);
    }

    private Organisation find(UUID id) {
        Organisation organisation = organisations.findById(id);
        if (organisation == null) {
            throw ApiException.notFound("organisation");
        }
        return organisation;
    }

    private OrganisationInput normalise(OrganisationInput input) {
        String fullName = input.fullName().strip();
        String shortName = Texts.blankToNull(input.shortName());
        String inn = Texts.blankToNull(input.inn());
        List<String> aliases = input.aliases() == null ? List.of()
                : input.aliases().stream().map(String::strip).distinct().toList();
        Contacts contacts = input.contacts() == null ? new Contacts(null, null, null, null)
                : new Contacts(Texts.blankToNull(input.contacts().email()), Texts.blankToNull(input.contacts().phone()),
                        Texts.blankToNull(input.contacts().address()), Texts.blankToNull(input.contacts().website()));
        return new OrganisationInput(input.kind(), fullName, shortName, inn, aliases, contacts);
    }

    private void apply(Organisation organisation, OrganisationInput input) {
        if (organisations.existsByName(input.fullName(), organisation.id)) {
            throw ApiException.conflict("duplicate-organisation", "fullName", "problem.organisation.duplicate-name");
        }
        if (input.inn() != null && organisations.existsByInn(input.inn(), organisation.id)) {
            throw ApiException.conflict("duplicate-organisation", "inn", "problem.organisation.duplicate-inn");
        }
        organisation.kind = input.kind();
        organisation.fullName = input.fullName();
        organisation.shortName = input.shortName();
        organisation.inn = input.inn();
        organisation.aliases = new ArrayList<>(input.aliases());
        organisation.email = input.contacts().email();
        organisation.phone = input.contacts().phone();
        organisation.address = input.contacts().address();
        organisation.website = input.contacts().website();
        if (organisation.createdAt != null && organisation.updatedAt == null) {
            organisation.updatedAt = organisation.createdAt;
        }
    }

    private static AuditLog.Snapshot snapshot(Organisation o) {
        return new AuditLog.Snapshot().put("kind", o.kind).put("fullName", o.fullName).put("shortName", o.shortName)
                .put("inn", o.inn).put("aliases", o.aliases.isEmpty() ? null : String.join("; ", o.aliases))
                .put("contacts.email", o.email).put("contacts.phone", o.phone).put("contacts.address", o.address)
                .put("contacts.website", o.website);
    }

    static OrganisationView view(Organisation o) {
        return new OrganisationView(o.id, o.kind, o.fullName, o.shortName, o.inn, List.copyOf(o.aliases),
                Contacts.of(o), o.version, o.createdAt, o.updatedAt);
    }

}
