package ru.karta.meeting;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ru.karta.audit.AuditDtos.Change;
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
import ru.karta.meeting.MeetingDtos.AgendaItemInput;
import ru.karta.meeting.MeetingDtos.AgendaItemList;
import ru.karta.meeting.MeetingDtos.AgendaItemPatch;
import ru.karta.meeting.MeetingDtos.AgendaItemView;
import ru.karta.meeting.MeetingDtos.AttendanceInput;
import ru.karta.meeting.MeetingDtos.DecisionInput;
import ru.karta.meeting.MeetingDtos.DecisionList;
import ru.karta.meeting.MeetingDtos.DecisionView;
import ru.karta.meeting.MeetingDtos.LinkedItemView;
import ru.karta.meeting.MeetingDtos.MeetingInput;
import ru.karta.meeting.MeetingDtos.MeetingList;
import ru.karta.meeting.MeetingDtos.MeetingView;
import ru.karta.meeting.MeetingDtos.MinutesInput;
import ru.karta.meeting.MeetingDtos.ParticipantList;
import ru.karta.meeting.MeetingDtos.ParticipantsAdded;
import ru.karta.meeting.MeetingDtos.ParticipantsInput;
import ru.karta.meeting.MeetingDtos.PersonRef;
import ru.karta.meeting.MeetingRepository.Counts;
import ru.karta.meeting.MeetingRepository.Participation;
import ru.karta.organisation.OrganisationRepository;
import ru.karta.roadmap.ProgressService;
import ru.karta.roadmap.RoadmapItemService;
import ru.karta.security.Actor;

/**
 * Meetings: planning (title, time, place, chair and secretary, agenda, participants), the life cycle DRAFT → OPEN →
 * IN_PROGRESS → CLOSED (or CANCELLED), attendance by hand, minutes and decisions. A decision may become a new roadmap
 * item or a progress update of one, made by the roadmap's own services in the same transaction and audited there.
 */
@ApplicationScoped
public class MeetingService {

    public static final String AUDIT_TYPE = "MEETING";
    static final String AGENDA_TYPE = "MEETING_AGENDA_ITEM";
    static final String PARTICIPANT_TYPE = "MEETING_PARTICIPANT";
    static final String DECISION_TYPE = "MEETING_DECISION";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MeetingRepository meetings;
    private final OrganisationRepository organisations;
    private final MeetingPolicy policy;
    private final RoadmapItemService roadmapItems;
    private final ProgressService progress;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final ClusterClock clock;

    @Inject
    public MeetingService(MeetingRepository meetings, OrganisationRepository organisations, MeetingPolicy policy,
            RoadmapItemService roadmapItems, ProgressService progress, AuditLog audit, ObjectMapper json,
            Validator validator, ClusterClock clock) {
        this.meetings = meetings;
        this.organisations = organisations;
        this.policy = policy;
        this.roadmapItems = roadmapItems;
        this.progress = progress;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------------- meetings

    @Transactional
    public MeetingList list(Actor actor, MeetingRepository.Filter filter, Sorts.Sort sort, Page page) {
        List<Meeting> found = meetings.search(filter, sort, page);
        return new MeetingList(views(actor, found), page.page(), page.size(), meetings.count(filter),
                policy.organises(actor));
    }

    @Transactional
    public MeetingView get(Actor actor, UUID id) {
        return view(actor, find(id));
    }

    @Transactional
    public MeetingView create(Actor actor, JsonNode body) {
        policy.requireOrganise(actor);
        MeetingInput input = Bodies.convert(json, validator, body, MeetingInput.class);
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.state = MeetingState.DRAFT;
        meeting.checkInSecret = new byte[32];
        RANDOM.nextBytes(meeting.checkInSecret);
        meeting.createdAt = clock.now();
        meeting.updatedAt = meeting.createdAt;
        apply(meeting, input);
        meetings.persist(meeting);
        meetings.flush();
        audit.record(actor, AUDIT_TYPE, meeting.id, meeting.bodyId, "CREATED", snapshot(meeting).asCreated());
        return view(actor, meeting);
    }

    @Transactional
    public MeetingView patch(Actor actor, UUID id, JsonNode body, String ifMatch) {
        policy.requireOrganise(actor);
        Meeting meeting = findForUpdate(id);
        ObjectNode patch = MergePatch.requireObject(body);
        Long version = MergePatch.takeVersion(patch);
        Versions.checkWrite(ifMatch, version, meeting.version, currentEtag(actor, meeting, ifMatch));
        policy.requireChangeable(meeting);
        MeetingInput current = new MeetingInput(meeting.title, meeting.kind, meeting.startsAt, meeting.endsAt,
                meeting.place, meeting.videoUrl, meeting.bodyId, meeting.chairPersonId, meeting.secretaryPersonId,
                meeting.number);
        MeetingInput patched = Bodies.convert(json, validator, MergePatch.apply(json.valueToTree(current), patch),
                MeetingInput.class);
        AuditLog.Snapshot before = snapshot(meeting);
        apply(meeting, patched);
        List<Change> changes = before.diff(snapshot(meeting));
        if (!changes.isEmpty()) {
            meeting.updatedAt = clock.now();
            meetings.flush();
            audit.record(actor, AUDIT_TYPE, id, meeting.bodyId, "UPDATED", changes);
        }
        return view(actor, meeting);
    }

    /** A step of the life cycle; closing marks the invited who were not marked absent. */
    @Transactional
    public MeetingView transition(Actor actor, UUID id, MeetingState target, String ifMatch) {
        policy.requireOrganise(actor);
        Meeting meeting = findForUpdate(id);
        Versions.checkOptional(ifMatch, currentEtag(actor, meeting, ifMatch));
        policy.requireTransition(meeting, target);
        Instant now = clock.now();
        List<Change> changes = new ArrayList<>();
        changes.add(new Change("state", meeting.state.name(), target.name()));
        switch (target) {
            case OPEN -> meeting.openedAt = now;
            case IN_PROGRESS -> meeting.startedAt = now;
            case CLOSED -> {
                meeting.closedAt = now;
                int absent = meetings.markUnmarkedAbsent(id, actor.subject());
                if (absent > 0) {
                    changes.add(new Change("absent", null, String.valueOf(absent)));
                }
            }
            case CANCELLED -> meeting.cancelledAt = now;
            default -> throw new IllegalStateException(target.name());
        }
        meeting.state = target;
        meeting.updatedAt = now;
        meetings.flush();
        audit.record(actor, AUDIT_TYPE, id, meeting.bodyId, target.name(), changes);
        return view(actor, meeting);
    }

    @Transactional
    public HistoryList history(Actor actor, UUID id, Page page) {
        Meeting meeting = find(id);
        policy.requireDetails(actor, participation(actor, meeting) != null);
        return audit.history(AUDIT_TYPE, id, page);
    }

    private void apply(Meeting meeting, MeetingInput input) {
        if (input.endsAt() != null && input.endsAt().isBefore(input.startsAt())) {
            throw ApiException.badRequest("endsAt", "problem.meeting.ends-before-start");
        }
        String place = Texts.blankToNull(input.place());
        String video = Texts.blankToNull(input.videoUrl());
        if (place == null && video == null) {
            throw ApiException.badRequest("place", "problem.meeting.place-required");
        }
        if (input.bodyId() != null && meetings.em().find(Body.class, input.bodyId()) == null) {
            throw ApiException.badRequest("bodyId", "problem.meeting.unknown-body");
        }
        requirePerson("chairPersonId", input.chairPersonId());
        requirePerson("secretaryPersonId", input.secretaryPersonId());
        meeting.title = input.title().strip();
        meeting.kind = input.kind();
        meeting.startsAt = input.startsAt();
        meeting.endsAt = input.endsAt();
        meeting.place = place == null ? null : place.strip();
        meeting.videoUrl = video;
        meeting.bodyId = input.bodyId();
        meeting.chairPersonId = input.chairPersonId();
        meeting.secretaryPersonId = input.secretaryPersonId();
        meeting.number = Texts.blankToNull(input.number());
    }

    private void requirePerson(String field, UUID personId) {
        if (personId != null && meetings.people(List.of(personId)).isEmpty()) {
            throw ApiException.badRequest(field, "problem.meeting.unknown-person");
        }
    }

    static AuditLog.Snapshot snapshot(Meeting m) {
        return new AuditLog.Snapshot().put("title", m.title).put("kind", m.kind).put("startsAt", m.startsAt)
                .put("endsAt", m.endsAt).put("place", m.place).put("videoUrl", m.videoUrl).put("bodyId", m.bodyId)
                .put("chairPersonId", m.chairPersonId).put("secretaryPersonId", m.secretaryPersonId)
                .put("number", m.number);
    }

    // ---------------------------------------------------------------------------------------------- agenda

    @Transactional
    public AgendaItemList agenda(Actor actor, UUID meetingId, Page page) {
        Meeting meeting = find(meetingId);
        policy.requireReadAgenda(actor);
        boolean minutes = policy.readsDetails(actor, participation(actor, meeting) != null);
        List<AgendaItem> items = meetings.agenda(meetingId);
        List<AgendaItem> paged = items.stream().skip(page.offset()).limit(page.size()).toList();
        return new AgendaItemList(agendaViews(paged, minutes), page.page(), page.size(), items.size());
    }

    @Transactional
    public AgendaItemView agendaItem(Actor actor, UUID meetingId, UUID itemId) {
        Meeting meeting = find(meetingId);
        policy.requireReadAgenda(actor);
        AgendaItem item = agendaItem(meetingId, itemId);
        return agendaViews(List.of(item), policy.readsDetails(actor, participation(actor, meeting) != null)).get(0);
    }

    @Transactional
    public AgendaItemView addAgendaItem(Actor actor, UUID meetingId, JsonNode body) {
        policy.requireOrganise(actor);
        Meeting meeting = findForUpdate(meetingId);
        policy.requireChangeable(meeting);
        AgendaItemInput input = Bodies.convert(json, validator, body, AgendaItemInput.class);
        requirePerson("presenterPersonId", input.presenterPersonId());
        List<UUID> links = roadmapLinks(input.roadmapItemIds());
        List<AgendaItem> items = new ArrayList<>(meetings.agenda(meetingId));
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.meetingId = meetingId;
        item.title = input.title().strip();
        item.presenterPersonId = input.presenterPersonId();
        item.plannedMinutes = input.plannedMinutes();
        item.createdAt = clock.now();
        item.updatedAt = item.createdAt;
        int at = input.position() == null ? items.size() : Math.min(input.position() - 1, items.size());
        items.add(at, item);
        item.position = at + 1;
        meetings.persist(item);
        renumber(items);
        meetings.flush();
        meetings.setLinks(item.id, links);
        touch(meeting);
        audit.record(actor, AGENDA_TYPE, item.id, meetingId, "CREATED", agendaSnapshot(item, links).asCreated());
        return agendaViews(List.of(item), true).get(0);
    }

    @Transactional
    public AgendaItemView patchAgendaItem(Actor actor, UUID meetingId, UUID itemId, JsonNode body, String ifMatch) {
        policy.requireOrganise(actor);
        Meeting meeting = findForUpdate(meetingId);
        AgendaItem item = agendaItem(meetingId, itemId);
        ObjectNode patch = MergePatch.requireObject(body);
        Long version = MergePatch.takeVersion(patch);
        Versions.checkWrite(ifMatch, version, item.version, agendaEtag(item));
        policy.requireChangeable(meeting);
        List<UUID> currentLinks = meetings.links(List.of(itemId)).getOrDefault(itemId, List.of());
        AgendaItemPatch current = new AgendaItemPatch(item.title, item.presenterPersonId, item.plannedMinutes,
                currentLinks, item.position, null);
        AgendaItemPatch patched = Bodies.convert(json, validator, MergePatch.apply(json.valueToTree(current), patch),
                AgendaItemPatch.class);
        if (patched.title() == null || patched.title().isBlank()) {
            throw ApiException.badRequest("title", "problem.meeting.title-required");
        }
        requirePerson("presenterPersonId", patched.presenterPersonId());
        List<UUID> links = roadmapLinks(patched.roadmapItemIds());
        AuditLog.Snapshot before = agendaSnapshot(item, currentLinks).put("position", item.position);
        item.title = patched.title().strip();
        item.presenterPersonId = patched.presenterPersonId();
        item.plannedMinutes = patched.plannedMinutes();
        if (patched.position() != null && patched.position() != item.position) {
            List<AgendaItem> items = new ArrayList<>(meetings.agenda(meetingId));
            items.remove(item);
            items.add(Math.min(patched.position() - 1, items.size()), item);
            renumber(items);
        }
        List<Change> changes = before.diff(agendaSnapshot(item, links).put("position", item.position));
        if (!changes.isEmpty()) {
            item.updatedAt = clock.now();
            meetings.flush();
            meetings.setLinks(itemId, links);
            touch(meeting);
            audit.record(actor, AGENDA_TYPE, itemId, meetingId, "UPDATED", changes);
        }
        return agendaViews(List.of(item), true).get(0);
    }

    @Transactional
    public void deleteAgendaItem(Actor actor, UUID meetingId, UUID itemId) {
        policy.requireOrganise(actor);
        Meeting meeting = findForUpdate(meetingId);
        AgendaItem item = agendaItem(meetingId, itemId);
        policy.requireChangeable(meeting);
        List<UUID> links = meetings.links(List.of(itemId)).getOrDefault(itemId, List.of());
        List<AgendaItem> items = new ArrayList<>(meetings.agenda(meetingId));
        items.remove(item);
        meetings.em().remove(item);
        meetings.flush();
        renumber(items);
        touch(meeting);
        audit.record(actor, AGENDA_TYPE, itemId, meetingId, "DELETED", agendaSnapshot(item, links).asDeleted());
    }

    /** The minutes of an agenda item, while the meeting is in progress. */
    @Transactional
    public AgendaItemView minutes(Actor actor, UUID meetingId, UUID itemId, JsonNode body, String ifMatch) {
        policy.requireOrganise(actor);
        Meeting meeting = findForUpdate(meetingId);
        AgendaItem item = agendaItem(meetingId, itemId);
        MinutesInput input = Bodies.convert(json, validator, body, MinutesInput.class);
        Versions.checkWrite(ifMatch, input.version(), item.version, agendaEtag(item));
        policy.requireState(meeting, "minutes", MeetingState.IN_PROGRESS);
        AuditLog.Snapshot before = new AuditLog.Snapshot().put("heard", item.heard).put("spoke", item.spoke);
        item.heard = Texts.blankToNull(input.heard());
        item.spoke = Texts.blankToNull(input.spoke());
        List<Change> changes = before.diff(new AuditLog.Snapshot().put("heard", item.heard).put("spoke", item.spoke));
        if (!changes.isEmpty()) {
            item.updatedAt = clock.now();
            meetings.flush();
            touch(meeting);
            audit.record(actor, AGENDA_TYPE, itemId, meetingId, "MINUTES", changes);
        }
        return agendaViews(List.of(item), true).get(0);
    }

    public static String agendaEtag(AgendaItem item) {
        return agendaEtagOf(item.version);
    }

    public static String agendaEtagOf(long version) {
        return "\"" + version + "\"";
    }

    private AgendaItem agendaItem(UUID meetingId, UUID itemId) {
        AgendaItem item = meetings.em().find(AgendaItem.class, itemId);
        if (item == null || !item.meetingId.equals(meetingId)) {
            throw ApiException.notFound("agenda-item");
        }
        return item;
    }

    /** Positions 1..n in list order (only those that moved change, and so get a new version). */
    private void renumber(List<AgendaItem> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).position != i + 1) {
                items.get(i).position = i + 1;
            }
        }
    }

    private List<UUID> roadmapLinks(List<UUID> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<UUID> distinct = ids.stream().distinct().toList();
        Map<UUID, LinkedItemView> found = meetings.roadmapItems(distinct);
        for (UUID id : distinct) {
            if (!found.containsKey(id)) {
                throw ApiException.badRequest("roadmapItemIds", "problem.meeting.unknown-roadmap-item", id);
            }
        }
        return distinct;
    }

    private static AuditLog.Snapshot agendaSnapshot(AgendaItem item, List<UUID> links) {
        return new AuditLog.Snapshot().put("title", item.title).put("presenterPersonId", item.presenterPersonId)
                .put("plannedMinutes", item.plannedMinutes)
                .put("roadmapItemIds", links.isEmpty() ? null : links.stream().map(UUID::toString).sorted().toList());
    }

    List<AgendaItemView> agendaViews(List<AgendaItem> items, boolean minutes) {
        List<UUID> ids = items.stream().map(i -> i.id).toList();
        Map<UUID, List<UUID>> links = meetings.links(ids);
        Set<UUID> roadmapIds = new HashSet<>();
        links.values().forEach(roadmapIds::addAll);
        Map<UUID, LinkedItemView> linked = meetings.roadmapItems(roadmapIds);
        Map<UUID, PersonRef> people = meetings.people(items.stream().map(i -> i.presenterPersonId).toList());
        return items.stream().map(i -> new AgendaItemView(i.id, i.meetingId, i.position, i.title,
                people.get(i.presenterPersonId), i.plannedMinutes,
                links.getOrDefault(i.id, List.of()).stream().map(linked::get).filter(Objects::nonNull).toList(),
                minutes ? i.heard : null, minutes ? i.spoke : null, i.version)).toList();
    }

    // ---------------------------------------------------------------------------------------------- participants

    @Transactional
    public ParticipantList participants(Actor actor, UUID meetingId, Page page) {
        Meeting meeting = find(meetingId);
        policy.requireDetails(actor, participation(actor, meeting) != null);
        return new ParticipantList(meetings.participants(meetingId, page), page.page(), page.size(),
                meetings.participantCount(meetingId));
    }

    /** Invites a person, a body's members today, or an organisation's people; those already in stay as they are. */
    @Transactional
    public ParticipantsAdded invite(Actor actor, UUID meetingId, JsonNode body) {
        policy.requireOrganise(actor);
        Meeting meeting = findForUpdate(meetingId);
        policy.requireChangeable(meeting);
        ParticipantsInput input = Bodies.convert(json, validator, body, ParticipantsInput.class);
        int given = (input.personId() != null ? 1 : 0) + (input.bodyId() != null ? 1 : 0)
                + (input.organisationId() != null ? 1 : 0);
        if (given != 1) {
            throw ApiException.badRequest("personId", "problem.meeting.participants-one-of");
        }
        String select;
        Map<String, Object> params = new LinkedHashMap<>();
        String what;
        if (input.personId() != null) {
            requirePerson("personId", input.personId());
            select = "select id from person where id = :who";
            params.put("who", input.personId());
            what = "personId";
            // A guest who checked in uninvited is now invited.
            if (meetings.inviteGuest(meetingId, input.personId())) {
                audit.record(actor, PARTICIPANT_TYPE, input.personId(), meetingId, "INVITED",
                        List.of(new Change("guest", "true", "false")));
            }
        } else if (input.bodyId() != null) {
            if (meetings.em().find(Body.class, input.bodyId()) == null) {
                throw ApiException.badRequest("bodyId", "problem.meeting.unknown-body");
            }
            select = "select person_id as id from body_member where body_id = :who and member_from <= :today"
                    + " and (member_to is null or member_to >= :today)";
            params.put("who", input.bodyId());
            params.put("today", clock.today());
            what = "bodyId";
        } else {
            if (organisations.findById(input.organisationId()) == null) {
                throw ApiException.badRequest("organisationId", "problem.meeting.unknown-organisation");
            }
            select = "select id from person where organisation_id = :who";
            params.put("who", input.organisationId());
            what = "organisationId";
        }
        int added = meetings.invite(meetingId, select, params, clock.now());
        long candidates = ((Number) countOf(select, params)).longValue();
        if (added > 0) {
            touch(meeting);
            audit.record(actor, PARTICIPANT_TYPE, meetingId, meetingId, "INVITED",
                    List.of(new Change(what, null, String.valueOf(params.get("who"))),
                            new Change("added", null, String.valueOf(added))));
        }
        Counts counts = meetings.counts(meetingId);
        return new ParticipantsAdded(added, (int) Math.max(0, candidates - added), counts.invited());
    }

    private Object countOf(String select, Map<String, Object> params) {
        var query = meetings.em().createNativeQuery("select count(distinct x.id) from (" + select + ") x");
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Transactional
    public void uninvite(Actor actor, UUID meetingId, UUID personId) {
        policy.requireOrganise(actor);
        Meeting meeting = findForUpdate(meetingId);
        policy.requireChangeable(meeting);
        if (meetings.uninvite(meetingId, personId) == 0) {
            throw ApiException.notFound("participant");
        }
        touch(meeting);
        audit.record(actor, PARTICIPANT_TYPE, personId, meetingId, "UNINVITED", List.of());
    }

    /** The secretary marks a participant's attendance by hand (PRESENT only while check-in is possible). */
    @Transactional
    public MeetingDtos.ParticipantView mark(Actor actor, UUID meetingId, UUID personId, JsonNode body) {
        policy.requireOrganise(actor);
        Meeting meeting = findForUpdate(meetingId);
        AttendanceInput input = Bodies.convert(json, validator, body, AttendanceInput.class);
        Participation was = meetings.participation(meetingId, personId)
                .orElseThrow(() -> ApiException.notFound("participant"));
        policy.requireChangeable(meeting);
        if (input.attendance() == Attendance.PRESENT && !meeting.state.checkIn()) {
            throw ApiException.conflict("meeting-state", "problem.meeting.state-present");
        }
        if (input.attendance() != was.attendance()) {
            meetings.mark(meetingId, personId, input.attendance(), clock.now(), actor.subject());
            touch(meeting);
            audit.record(actor, PARTICIPANT_TYPE, personId, meetingId, "ATTENDANCE",
                    List.of(new Change("attendance", was.attendance() == null ? null : was.attendance().name(),
                            input.attendance().name())));
        }
        return meetings.allParticipants(meetingId).stream().filter(p -> p.personId().equals(personId)).findFirst()
                .orElseThrow();
    }

    // ---------------------------------------------------------------------------------------------- decisions

    @Transactional
    public DecisionList decisions(Actor actor, UUID meetingId, Page page) {
        Meeting meeting = find(meetingId);
        policy.requireDetails(actor, participation(actor, meeting) != null);
        return new DecisionList(decisionViews(meetings.decisions(meetingId, page)), page.page(), page.size(),
                meetings.decisionCount(meetingId));
    }

    /**
     * A decision, while the meeting is in progress. With createRoadmapItem it becomes a new item (the decision's text
     * as the activity, its organisation responsible, its due date as the deadline) of the roadmap named, or of the
     * linked item's, or of the approved roadmap whose period holds the due date; with only roadmapItemId it adds a
     * progress update to that item. Either is made by the roadmap's services, with their rules, in this transaction.
     */
    @Transactional
    public DecisionView decide(Actor actor, UUID meetingId, JsonNode body) {
        policy.requireOrganise(actor);
        Meeting meeting = findForUpdate(meetingId);
        DecisionInput input = Bodies.convert(json, validator, body, DecisionInput.class);
        policy.requireState(meeting, "decisions", MeetingState.IN_PROGRESS);
        if (input.agendaItemId() != null) {
            agendaItem(meetingId, input.agendaItemId());
        }
        if (input.responsibleOrganisationId() != null
                && organisations.findById(input.responsibleOrganisationId()) == null) {
            throw ApiException.badRequest("responsibleOrganisationId", "problem.meeting.unknown-organisation");
        }
        LinkedItemView linked = null;
        if (input.roadmapItemId() != null) {
            linked = meetings.roadmapItems(List.of(input.roadmapItemId())).get(input.roadmapItemId());
            if (linked == null) {
                throw ApiException.badRequest("roadmapItemId", "problem.meeting.unknown-roadmap-item",
                        input.roadmapItemId());
            }
        }
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.meetingId = meetingId;
        decision.agendaItemId = input.agendaItemId();
        decision.position = (int) meetings.decisionCount(meetingId) + 1;
        decision.text = input.text().strip();
        decision.responsibleOrganisationId = input.responsibleOrganisationId();
        decision.dueDate = input.dueDate();
        decision.createdAt = clock.now();
        decision.createdBy = actor.subject();
        String source = "Решение совещания «" + meeting.title + "» от "
                + DAY.format(meeting.startsAt.atZone(clock.zone()))
                + (meeting.number == null ? "" : " (протокол № " + meeting.number + ")");
        if (Boolean.TRUE.equals(input.createRoadmapItem())) {
            if (input.responsibleOrganisationId() == null) {
                throw ApiException.badRequest("responsibleOrganisationId", "problem.meeting.decision-needs-responsible");
            }
            if (input.dueDate() == null) {
                throw ApiException.badRequest("dueDate", "problem.meeting.decision-needs-due-date");
            }
            UUID roadmapId = input.roadmapId() != null ? input.roadmapId()
                    : linked != null ? linked.roadmapId() : roadmapFor(input.dueDate());
            ObjectNode item = json.createObjectNode();
            item.put("number", nextNumber(roadmapId));
            item.put("activity", decision.text);
            item.putObject("deadline").put("text", input.dueDate().toString());
            item.putArray("responsible").addObject().put("organisationId",
                    input.responsibleOrganisationId().toString());
            item.put("note", source);
            decision.roadmapItemId = roadmapItems.create(actor, roadmapId, item).id();
            decision.createdRoadmapItem = true;
        } else if (input.roadmapItemId() != null) {
            ObjectNode update = json.createObjectNode();
            update.put("text", source + ": " + decision.text
                    + (input.dueDate() == null ? "" : " Срок — " + DAY.format(input.dueDate()) + "."));
            decision.roadmapItemId = input.roadmapItemId();
            decision.progressUpdateId = progress.create(actor, input.roadmapItemId(), update).id();
        }
        meetings.persist(decision);
        meetings.flush();
        touch(meeting);
        audit.record(actor, DECISION_TYPE, decision.id, meetingId, "CREATED", new AuditLog.Snapshot()
                .put("text", decision.text).put("responsibleOrganisationId", decision.responsibleOrganisationId)
                .put("dueDate", decision.dueDate).put("roadmapItemId", decision.roadmapItemId)
                .put("createdRoadmapItem", decision.createdRoadmapItem ? true : null).asCreated());
        return decisionViews(List.of(decision)).get(0);
    }

    private UUID roadmapFor(LocalDate due) {
        @SuppressWarnings("unchecked")
        List<UUID> found = meetings.em().createNativeQuery("select id from roadmap where status = 'APPROVED'"
                + " and period_start <= :d and period_end >= :d order by period_start desc, id limit 1")
                .setParameter("d", due).getResultList();
        if (found.isEmpty()) {
            throw ApiException.conflict("no-roadmap", "roadmapId", "problem.meeting.no-roadmap", DAY.format(due));
        }
        return found.get(0);
    }

    private String nextNumber(UUID roadmapId) {
        @SuppressWarnings("unchecked")
        List<String> numbers = meetings.em().createNativeQuery("select number from roadmap_item where roadmap_id = :r")
                .setParameter("r", roadmapId).getResultList();
        int max = 0;
        for (String number : numbers) {
            String head = number.split("\\.")[0];
            try {
                max = Math.max(max, Integer.parseInt(head));
            } catch (NumberFormatException e) {
                // a number that is not one does not count
            }
        }
        return String.valueOf(max + 1);
    }

    List<DecisionView> decisionViews(List<Decision> found) {
        Set<UUID> orgIds = new HashSet<>();
        Set<UUID> itemIds = new HashSet<>();
        for (Decision d : found) {
            if (d.responsibleOrganisationId != null) {
                orgIds.add(d.responsibleOrganisationId);
            }
            if (d.roadmapItemId != null) {
                itemIds.add(d.roadmapItemId);
            }
        }
        Map<UUID, String> names = organisations.displayNames(orgIds);
        Map<UUID, LinkedItemView> items = meetings.roadmapItems(itemIds);
        return found.stream().map(d -> new DecisionView(d.id, d.meetingId, d.agendaItemId, d.position, d.text,
                d.responsibleOrganisationId, names.get(d.responsibleOrganisationId), d.dueDate,
                d.roadmapItemId == null ? null : items.get(d.roadmapItemId), d.createdRoadmapItem,
                d.progressUpdateId, d.createdAt)).toList();
    }

    // ---------------------------------------------------------------------------------------------- views

    Meeting find(UUID id) {
        return meetings.find(id).orElseThrow(() -> ApiException.notFound("meeting"));
    }

    Meeting findForUpdate(UUID id) {
        return meetings.findForUpdate(id).orElseThrow(() -> ApiException.notFound("meeting"));
    }

    Participation participation(Actor actor, Meeting meeting) {
        return meetings.participation(meeting.id, actor.personId()).orElse(null);
    }

    private void touch(Meeting meeting) {
        meeting.updatedAt = clock.now();
    }

    public MeetingView view(Actor actor, Meeting meeting) {
        return views(actor, List.of(meeting)).get(0);
    }

    List<MeetingView> views(Actor actor, List<Meeting> found) {
        List<UUID> ids = found.stream().map(m -> m.id).toList();
        Map<UUID, Counts> counts = meetings.counts(ids);
        Map<UUID, Participation> mine = meetings.participations(ids, actor.personId());
        List<UUID> people = new ArrayList<>();
        Set<UUID> bodyIds = new HashSet<>();
        for (Meeting m : found) {
            people.add(m.chairPersonId);
            people.add(m.secretaryPersonId);
            if (m.bodyId != null) {
                bodyIds.add(m.bodyId);
            }
        }
        Map<UUID, PersonRef> refs = meetings.people(people);
        Map<UUID, String> bodies = new HashMap<>();
        if (!bodyIds.isEmpty()) {
            for (Body body : meetings.em().createQuery("from Body b where b.id in :ids", Body.class)
                    .setParameter("ids", bodyIds).getResultList()) {
                bodies.put(body.id, body.name);
            }
        }
        List<MeetingView> views = new ArrayList<>();
        for (Meeting m : found) {
            Counts c = counts.getOrDefault(m.id, Counts.NONE);
            Participation p = mine.get(m.id);
            views.add(new MeetingView(m.id, m.kind, m.bodyId, bodies.get(m.bodyId), m.title, m.number, m.startsAt,
                    m.endsAt, m.place, m.videoUrl, m.state, refs.get(m.chairPersonId), refs.get(m.secretaryPersonId),
                    p != null, p == null ? null : p.attendance(), p == null ? null : p.checkedInAt(), c.invited(),
                    c.present(), c.agenda(), m.openedAt, m.startedAt, m.closedAt, m.cancelledAt, m.version,
                    m.createdAt, m.updatedAt, policy.permissions(actor, m, p != null)));
        }
        return views;
    }

    /** The ETag this caller has for the meeting now; only built (several queries) when an If-Match asks for it. */
    private String currentEtag(Actor actor, Meeting meeting, String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : etag(view(actor, meeting));
    }

    /**
     * The ETag of a meeting's view: its version and the caller's permissions, and what changes without a new version
     * (the counts, the caller's own attendance).
     */
    public static String etag(MeetingView view) {
        return "\"" + view.version() + "-" + view.permissions().bits() + "-" + view.invitedCount() + "."
                + view.presentCount() + "." + view.agendaCount() + "." + (view.myAttendance() == null ? "n"
                        : view.myAttendance().name().charAt(0)) + "." + view.updatedAt().toEpochMilli() + "\"";
    }
}
