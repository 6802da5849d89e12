package ru.karta.roadmap;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import ru.karta.common.Clocks;
import ru.karta.common.MergePatch;
import ru.karta.common.Page;
import ru.karta.common.Sorts;
import ru.karta.common.Texts;
import ru.karta.common.Versions;
import ru.karta.organisation.OrganisationRepository;
import ru.karta.roadmap.RoadmapDtos.OrganisationSummary;
import ru.karta.roadmap.RoadmapDtos.RoadmapCopyInput;
import ru.karta.roadmap.RoadmapDtos.RoadmapInput;
import ru.karta.roadmap.RoadmapDtos.RoadmapList;
import ru.karta.roadmap.RoadmapDtos.RoadmapView;
import ru.karta.roadmap.RoadmapDtos.StatusCounts;
import ru.karta.roadmap.RoadmapDtos.SummaryView;
import ru.karta.security.Access;
import ru.karta.security.CurrentUser;

/** Roadmaps: drafted and edited by the association and ЦКР, approved by the association, read by everyone. */
@ApplicationScoped
public class RoadmapService {

    static final String AUDIT_TYPE = "ROADMAP";
    private static final Map<String, String> SORTS = Map.of("title", "lower(r.title)", "periodStart", "r.periodStart",
            "updatedAt", "r.updatedAt", "createdAt", "r.createdAt");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");

    private final RoadmapRepository roadmaps;
    private final RoadmapItemRepository items;
    private final OrganisationRepository organisations;
    private final Roadmaps visibility;
    private final Access access;
    private final CurrentUser user;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;
    private final Clocks clocks;

    @Inject
    public RoadmapService(RoadmapRepository roadmaps, RoadmapItemRepository items, OrganisationRepository organisations,
            Roadmaps visibility, Access access, CurrentUser user, AuditLog audit, ObjectMapper json, Validator validator,
            Clock clock, Clocks clocks) {
        this.roadmaps = roadmaps;
        this.items = items;
        this.organisations = organisations;
        this.visibility = visibility;
        this.access = access;
        this.user = user;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
        this.clocks = clocks;
    }

    @Transactional
    public RoadmapList list(List<RoadmapStatus> statuses, String q, Instant updatedSince, String sort, Page page) {
        Sorts.Sort order = Sorts.parse(sort, SORTS, "-periodStart");
        List<RoadmapStatus> wanted = new ArrayList<>(statuses.isEmpty() ? List.of(RoadmapStatus.values()) : statuses);
        if (!access.canSeeDrafts()) {
            wanted.remove(RoadmapStatus.DRAFT);
        }
        if (wanted.isEmpty()) {
            return new RoadmapList(List.of(), page.page(), page.size(), 0);
        }
        var filter = new RoadmapRepository.Filter(wanted, q, updatedSince);
        List<Roadmap> found = roadmaps.search(filter, order, page);
        Map<UUID, Long> counts = roadmaps.itemCounts(found.stream().map(r -> r.id).toList());
        List<RoadmapView> views = found.stream().map(r -> view(r, counts.getOrDefault(r.id, 0L))).toList();
        return new RoadmapList(views, page.page(), page.size(), roadmaps.count(filter));
    }

    @Transactional
    public RoadmapView get(UUID id) {
        return view(visibility.visible(id));
    }

    @Transactional
    public RoadmapView create(RoadmapInput input) {
        access.requireEditRoadmaps();
        checkPeriod(input);
        Roadmap roadmap = new Roadmap();
        roadmap.id = UUID.randomUUID();
        roadmap.status = RoadmapStatus.DRAFT;
        roadmap.createdAt = Instant.now(clock);
        roadmap.updatedAt = roadmap.createdAt;
        apply(roadmap, input);
        roadmaps.persist(roadmap);
        roadmaps.flush();
        audit.record(AUDIT_TYPE, roadmap.id, null, "CREATED", snapshot(roadmap).asCreated());
        return view(roadmap, 0);
    }

    @Transactional
    public RoadmapView patch(UUID id, JsonNode body, String ifMatch) {
        ObjectNode patch = MergePatch.requireObject(body);
        Roadmap roadmap = visibility.visible(id);
        access.requireEditRoadmaps();
        Long version = MergePatch.takeVersion(patch);
        Versions.checkWrite(ifMatch, version, roadmap.version);
        Roadmaps.requireNotArchived(roadmap);
        RoadmapInput current = new RoadmapInput(roadmap.title, roadmap.description, roadmap.periodStart,
                roadmap.periodEnd);
        RoadmapInput patched = Bodies.convert(json, validator, MergePatch.apply(json.valueToTree(current), patch),
                RoadmapInput.class);
        checkPeriod(patched);
        AuditLog.Snapshot before = snapshot(roadmap);
        apply(roadmap, patched);
        var changes = before.diff(snapshot(roadmap));
        if (!changes.isEmpty()) {
            roadmap.updatedAt = Instant.now(clock);
            roadmaps.flush();
            audit.record(AUDIT_TYPE, id, null, "UPDATED", changes);
        }
        return view(roadmap);
    }

    @Transactional
    public RoadmapView approve(UUID id, String ifMatch) {
        Roadmap roadmap = visibility.visible(id);
        access.requireApproveRoadmaps();
        Versions.checkOptional(ifMatch, roadmap.version);
        if (roadmap.status != RoadmapStatus.DRAFT) {
            throw ApiException.conflict("roadmap-not-draft", "problem.roadmap.not-draft");
        }
        if (roadmaps.itemCounts(List.of(id)).getOrDefault(id, 0L) == 0) {
            throw ApiException.conflict("roadmap-empty", "problem.roadmap.empty");
        }
        AuditLog.Snapshot before = snapshot(roadmap);
        roadmap.status = RoadmapStatus.APPROVED;
        roadmap.approvedAt = Instant.now(clock);
        roadmap.approvedBy = user.name();
        roadmap.updatedAt = roadmap.approvedAt;
        roadmaps.flush();
        audit.record(AUDIT_TYPE, id, null, "APPROVED", before.diff(snapshot(roadmap)));
        return view(roadmap);
    }

    @Transactional
    public RoadmapView archive(UUID id, String ifMatch) {
        Roadmap roadmap = visibility.visible(id);
        access.requireApproveRoadmaps();
        Versions.checkOptional(ifMatch, roadmap.version);
        if (roadmap.status != RoadmapStatus.APPROVED) {
            throw ApiException.conflict("roadmap-not-approved", "problem.roadmap.not-approved");
        }
        AuditLog.Snapshot before = snapshot(roadmap);
        roadmap.status = RoadmapStatus.ARCHIVED;
        roadmap.updatedAt = Instant.now(clock);
        roadmaps.flush();
        audit.record(AUDIT_TYPE, id, null, "ARCHIVED", before.diff(snapshot(roadmap)));
        return view(roadmap);
    }

    /**
     * A draft for the next period: the same items, deadlines moved on by the roadmap's length in whole years (at
     * least one), statuses back to NOT_STARTED, no progress.
     */
    @Transactional
    public RoadmapView copy(UUID id, RoadmapCopyInput input) {
        Roadmap source = visibility.visible(id);
        access.requireEditRoadmaps();
        long months = ChronoUnit.MONTHS.between(source.periodStart, source.periodEnd.plusDays(1));
        int years = (int) Math.max(1, Math.round(months / 12.0));
        Roadmap copy = new Roadmap();
        copy.id = UUID.randomUUID();
        copy.status = RoadmapStatus.DRAFT;
        String title = input == null ? null : Texts.blankToNull(input.title());
        copy.title = title != null ? title : shiftYears(source.title, years);
        copy.description = source.description;
        copy.periodStart = source.periodStart.plusYears(years);
        copy.periodEnd = source.periodEnd.plusYears(years);
        copy.copiedFromId = source.id;
        copy.createdAt = Instant.now(clock);
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
        audit.record(AUDIT_TYPE, copy.id, null, "COPIED", changes);
        return view(copy, sourceItems.size());
    }

    @Transactional
    public SummaryView summary(UUID id) {
        Roadmap roadmap = visibility.visible(id);
        var today = clocks.today();
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

    @Transactional
    public HistoryList history(UUID id, Page page) {
        visibility.visible(id);
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

    private static String shiftYears(String title, int years) {
        Matcher m = YEAR.matcher(title);
        StringBuilder shifted = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(shifted, Integer.toString(Integer.parseInt(m.group(1)) + years));
        }
        m.appendTail(shifted);
        return shifted.toString();
    }

    private static AuditLog.Snapshot snapshot(Roadmap r) {
        return new AuditLog.Snapshot().put("title", r.title).put("description", r.description)
                .put("periodStart", r.periodStart).put("periodEnd", r.periodEnd).put("status", r.status)
                .put("approvedBy", r.approvedBy);
    }

    private RoadmapView view(Roadmap roadmap) {
        return view(roadmap, roadmaps.itemCounts(List.of(roadmap.id)).getOrDefault(roadmap.id, 0L));
    }

    private static RoadmapView view(Roadmap r, long itemCount) {
        return new RoadmapView(r.id, r.title, r.description, r.periodStart, r.periodEnd, r.status, r.approvedAt,
                r.approvedBy, r.copiedFromId, itemCount, r.version, r.createdAt, r.updatedAt);
    }
}
