package ru.karta.roadmap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import ru.karta.common.Sorts;
import ru.karta.common.Texts;
import ru.karta.common.Versions;
import ru.karta.common.ReadOnly;
import ru.karta.organisation.OrganisationRepository;
import ru.karta.roadmap.RoadmapDtos.OrganisationSummary;
import ru.karta.roadmap.RoadmapDtos.RoadmapCopyInput;
import ru.karta.roadmap.RoadmapDtos.RoadmapInput;
import ru.karta.roadmap.RoadmapDtos.RoadmapList;
import ru.karta.roadmap.RoadmapDtos.RoadmapView;
import ru.karta.roadmap.RoadmapDtos.StatusCounts;
import ru.karta.roadmap.RoadmapDtos.SummaryView;
import ru.karta.security.Actor;

/** Roadmaps: drafted and edited by the association and ЦКР, approved by the association, read by everyone. */
@ApplicationScoped
public class RoadmapService {

    static final String AUDIT_TYPE = "ROADMAP";
    private static final Map<String, String> SORTS = Map.of("title", "lower(r.title)", "periodStart", "r.periodStart",
            "updatedAt", "r.updatedAt", "createdAt", "r.createdAt");

    private final RoadmapRepository roadmaps;
    private final RoadmapItemRepository items;
    private final OrganisationRepository organisations;
    private final Roadmaps visibility;
    private final RoadmapPolicy policy;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final ClusterClock clock;

    @Inject
    public RoadmapService(RoadmapRepository roadmaps, RoadmapItemRepository items, OrganisationRepository organisations,
            Roadmaps visibility, RoadmapPolicy policy, AuditLog audit, ObjectMapper json, Validator validator,
            ClusterClock clock) {
        this.roadmaps = roadmaps;
        this.items = items;
        this.organisations = organisations;
        this.visibility = visibility;
        this.policy = policy;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @ReadOnly
    @Transactional
    public RoadmapList list(Actor actor, List<RoadmapStatus> statuses, String q, Instant updatedSince, String sort,
            Page page) {
        Sorts.Sort order = Sorts.parse(sort, SORTS, "-periodStart");
        List<RoadmapStatus> wanted = policy.visibleStatuses(actor, statuses);
        if (wanted.isEmpty()) {
            return new RoadmapList(List.of(), page.page(), page.size(), 0, policy.listPermissions(actor));
        }
        var filter = new RoadmapRepository.Filter(wanted, q, updatedSince);
        List<Roadmap> found = roadmaps.search(filter, order, page);
        Map<UUID, Long> counts = roadmaps.itemCounts(found.stream().map(r -> r.id).toList());
        List<RoadmapView> views = found.stream().map(r -> view(actor, r, counts.getOrDefault(r.id, 0L))).toList();
        return new RoadmapList(views, page.page(), page.size(), roadmaps.count(filter),
                policy.listPermissions(actor));
    }

    @ReadOnly
    @Transactional
    public RoadmapView get(Actor actor, UUID id) {
        return view(actor, visibility.visible(actor, id));
    }

    @Transactional
    public RoadmapView create(Actor actor, JsonNode body) {
        policy.requireCreate(actor);
        RoadmapInput input = Bodies.convert(json, validator, body, RoadmapInput.class);
        checkPeriod(input);
        Roadmap roadmap = new Roadmap();
        roadmap.id = UUID.randomUUID();
        roadmap.status = RoadmapStatus.DRAFT;
        roadmap.createdAt = clock.now();
        roadmap.updatedAt = roadmap.createdAt;
        apply(roadmap, input);
        roadmaps.persist(roadmap);
        roadmaps.flush();
        audit.record(actor, AUDIT_TYPE, roadmap.id, null, "CREATED", snapshot(roadmap).asCreated());
        return view(actor, roadmap, 0);
    }

    @Transactional
    public RoadmapView patch(Actor actor, UUID id, JsonNode body, String ifMatch) {
        Roadmap roadmap = visibility.visible(actor, id);
        policy.requireEdit(actor, roadmap);
        ObjectNode patch = MergePatch.requireObject(body);
        Long version = MergePatch.takeVersion(patch);
        Versions.checkWrite(ifMatch, version, roadmap.version, etag(actor, roadmap));
        RoadmapInput current = new RoadmapInput(roadmap.title, roadmap.description, roadmap.periodStart,
                roadmap.periodEnd);
        RoadmapInput patched = Bodies.convert(json, validator, MergePatch.apply(json.valueToTree(current), patch),
                RoadmapInput.class);
        checkPeriod(patched);
        AuditLog.Snapshot before = snapshot(roadmap);
        apply(roadmap, patched);
        var changes = before.diff(snapshot(roadmap));
        if (!changes.isEmpty()) {
            roadmap.updatedAt = clock.now();
            roadmaps.flush();
            audit.record(actor, AUDIT_TYPE, id, null, "UPDATED", changes);
        }
        return view(actor, roadmap);
    }

    @Transactional
    public RoadmapView approve(Actor actor, UUID id, String ifMatch) {
        Roadmap roadmap = visibility.visible(actor, id);
        policy.requireApprove(actor, roadmap, roadmaps.itemCounts(List.of(id)).getOrDefault(id, 0L));
        Versions.checkOptional(ifMatch, etag(actor, roadmap));
        AuditLog.Snapshot before = snapshot(roadmap);
        roadmap.status = RoadmapStatus.APPROVED;
        roadmap.approvedAt = clock.now();
        roadmap.approvedBy = actor.name();
        roadmap.updatedAt = roadmap.approvedAt;
        roadmaps.flush();
        audit.record(actor, AUDIT_TYPE, id, null, "APPROVED", before.diff(snapshot(roadmap)));
        return view(actor, roadmap);
    }

    @Transactional
    public RoadmapView archive(Actor actor, UUID id, String ifMatch) {
        Roadmap roadmap = visibility.visible(actor, id);
        policy.requireArchive(actor, roadmap);
        Versions.checkOptional(ifMatch, etag(actor, roadmap));
        AuditLog.Snapshot before = snapshot(roadmap);
        roadmap.status = RoadmapStatus.ARCHIVED;
        roadmap.updatedAt = clock.now();
        roadmaps.flush();
        audit.record(actor, AUDIT_TYPE, id, null, "ARCHIVED", before.diff(snapshot(roadmap)));
        return view(actor, roadmap);
    }

    /**
     * A draft for the next period: the same items, deadlines moved on by the roadmap's length in whole years (at
     * least one), statuses back to NOT_STARTED, no progress.
     */
    @Transactional
    public RoadmapView copy(Actor actor, UUID id, JsonNode body) {
        Roadmap source = visibility.visible(actor, id);
        policy.requireCopy(actor, source);
        RoadmapCopyInput input = body == null || body.isNull() ? null
                : Bodies.convert(json, validator, body, RoadmapCopyInput.class);
        int years = Years.toNextPeriod(source.periodStart, source.periodEnd);
        Roadmap copy = new Roadmap();
        copy.id = UUID.randomUUID();
        copy.status = RoadmapStatus.DRAFT;
        String title = input == null ? null : Texts.blankToNull(input.title());
        copy.title = title != null ? title : Years.shift(source.title, years);
        copy.description = source.description;
        copy.periodStart = source.periodStart.plusYears(years);
        copy.periodEnd = source.periodEnd.plusYears(years);
        copy.copiedFromId = source.id;
        copy.createdAt = clock.now();
        copy.updatedAt = copy.createdAt;
        roadmaps.persist(copy);
        List<RoadmapItem> sourceItems = items.allOf(source.id);
        for (RoadmapItem from : sourceItems) {
            RoadmapItem to = new RoadmapItem();
            to.id = UUID.randomUUID();
            to.roadmapId = copy.id;
            to.number = from.number;
            to.sortKey = from.sortKey;
            to.activity = from.activity;
            to.setDeadline(from.deadline().plusYears(years));
            to.duty = from.duty;
            to.expectedResult = from.expectedResult;
            to.note = from.note;
            to.status = ItemStatus.NOT_STARTED;
            for (ItemParty party : from.parties) {
                to.parties.add(new ItemParty(party.role, party.organisationId, party.official));
            }
            to.createdAt = copy.createdAt;
            to.updatedAt = copy.createdAt;
            items.persist(to);
        }
        roadmaps.flush();
        List<ru.karta.audit.AuditDtos.Change> changes = new ArrayList<>(snapshot(copy).asCreated());
        changes.add(new ru.karta.audit.AuditDtos.Change("copiedFromId", null, source.id.toString()));
        audit.record(actor, AUDIT_TYPE, copy.id, null, "COPIED", changes);
        return view(actor, copy, sourceItems.size());
    }

    /** What {@link #copy} would make, and which roadmaps already cover the new period, to confirm before copying. */
    @ReadOnly
    @Transactional
    public RoadmapDtos.CopyPreview copyPreview(Actor actor, UUID id) {
        Roadmap source = visibility.visible(actor, id);
        policy.requireCopy(actor, source);
        int years = Years.toNextPeriod(source.periodStart, source.periodEnd);
        var start = source.periodStart.plusYears(years);
        var end = source.periodEnd.plusYears(years);
        List<RoadmapDtos.RoadmapSummaryRef> existing = roadmaps.overlapping(start, end).stream()
                .filter(r -> policy.canSee(actor, r))
                .map(r -> new RoadmapDtos.RoadmapSummaryRef(r.id, r.title, r.status, r.periodStart, r.periodEnd))
                .toList();
        return new RoadmapDtos.CopyPreview(Years.shift(source.title, years), start, end, years,
                roadmaps.itemCounts(List.of(id)).getOrDefault(id, 0L), existing);
    }

    @ReadOnly
    @Transactional
    public SummaryView summary(Actor actor, UUID id) {
        Roadmap roadmap = visibility.visible(actor, id);
        var today = clock.today();
        Map<ItemStatus, Long> byStatus = new EnumMap<>(ItemStatus.class);
        long total = 0;
        long overdue = 0;
        for (Object[] row : items.statusCounts(id, today)) {
            long count = ((Number) row[1]).longValue();
            byStatus.put(ItemStatus.valueOf((String) row[0]), count);
            total += count;
            overdue += ((Number) row[2]).longValue();
        }
        Map<UUID, long[]> perOrganisation = new LinkedHashMap<>();
        Map<UUID, Map<ItemStatus, Long>> perOrganisationStatus = new HashMap<>();
        for (Object[] row : items.organisationCounts(id, today)) {
            UUID organisationId = (UUID) row[0];
            PartyRole role = PartyRole.valueOf((String) row[1]);
            ItemStatus status = ItemStatus.valueOf((String) row[2]);
            long count = ((Number) row[3]).longValue();
            long[] counts = perOrganisation.computeIfAbsent(organisationId, k -> new long[3]);
            if (role == PartyRole.RESPONSIBLE) {
                counts[0] += count;
                counts[2] += ((Number) row[4]).longValue();
                perOrganisationStatus.computeIfAbsent(organisationId, k -> new EnumMap<>(ItemStatus.class))
                        .merge(status, count, Long::sum);
            } else {
                counts[1] += count;
            }
        }
        Map<UUID, String> names = organisations.displayNames(perOrganisation.keySet());
        List<OrganisationSummary> byOrganisation = new ArrayList<>();
        perOrganisation.forEach((organisationId, counts) -> byOrganisation.add(new OrganisationSummary(organisationId,
                names.get(organisationId), counts[0], counts[1], counts[2],
                counts(perOrganisationStatus.getOrDefault(organisationId, Map.of())))));
        byOrganisation.sort((a, b) -> a.responsible() != b.responsible() ? Long.compare(b.responsible(), a.responsible())
                : a.assisting() != b.assisting() ? Long.compare(b.assisting(), a.assisting())
                        : a.organisationName().compareTo(b.organisationName()));
        return new SummaryView(roadmap.id, total, overdue, counts(byStatus), byOrganisation);
    }

    @ReadOnly
    @Transactional
    public HistoryList history(Actor actor, UUID id, Page page) {
        visibility.visible(actor, id);
        return audit.history(AUDIT_TYPE, id, page);
    }

    private static StatusCounts counts(Map<ItemStatus, Long> byStatus) {
        return new StatusCounts(byStatus.getOrDefault(ItemStatus.NOT_STARTED, 0L),
                byStatus.getOrDefault(ItemStatus.IN_PROGRESS, 0L), byStatus.getOrDefault(ItemStatus.DONE, 0L),
                byStatus.getOrDefault(ItemStatus.CANCELLED, 0L));
    }

    private static void checkPeriod(RoadmapInput input) {
        if (input.periodEnd().isBefore(input.periodStart())) {
            throw ApiException.badRequest("periodEnd", "problem.roadmap.period-order");
        }
        if (input.periodStart().getYear() < 1990 || input.periodEnd().getYear() > 2200) {
            throw ApiException.badRequest("periodStart", "problem.deadline.period-range");
        }
    }

    private static void apply(Roadmap roadmap, RoadmapInput input) {
        roadmap.title = input.title().strip();
        roadmap.description = Texts.blankToNull(input.description());
        roadmap.periodStart = input.periodStart();
        roadmap.periodEnd = input.periodEnd();
    }

    private static AuditLog.Snapshot snapshot(Roadmap r) {
        return new AuditLog.Snapshot().put("title", r.title).put("description", r.description)
                .put("periodStart", r.periodStart).put("periodEnd", r.periodEnd).put("status", r.status)
                .put("approvedBy", r.approvedBy);
    }

    private String etag(Actor actor, Roadmap roadmap) {
        return Versions.etag(roadmap.version, policy.permissions(actor, roadmap));
    }

    private RoadmapView view(Actor actor, Roadmap roadmap) {
        return view(actor, roadmap, roadmaps.itemCounts(List.of(roadmap.id)).getOrDefault(roadmap.id, 0L));
    }

    private RoadmapView view(Actor actor, Roadmap r, long itemCount) {
        return new RoadmapView(r.id, r.title, r.description, r.periodStart, r.periodEnd, r.status, r.approvedAt,
                r.approvedBy, r.copiedFromId, itemCount, r.version, r.createdAt, r.updatedAt,
                policy.permissions(actor, r));
    }
}
