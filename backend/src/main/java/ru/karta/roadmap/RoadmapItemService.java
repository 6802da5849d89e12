package ru.karta.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
import ru.karta.organisation.OrganisationRepository;
import ru.karta.roadmap.RoadmapDtos.DeadlineInput;
import ru.karta.roadmap.RoadmapDtos.ItemInput;
import ru.karta.roadmap.RoadmapDtos.ItemList;
import ru.karta.roadmap.RoadmapDtos.ItemOrganisationInput;
import ru.karta.roadmap.RoadmapDtos.ItemView;
import ru.karta.security.Actor;

/** Roadmap items: the association and ЦКР create and edit them; everyone who may see the roadmap reads them. */
@ApplicationScoped
public class RoadmapItemService {

    static final String AUDIT_TYPE = "ROADMAP_ITEM";
    private static final Map<String, String> SORTS = Map.of("number", "i.sort_key", "dueDate", "i.due_date",
            "status", "i.status", "updatedAt", "i.updated_at", "createdAt", "i.created_at", "activity", "i.activity");

    private final RoadmapItemRepository items;
    private final OrganisationRepository organisations;
    private final ProgressUpdateRepository progress;
    private final Roadmaps visibility;
    private final ItemViews views;
    private final RoadmapPolicy policy;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final ClusterClock clock;

    @Inject
    public RoadmapItemService(RoadmapItemRepository items, OrganisationRepository organisations,
            ProgressUpdateRepository progress, Roadmaps visibility, ItemViews views, RoadmapPolicy policy,
            AuditLog audit, ObjectMapper json, Validator validator, ClusterClock clock) {
        this.items = items;
        this.organisations = organisations;
        this.progress = progress;
        this.visibility = visibility;
        this.views = views;
        this.policy = policy;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    /** The list filters as given; {@link #list} checks the roadmap and adds today. */
    public record Query(List<ItemStatus> statuses, UUID organisationId, Boolean overdue,
            LocalDate dueBefore, LocalDate dueAfter, String q, Instant updatedSince) {
    }

    @ReadOnly
    @Transactional
    public ItemList list(Actor actor, UUID roadmapId, Query query, String sort, Page page) {
        Roadmap roadmap = visibility.visible(actor, roadmapId);
        Sorts.Sort order = Sorts.parse(sort, SORTS, "number");
        var filter = new RoadmapItemRepository.Filter(roadmapId, query.statuses(), query.organisationId(),
                query.overdue(), clock.today(), query.dueBefore(), query.dueAfter(), query.q(), query.updatedSince());
        List<ItemView> found = views.of(actor, items.search(filter, order, page), roadmap);
        return new ItemList(found, page.page(), page.size(), items.count(filter));
    }

    /** Days ahead in which an open item counts as due soon. */
    static final int DUE_SOON_DAYS = 30;

    /**
     * "My items": the items of approved roadmaps where the actor's organisation is responsible or assisting, overdue
     * and due soon first. Empty for a caller who acts for no organisation.
     */
    @ReadOnly
    @Transactional
    public RoadmapDtos.MyItemList mine(Actor actor, Page page) {
        UUID organisationId = actor.organisationId();
        if (organisationId == null) {
            return new RoadmapDtos.MyItemList(List.of(), page.page(), page.size(), 0, null);
        }
        LocalDate today = clock.today();
        LocalDate soon = today.plusDays(DUE_SOON_DAYS);
        List<RoadmapItem> found = items.ofOrganisation(organisationId, today, soon, page);
        Map<UUID, Roadmap> roadmaps = new java.util.HashMap<>();
        for (RoadmapItem item : found) {
            roadmaps.computeIfAbsent(item.roadmapId, visibility::roadmap);
        }
        List<ItemView> views = this.views.of(actor, found, roadmaps);
        List<RoadmapDtos.MyItemView> mine = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            RoadmapItem item = found.get(i);
            ItemView view = views.get(i);
            boolean responsible = item.parties.stream()
                    .anyMatch(p -> p.role == PartyRole.RESPONSIBLE && p.organisationId.equals(organisationId));
            boolean open = item.status != ItemStatus.DONE && item.status != ItemStatus.CANCELLED;
            mine.add(new RoadmapDtos.MyItemView(view, roadmaps.get(item.roadmapId).title,
                    responsible ? PartyRole.RESPONSIBLE : PartyRole.ASSISTING,
                    open && !view.overdue() && item.dueDate != null && !item.dueDate.isAfter(soon)));
        }
        return new RoadmapDtos.MyItemList(mine, page.page(), page.size(), items.countOfOrganisation(organisationId),
                organisationId);
    }

    @ReadOnly
    @Transactional
    public ItemView get(Actor actor, UUID id) {
        RoadmapItem item = visibility.visibleItem(actor, id);
        return views.of(actor, item, visibility.roadmapOf(item));
    }

    @Transactional
    public ItemView create(Actor actor, UUID roadmapId, JsonNode body) {
        Roadmap roadmap = visibility.visible(actor, roadmapId);
        policy.requireEdit(actor, roadmap);
        ItemInput input = Bodies.convert(json, validator, body, ItemInput.class);
        RoadmapItem item = new RoadmapItem();
        item.id = UUID.randomUUID();
        item.roadmapId = roadmapId;
        item.createdAt = clock.now();
        item.updatedAt = item.createdAt;
        apply(item, roadmap, input);
        items.persist(item);
        items.flush();
        audit.record(actor, AUDIT_TYPE, item.id, roadmapId, "CREATED", snapshot(item).asCreated());
        return views.of(actor, item, roadmap);
    }

    /** An item read from a document, its deadline understood and its organisations resolved. */
    public record NewItem(String number, String activity, Deadline deadline, List<ItemParty> parties,
            String expectedResult, String note, Duty duty) {
    }

    /**
     * The items of an import, made in the caller's transaction into a roadmap it may edit and audited as POST makes
     * them; numbers are unique in the roadmap. A collective party ("участники кластера") has made as many parties
     * as there are member enterprises, so the limit of 20 organisations a POST has does not apply.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void createImported(Actor actor, UUID roadmapId, List<NewItem> made) {
        Roadmap roadmap = visibility.visible(actor, roadmapId);
        policy.requireEdit(actor, roadmap);
        java.time.Instant now = clock.now();
        for (NewItem n : made) {
            RoadmapItem item = new RoadmapItem();
            item.id = UUID.randomUUID();
            item.roadmapId = roadmapId;
            item.createdAt = now;
            item.updatedAt = now;
            item.number = n.number();
            item.sortKey = RoadmapItem.sortKey(n.number());
            item.activity = n.activity();
            item.setDeadline(n.deadline());
            item.expectedResult = Texts.blankToNull(n.expectedResult());
            item.note = Texts.blankToNull(n.note());
            item.status = ItemStatus.NOT_STARTED;
            item.duty = n.duty();
            item.parties = new ArrayList<>(n.parties());
            items.persist(item);
            audit.record(actor, AUDIT_TYPE, item.id, roadmapId, "CREATED", snapshot(item).asCreated());
        }
        items.flush();
    }

    @Transactional
    public ItemView patch(Actor actor, UUID id, JsonNode body, String ifMatch) {
        RoadmapItem item = visibility.visibleItem(actor, id);
        Roadmap roadmap = visibility.roadmapOf(item);
        policy.requireEdit(actor, roadmap);
        ObjectNode patch = MergePatch.requireObject(body);
        Long version = MergePatch.takeVersion(patch);
        Versions.checkWrite(ifMatch, version, item.version, etag(actor, roadmap, item));
        JsonNode merged = MergePatch.apply(json.valueToTree(inputOf(item)), patch);
        if (patch.has("deadline") && !patch.get("deadline").isNull()) {
            // A deadline is one idea: a new text must not keep the old period, so it is replaced whole.
            ((ObjectNode) merged).set("deadline", patch.get("deadline"));
        }
        ItemInput patched = Bodies.convert(json, validator, merged, ItemInput.class);
        AuditLog.Snapshot before = snapshot(item);
        apply(item, roadmap, patched);
        var changes = before.diff(snapshot(item));
        if (!changes.isEmpty()) {
            item.updatedAt = clock.now();
            items.flush();
            audit.record(actor, AUDIT_TYPE, id, roadmap.id, "UPDATED", changes);
        }
        return views.of(actor, item, roadmap);
    }

    /**
     * Deletes an item without progress. The row lock queues a deletion behind progress being posted on the item (and
     * other deletions of it); the database's foreign key refuses the deletion of an item with progress whatever the
     * race (409), and a deletion that lost the race finds nothing (404).
     */
    @Transactional
    public void delete(Actor actor, UUID id, String ifMatch) {
        RoadmapItem item = visibility.visibleItemForUpdate(actor, id);
        Roadmap roadmap = visibility.roadmapOf(item);
        policy.requireEdit(actor, roadmap);
        Versions.checkOptional(ifMatch, etag(actor, roadmap, item));
        if (progress.countByItem(id) > 0) {
            throw ApiException.conflict("item-has-progress", "problem.item.has-progress");
        }
        audit.record(actor, AUDIT_TYPE, id, roadmap.id, "DELETED", snapshot(item).asDeleted());
        items.delete(item);
        items.flush();
    }

    /** The item's trail; after a deletion it stays readable to those who may see the roadmap it was in. */
    @ReadOnly
    @Transactional
    public HistoryList history(Actor actor, UUID id, Page page) {
        if (items.findById(id) != null) {
            visibility.visibleItem(actor, id);
        } else {
            UUID roadmapId = audit.deletion(AUDIT_TYPE, id).orElseThrow(() -> ApiException.notFound("item"));
            try {
                visibility.visible(actor, roadmapId);
            } catch (ApiException notVisible) {
                throw ApiException.notFound("item");
            }
        }
        return audit.history(AUDIT_TYPE, id, page);
    }

    /** The ETag the caller was given for the item as it is now (a duty's also names its occurrences). */
    private String etag(Actor actor, Roadmap roadmap, RoadmapItem item) {
        if (item.duty != null) {
            return ItemViews.etag(views.of(actor, item, roadmap));
        }
        return Versions.etag(item.version, policy.permissions(actor, roadmap, item));
    }

    private ItemInput inputOf(RoadmapItem item) {
        List<ItemOrganisationInput> responsible = new ArrayList<>();
        List<ItemOrganisationInput> assisting = new ArrayList<>();
        for (ItemParty party : item.parties) {
            (party.role == PartyRole.RESPONSIBLE ? responsible : assisting)
                    .add(new ItemOrganisationInput(party.organisationId, party.official));
        }
        return new ItemInput(item.number, item.activity, new DeadlineInput(item.deadlineText, item.deadlinePrecision,
                item.deadlinePeriod, item.recurrence), responsible, assisting, item.expectedResult, item.note,
                item.status, item.duty);
    }

    private void apply(RoadmapItem item, Roadmap roadmap, ItemInput input) {
        String number = input.number().strip();
        if (items.numberTaken(roadmap.id, number, item.id)) {
            throw ApiException.conflict("duplicate-number", "number", "problem.item.duplicate-number", number);
        }
        Deadline deadline = deadline(input.deadline(), roadmap.periodStart.getYear());
        if (input.duty() != null && (deadline.precision() != DeadlinePrecision.RECURRING
                || deadline.recurrence() != Recurrence.QUARTERLY)) {
            throw ApiException.badRequest("duty", "problem.item.duty-needs-quarterly");
        }
        List<ItemParty> parties = new ArrayList<>();
        addParties(parties, PartyRole.RESPONSIBLE, "responsible", input.responsible());
        addParties(parties, PartyRole.ASSISTING, "assisting", input.assisting());
        Set<UUID> known = organisations.displayNames(parties.stream().map(p -> p.organisationId).toList()).keySet();
        for (int i = 0; i < parties.size(); i++) {
            ItemParty party = parties.get(i);
            if (!known.contains(party.organisationId)) {
                int responsibleCount = input.responsible().size();
                String field = party.role == PartyRole.RESPONSIBLE ? "responsible[" + i + "].organisationId"
                        : "assisting[" + (i - responsibleCount) + "].organisationId";
                throw ApiException.badRequest(field, "problem.item.unknown-organisation", party.organisationId);
            }
        }
        item.number = number;
        item.sortKey = RoadmapItem.sortKey(number);
        item.activity = input.activity().strip();
        item.setDeadline(deadline);
        item.expectedResult = Texts.blankToNull(input.expectedResult());
        item.note = Texts.blankToNull(input.note());
        item.status = input.status() == null ? ItemStatus.NOT_STARTED : input.status();
        item.duty = input.duty();
        if (!sameParties(item.parties, parties)) {
            item.parties = parties;
        }
    }

    private static void addParties(List<ItemParty> parties, PartyRole role, String field,
            List<ItemOrganisationInput> given) {
        if (given == null) {
            return;
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            ItemOrganisationInput party = given.get(i);
            if (!seen.add(party.organisationId())) {
                throw ApiException.badRequest(field + "[" + i + "].organisationId", "problem.item.duplicate-organisation");
            }
            parties.add(new ItemParty(role, party.organisationId(), Texts.blankToNull(party.official())));
        }
    }

    private static boolean sameParties(List<ItemParty> a, List<ItemParty> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ItemParty x = a.get(i);
            ItemParty y = b.get(i);
            if (x.role != y.role || !x.organisationId.equals(y.organisationId)
                    || !java.util.Objects.equals(x.official, y.official)) {
                return false;
            }
        }
        return true;
    }

    /** The deadline from what was given: the text alone, or precision and period (text then optional). */
    static Deadline deadline(DeadlineInput input, int defaultYear) {
        try {
            if (input.precision() == null) {
                if (input.period() != null || input.recurrence() != null) {
                    throw ApiException.badRequest("deadline.precision", "problem.deadline.precision-required");
                }
                return Deadline.parse(input.text(), defaultYear);
            }
            String period = input.period();
            if (period == null || period.isBlank()) {
                if (input.text() == null || input.text().isBlank()) {
                    throw ApiException.badRequest("deadline.period", "problem.deadline.period-required");
                }
                if (input.precision() == DeadlinePrecision.RECURRING) {
                    period = Integer.toString(Years.first(input.text()).orElse(defaultYear));
                } else {
                    Deadline parsed = Deadline.parse(input.text(), defaultYear);
                    if (parsed.precision() != input.precision()) {
                        throw ApiException.badRequest("deadline.precision", "problem.deadline.precision-mismatch",
                                parsed.precision());
                    }
                    period = parsed.period();
                }
            }
            return Deadline.of(input.precision(), period, input.recurrence(), input.text());
        } catch (Deadline.Invalid e) {
            throw ApiException.badRequest(e.field(), e.messageKey());
        }
    }

    static AuditLog.Snapshot snapshot(RoadmapItem i) {
        StringBuilder responsible = new StringBuilder();
        StringBuilder assisting = new StringBuilder();
        for (ItemParty party : i.parties) {
            StringBuilder into = party.role == PartyRole.RESPONSIBLE ? responsible : assisting;
            if (into.length() > 0) {
                into.append("; ");
            }
            into.append(party.organisationId);
            if (party.official != null) {
                into.append(" (").append(party.official).append(')');
            }
        }
        return new AuditLog.Snapshot().put("number", i.number).put("activity", i.activity)
                .put("deadline.text", i.deadlineText).put("deadline.precision", i.deadlinePrecision)
                .put("deadline.period", i.deadlinePeriod).put("deadline.recurrence", i.recurrence)
                .put("responsible", responsible.length() == 0 ? null : responsible)
                .put("assisting", assisting.length() == 0 ? null : assisting)
                .put("expectedResult", i.expectedResult).put("note", i.note).put("status", i.status)
                .put("duty", i.duty);
    }

}
