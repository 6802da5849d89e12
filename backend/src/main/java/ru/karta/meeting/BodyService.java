package ru.karta.meeting;

import java.util.Comparator;
import java.util.HashMap;
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

import ru.karta.audit.AuditDtos.Change;
import ru.karta.audit.AuditDtos.HistoryList;
import ru.karta.audit.AuditLog;
import ru.karta.common.ApiException;
import ru.karta.common.Bodies;
import ru.karta.common.ClusterClock;
import ru.karta.common.MergePatch;
import ru.karta.common.Page;
import ru.karta.common.Texts;
import ru.karta.common.Versions;
import ru.karta.meeting.BodyDtos.BodyInput;
import ru.karta.meeting.BodyDtos.BodyList;
import ru.karta.meeting.BodyDtos.BodyMemberInput;
import ru.karta.meeting.BodyDtos.BodyMemberPatch;
import ru.karta.meeting.BodyDtos.BodyMemberView;
import ru.karta.meeting.BodyDtos.BodyPermissions;
import ru.karta.meeting.BodyDtos.BodySummary;
import ru.karta.meeting.BodyDtos.BodyView;
import ru.karta.meeting.MeetingDtos.PersonRef;
import ru.karta.organisation.OrganisationRepository;
import ru.karta.security.Actor;

/**
 * The cluster's bodies and their members, kept by the association and ЦКР and read by everyone. A membership is never
 * deleted: it ends on a day and stays as the body's history.
 */
@ApplicationScoped
public class BodyService {

    static final String AUDIT_TYPE = "BODY";
    static final String MEMBER_TYPE = "BODY_MEMBER";

    private final MeetingRepository meetings;
    private final OrganisationRepository organisations;
    private final MeetingPolicy policy;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final ClusterClock clock;

    @Inject
    public BodyService(MeetingRepository meetings, OrganisationRepository organisations, MeetingPolicy policy,
            AuditLog audit, ObjectMapper json, Validator validator, ClusterClock clock) {
        this.meetings = meetings;
        this.organisations = organisations;
        this.policy = policy;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public BodyList list(Actor actor, BodyKind kind, Page page) {
        String where = kind == null ? "" : " where b.kind = :kind";
        var query = meetings.em().createQuery("from Body b" + where + " order by b.kind, lower(b.name), b.id", Body.class);
        var count = meetings.em().createQuery("select count(b) from Body b" + where, Long.class);
        if (kind != null) {
            query.setParameter("kind", kind);
            count.setParameter("kind", kind);
        }
        List<Body> found = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<UUID, Long> counts = new HashMap<>();
        if (!found.isEmpty()) {
            for (Object[] r : meetings.em().createQuery("select m.bodyId, count(m) from BodyMember m where m.bodyId in :ids"
                    + " and m.from <= :today and (m.to is null or m.to >= :today) group by m.bodyId", Object[].class)
                    .setParameter("ids", found.stream().map(b -> b.id).toList()).setParameter("today", clock.today())
                    .getResultList()) {
                counts.put((UUID) r[0], (Long) r[1]);
            }
        }
        return new BodyList(found.stream().map(b -> new BodySummary(b.id, b.kind, b.name, b.description,
                counts.getOrDefault(b.id, 0L), b.updatedAt)).toList(), page.page(), page.size(),
                count.getSingleResult(), actor.runsCluster());
    }

    @Transactional
    public BodyView get(Actor actor, UUID id) {
        return view(actor, find(id));
    }

    @Transactional
    public BodyView create(Actor actor, JsonNode payload) {
        policy.requireKeepBodies(actor);
        BodyInput input = Bodies.convert(json, validator, payload, BodyInput.class);
        Body body = new Body();
        body.id = UUID.randomUUID();
        body.createdAt = clock.now();
        body.updatedAt = body.createdAt;
        apply(body, input);
        meetings.persist(body);
        meetings.flush();
        audit.record(actor, AUDIT_TYPE, body.id, null, "CREATED", snapshot(body).asCreated());
        return view(actor, body);
    }

    @Transactional
    public BodyView patch(Actor actor, UUID id, JsonNode payload, String ifMatch) {
        policy.requireKeepBodies(actor);
        Body body = find(id);
        ObjectNode patch = MergePatch.requireObject(payload);
        Long version = MergePatch.takeVersion(patch);
        Versions.checkWrite(ifMatch, version, body.version, etag(view(actor, body)));
        BodyInput current = new BodyInput(body.kind, body.name, body.description);
        BodyInput patched = Bodies.convert(json, validator, MergePatch.apply(json.valueToTree(current), patch),
                BodyInput.class);
        AuditLog.Snapshot before = snapshot(body);
        apply(body, patched);
        List<Change> changes = before.diff(snapshot(body));
        if (!changes.isEmpty()) {
            body.updatedAt = clock.now();
            meetings.flush();
            audit.record(actor, AUDIT_TYPE, id, null, "UPDATED", changes);
        }
        return view(actor, body);
    }

    @Transactional
    public HistoryList history(Actor actor, UUID id, Page page) {
        find(id);
        return audit.history(AUDIT_TYPE, id, page);
    }

    @Transactional
    public BodyMemberView addMember(Actor actor, UUID bodyId, JsonNode payload) {
        policy.requireKeepBodies(actor);
        Body body = find(bodyId);
        BodyMemberInput input = Bodies.convert(json, validator, payload, BodyMemberInput.class);
        PersonRef person = meetings.people(List.of(input.personId())).get(input.personId());
        if (person == null) {
            throw ApiException.badRequest("personId", "problem.meeting.unknown-person");
        }
        if (person.organisationId() == null) {
            throw ApiException.badRequest("personId", "problem.body.person-without-organisation");
        }
        BodyMember member = new BodyMember();
        member.id = UUID.randomUUID();
        member.bodyId = bodyId;
        member.personId = input.personId();
        member.organisationId = person.organisationId();
        member.role = input.role();
        member.note = Texts.blankToNull(input.note());
        member.from = input.from() == null ? clock.today() : input.from();
        member.to = input.to();
        member.createdAt = clock.now();
        if (member.to != null && member.to.isBefore(member.from)) {
            throw ApiException.badRequest("to", "problem.body.ends-before-start");
        }
        var overlap = meetings.em().createQuery("select count(m) from BodyMember m where m.bodyId = :b"
                + " and m.personId = :p and (m.to is null or m.to >= :from)"
                + (member.to == null ? "" : " and m.from <= :to"), Long.class).setParameter("b", bodyId)
                .setParameter("p", member.personId).setParameter("from", member.from);
        if (member.to != null) {
            overlap.setParameter("to", member.to);
        }
        boolean overlapping = overlap.getSingleResult() > 0;
        if (overlapping) {
            throw ApiException.conflict("member-exists", "personId", "problem.body.member-exists", person.name());
        }
        meetings.persist(member);
        body.updatedAt = clock.now();
        meetings.flush();
        audit.record(actor, MEMBER_TYPE, member.id, bodyId, "CREATED", memberSnapshot(member).asCreated());
        return memberViews(List.of(member)).get(0);
    }

    @Transactional
    public BodyMemberView member(UUID bodyId, UUID memberId) {
        return memberViews(List.of(findMember(bodyId, memberId))).get(0);
    }

    private BodyMember findMember(UUID bodyId, UUID memberId) {
        BodyMember member = meetings.em().find(BodyMember.class, memberId);
        if (member == null || !member.bodyId.equals(bodyId)) {
            throw ApiException.notFound("body-member");
        }
        return member;
    }

    @Transactional
    public BodyMemberView patchMember(Actor actor, UUID bodyId, UUID memberId, JsonNode payload, String ifMatch) {
        policy.requireKeepBodies(actor);
        Body body = find(bodyId);
        BodyMember member = findMember(bodyId, memberId);
        ObjectNode patch = MergePatch.requireObject(payload);
        Long version = MergePatch.takeVersion(patch);
        Versions.checkWrite(ifMatch, version, member.version, "\"" + member.version + "\"");
        BodyMemberPatch current = new BodyMemberPatch(member.role, member.to, member.note, null);
        BodyMemberPatch patched = Bodies.convert(json, validator, MergePatch.apply(json.valueToTree(current), patch),
                BodyMemberPatch.class);
        if (patched.role() == null) {
            throw ApiException.badRequest("role", "problem.body.role-required");
        }
        if (patched.to() != null && patched.to().isBefore(member.from)) {
            throw ApiException.badRequest("to", "problem.body.ends-before-start");
        }
        AuditLog.Snapshot before = memberSnapshot(member);
        boolean ending = member.to == null && patched.to() != null;
        member.role = patched.role();
        member.to = patched.to();
        member.note = Texts.blankToNull(patched.note());
        List<Change> changes = before.diff(memberSnapshot(member));
        if (!changes.isEmpty()) {
            body.updatedAt = clock.now();
            meetings.flush();
            audit.record(actor, MEMBER_TYPE, memberId, bodyId, ending ? "ENDED" : "UPDATED", changes);
        }
        return memberViews(List.of(member)).get(0);
    }

    /** Members change the body's updatedAt, not its version: both are in the ETag, with the caller's permissions. */
    public static String etag(BodyView view) {
        String etag = Versions.etag(view.version(), view.permissions());
        return etag.substring(0, etag.length() - 1) + "-" + view.updatedAt().toEpochMilli() + "\"";
    }

    private Body find(UUID id) {
        Body body = meetings.em().find(Body.class, id);
        if (body == null) {
            throw ApiException.notFound("body");
        }
        return body;
    }

    private void apply(Body body, BodyInput input) {
        String name = input.name().strip();
        boolean taken = meetings.em().createQuery("select count(b) from Body b where lower(b.name) = :n and b.id <> :id",
                Long.class).setParameter("n", name.toLowerCase(java.util.Locale.ROOT)).setParameter("id", body.id)
                .getSingleResult() > 0;
        if (taken) {
            throw ApiException.conflict("duplicate-name", "name", "problem.body.duplicate-name", name);
        }
        body.kind = input.kind();
        body.name = name;
        body.description = Texts.blankToNull(input.description());
    }

    private static AuditLog.Snapshot snapshot(Body b) {
        return new AuditLog.Snapshot().put("kind", b.kind).put("name", b.name).put("description", b.description);
    }

    private static AuditLog.Snapshot memberSnapshot(BodyMember m) {
        return new AuditLog.Snapshot().put("personId", m.personId).put("organisationId", m.organisationId)
                .put("role", m.role).put("from", m.from).put("to", m.to).put("note", m.note);
    }

    private BodyPermissions permissions(Actor actor) {
        return new BodyPermissions(actor.runsCluster(), actor.runsCluster());
    }

    public BodyView view(Actor actor, Body body) {
        List<BodyMember> members = meetings.em().createQuery("from BodyMember m where m.bodyId = :b", BodyMember.class)
                .setParameter("b", body.id).getResultList();
        var today = clock.today();
        List<BodyMemberView> views = memberViews(members).stream().sorted(Comparator
                .comparing((BodyMemberView v) -> !v.current())
                .thenComparing(v -> v.current() ? v.role().ordinal() : 0)
                .thenComparing(v -> v.current() ? java.time.LocalDate.MIN : v.to() == null ? java.time.LocalDate.MAX
                        : v.to(), Comparator.reverseOrder())
                .thenComparing(BodyMemberView::personName)).toList();
        long current = members.stream().filter(m -> m.currentOn(today)).count();
        return new BodyView(body.id, body.kind, body.name, body.description, current, views, body.version,
                body.createdAt, body.updatedAt, permissions(actor));
    }

    private List<BodyMemberView> memberViews(List<BodyMember> members) {
        Map<UUID, PersonRef> people = meetings.people(members.stream().map(m -> m.personId).toList());
        Map<UUID, String> names = organisations.displayNames(members.stream().map(m -> m.organisationId).distinct()
                .toList());
        var today = clock.today();
        return members.stream().map(m -> new BodyMemberView(m.id, m.personId,
                people.containsKey(m.personId) ? people.get(m.personId).name() : "", m.organisationId,
                names.get(m.organisationId), m.role, m.note, m.from, m.to, m.currentOn(today), m.version)).toList();
    }
}
