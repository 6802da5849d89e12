package ru.karta.meeting;

import static ru.karta.common.SqlValues.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import ru.karta.common.SqlValues;
import ru.karta.common.Page;
import ru.karta.common.Sorts;
import ru.karta.meeting.MeetingDtos.LinkedItemView;
import ru.karta.meeting.MeetingDtos.ParticipantView;
import ru.karta.meeting.MeetingDtos.PersonRef;

/**
 * Meetings, agenda items and decisions as entities; participants in SQL, whose primary key (meeting, person) is what
 * makes invitations and check-ins idempotent on any number of backends.
 */
@ApplicationScoped
public class MeetingRepository {

    /** A filter of the meeting list; null fields do not filter. */
    public record Filter(Instant from, Instant to, MeetingKind kind, MeetingState state, UUID bodyId,
            UUID participantPersonId, Instant updatedSince) {
    }

    /** The caller's participation in a meeting. */
    public record Participation(boolean guest, Attendance attendance, Instant checkedInAt) {
    }

    /** Counts of one meeting. */
    public record Counts(long invited, long present, long agenda) {
        static final Counts NONE = new Counts(0, 0, 0);
    }

    public static final Map<String, String> SORTS = Map.of("startsAt", "m.startsAt", "title", "lower(m.title)",
            "updatedAt", "m.updatedAt");

    private final EntityManager em;

    @Inject
    public MeetingRepository(EntityManager em) {
        this.em = em;
    }

    public EntityManager em() {
        return em;
    }

    public Optional<Meeting> find(UUID id) {
        return Optional.ofNullable(em.find(Meeting.class, id));
    }

    /** The meeting, locked until the transaction ends: state changes and check-ins of one meeting queue up. */
    public Optional<Meeting> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Meeting> search(Filter filter, Sorts.Sort sort, Page page) {
        Map<String, Object> params = new LinkedHashMap<>();
        var query = em.createQuery("from Meeting m where " + where(filter, params) + " order by " + sort.orderBy()
                + ", m.id", Meeting.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    public long count(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        var query = em.createQuery("select count(m) from Meeting m where " + where(filter, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.from() != null) {
            where.append(" and m.startsAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and m.startsAt < :to");
            params.put("to", filter.to());
        }
        if (filter.kind() != null) {
            where.append(" and m.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.state() != null) {
            where.append(" and m.state = :state");
            params.put("state", filter.state());
        }
        if (filter.bodyId() != null) {
            where.append(" and m.bodyId = :body");
            params.put("body", filter.bodyId());
        }
        if (filter.participantPersonId() != null) {
            where.append(" and exists (select 1 from MeetingParticipantRow p where p.meetingId = m.id"
                    + " and p.personId = :person)");
            params.put("person", filter.participantPersonId());
        }
        if (filter.updatedSince() != null) {
            where.append(" and m.updatedAt >= :updatedSince");
            params.put("updatedSince", filter.updatedSince());
        }
        return where.toString();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    // ---------------------------------------------------------------------------------------------- participants

    public Optional<Participation> participation(UUID meetingId, UUID personId) {
        if (personId == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select guest, attendance, checked_in_at from meeting_participant"
                + " where meeting_id = :m and person_id = :p").setParameter("m", meetingId).setParameter("p", personId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new Participation((Boolean) r[0],
                r[1] == null ? null : Attendance.valueOf((String) r[1]), instant(r[2])));
    }

    /** The caller's participations among some meetings. */
    public Map<UUID, Participation> participations(Collection<UUID> meetingIds, UUID personId) {
        Map<UUID, Participation> found = new HashMap<>();
        if (personId == null || meetingIds.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select meeting_id, guest, attendance, checked_in_at"
                + " from meeting_participant where person_id = :p and meeting_id in (:ids)")
                .setParameter("p", personId).setParameter("ids", meetingIds).getResultList();
        for (Object[] r : rows) {
            found.put((UUID) r[0], new Participation((Boolean) r[1],
                    r[2] == null ? null : Attendance.valueOf((String) r[2]), instant(r[3])));
        }
        return found;
    }

    public Map<UUID, Counts> counts(Collection<UUID> meetingIds) {
        Map<UUID, Counts> counts = new HashMap<>();
        if (meetingIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select m.id,
                       (select count(*) from meeting_participant p where p.meeting_id = m.id and not p.guest),
                       (select count(*) from meeting_participant p where p.meeting_id = m.id
                                                                      and p.attendance = 'PRESENT'),
                       (select count(*) from meeting_agenda_item a where a.meeting_id = m.id)
                  from meeting m where m.id in (:ids)""").setParameter("ids", meetingIds).getResultList();
        for (Object[] r : rows) {
            counts.put((UUID) r[0], new Counts(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue()));
        }
        return counts;
    }

    public Counts counts(UUID meetingId) {
        return counts(List.of(meetingId)).getOrDefault(meetingId, Counts.NONE);
    }

    /**
     * Invites the people the query selects (a statement returning person ids, with its parameters); answers how many
     * became participants. Those already participating stay as they are.
     */
    public int invite(UUID meetingId, String personIds, Map<String, Object> params, Instant now) {
        var insert = em.createNativeQuery("insert into meeting_participant (meeting_id, person_id, invited_at)"
                + " select distinct cast(:meeting as uuid), x.id, cast(:now as timestamptz) from (" + personIds + ") x"
                + " on conflict (meeting_id, person_id) do nothing")
                .setParameter("meeting", meetingId).setParameter("now", Timestamp.from(now));
        params.forEach(insert::setParameter);
        return insert.executeUpdate();
    }

    /** A guest who came in with a check-in becomes invited; answers whether such a row was turned. */
    public boolean inviteGuest(UUID meetingId, UUID personId) {
        return em.createNativeQuery("update meeting_participant set guest = false where meeting_id = :m"
                + " and person_id = :p and guest").setParameter("m", meetingId).setParameter("p", personId)
                .executeUpdate() > 0;
    }

    public int uninvite(UUID meetingId, UUID personId) {
        return em.createNativeQuery("delete from meeting_participant where meeting_id = :m and person_id = :p")
                .setParameter("m", meetingId).setParameter("p", personId).executeUpdate();
    }

    /**
     * The check-in: the first one sets PRESENT and its time, a repeat changes nothing. Concurrent repeats wait for
     * the first one's row and then find it checked in. Answers the time set, or empty for a repeat.
     */
    public Optional<Instant> checkIn(UUID meetingId, UUID personId, Instant now, String by) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("""
                insert into meeting_participant (meeting_id, person_id, guest, attendance, checked_in_at, marked_by,
                                                 via, invited_at)
                values (:m, :p, true, 'PRESENT', :now, :by, 'QR', :now)
                on conflict (meeting_id, person_id) do update
                   set attendance = 'PRESENT', checked_in_at = excluded.checked_in_at, marked_by = excluded.marked_by,
                       via = 'QR'
                 where meeting_participant.checked_in_at is null
                returning checked_in_at""").setParameter("m", meetingId).setParameter("p", personId)
                .setParameter("now", Timestamp.from(now)).setParameter("by", by).getResultList();
        return rows.stream().findFirst().map(SqlValues::instant);
    }

    /** Marks attendance by hand; PRESENT keeps an earlier check-in time, anything else clears it. */
    public int mark(UUID meetingId, UUID personId, Attendance attendance, Instant now, String by) {
        return em.createNativeQuery("""
                update meeting_participant
                   set attendance = :a,
                       checked_in_at = case when :a = 'PRESENT' then coalesce(checked_in_at, :now) else null end,
                       via = case when :a = 'PRESENT' then coalesce(via, 'MANUAL') else 'MANUAL' end,
                       marked_by = :by
                 where meeting_id = :m and person_id = :p""").setParameter("a", attendance.name())
                .setParameter("now", Timestamp.from(now)).setParameter("by", by).setParameter("m", meetingId)
                .setParameter("p", personId).executeUpdate();
    }

    /** On closing: the invited who were not marked did not come. */
    public int markUnmarkedAbsent(UUID meetingId, String by) {
        return em.createNativeQuery("update meeting_participant set attendance = 'ABSENT', marked_by = :by"
                + " where meeting_id = :m and attendance is null").setParameter("m", meetingId)
                .setParameter("by", by).executeUpdate();
    }

    private static final String PARTICIPANT_SELECT = """
            select p.id, p.full_name, p.position_title, p.organisation_id, coalesce(o.short_name, o.full_name),
                   mp.attendance, mp.checked_in_at, mp.guest, mp.via
              from meeting_participant mp join person p on p.id = mp.person_id
              left join organisation o on o.id = p.organisation_id
             where mp.meeting_id = :m""";

    public List<ParticipantView> participants(UUID meetingId, Page page) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PARTICIPANT_SELECT
                + " order by lower(coalesce(o.short_name, o.full_name)), lower(p.full_name), p.id")
                .setParameter("m", meetingId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return rows.stream().map(MeetingRepository::participant).toList();
    }

    /** Everyone who was present, in the order they came. */
    public List<ParticipantView> allParticipants(UUID meetingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PARTICIPANT_SELECT
                + " order by mp.checked_in_at nulls last, lower(p.full_name), p.id").setParameter("m", meetingId)
                .getResultList();
        return rows.stream().map(MeetingRepository::participant).toList();
    }

    public long participantCount(UUID meetingId) {
        return ((Number) em.createNativeQuery("select count(*) from meeting_participant where meeting_id = :m")
                .setParameter("m", meetingId).getSingleResult()).longValue();
    }

    /** presentCount, guestCount, invitedCount, excusedCount, absentCount. */
    public long[] attendanceCounts(UUID meetingId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*) filter (where attendance = 'PRESENT'),
                       count(*) filter (where guest),
                       count(*) filter (where not guest),
                       count(*) filter (where attendance = 'EXCUSED'),
                       count(*) filter (where attendance = 'ABSENT')
                  from meeting_participant where meeting_id = :m""").setParameter("m", meetingId).getSingleResult();
        long[] counts = new long[5];
        for (int i = 0; i < 5; i++) {
            counts[i] = ((Number) r[i]).longValue();
        }
        return counts;
    }

    private static ParticipantView participant(Object[] r) {
        return new ParticipantView((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3], (String) r[4],
                r[5] == null ? null : Attendance.valueOf((String) r[5]), instant(r[6]), (Boolean) r[7],
                (String) r[8]);
    }

    // ---------------------------------------------------------------------------------------------- agenda

    public List<AgendaItem> agenda(UUID meetingId) {
        return em.createQuery("from AgendaItem a where a.meetingId = :m order by a.position, a.id", AgendaItem.class)
                .setParameter("m", meetingId).getResultList();
    }

    public Map<UUID, List<UUID>> links(Collection<UUID> agendaItemIds) {
        Map<UUID, List<UUID>> links = new HashMap<>();
        if (agendaItemIds.isEmpty()) {
            return links;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select l.agenda_item_id, l.roadmap_item_id"
                + " from meeting_agenda_item_link l join roadmap_item i on i.id = l.roadmap_item_id"
                + " where l.agenda_item_id in (:ids) order by i.number, i.id").setParameter("ids", agendaItemIds)
                .getResultList();
        for (Object[] r : rows) {
            links.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]);
        }
        return links;
    }

    public void setLinks(UUID agendaItemId, List<UUID> roadmapItemIds) {
        em.createNativeQuery("delete from meeting_agenda_item_link where agenda_item_id = :a")
                .setParameter("a", agendaItemId).executeUpdate();
        for (UUID item : roadmapItemIds) {
            em.createNativeQuery("insert into meeting_agenda_item_link (agenda_item_id, roadmap_item_id)"
                    + " values (:a, :i) on conflict do nothing").setParameter("a", agendaItemId)
                    .setParameter("i", item).executeUpdate();
        }
    }

    /** Roadmap items by id: their roadmap, number and activity. */
    public Map<UUID, LinkedItemView> roadmapItems(Collection<UUID> ids) {
        Map<UUID, LinkedItemView> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, roadmap_id, number, activity from roadmap_item"
                + " where id in (:ids)").setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            found.put((UUID) r[0], new LinkedItemView((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3]));
        }
        return found;
    }

    // ---------------------------------------------------------------------------------------------- people

    /** People by id with their organisation's name. */
    public Map<UUID, PersonRef> people(Collection<UUID> ids) {
        Map<UUID, PersonRef> found = new HashMap<>();
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, p.full_name, p.position_title, p.organisation_id,"
                + " coalesce(o.short_name, o.full_name) from person p left join organisation o"
                + " on o.id = p.organisation_id where p.id in (:ids)").setParameter("ids", wanted).getResultList();
        for (Object[] r : rows) {
            found.put((UUID) r[0], new PersonRef((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3],
                    (String) r[4]));
        }
        return found;
    }

    // ---------------------------------------------------------------------------------------------- decisions

    public List<Decision> decisions(UUID meetingId, Page page) {
        return em.createQuery("from Decision d where d.meetingId = :m order by d.position, d.id", Decision.class)
                .setParameter("m", meetingId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
    }

    /** All decisions of a meeting, in order (for its protocol). */
    public List<Decision> allDecisions(UUID meetingId) {
        return em.createQuery("from Decision d where d.meetingId = :m order by d.position, d.id", Decision.class)
                .setParameter("m", meetingId).getResultList();
    }

    public long decisionCount(UUID meetingId) {
        return em.createQuery("select count(d) from Decision d where d.meetingId = :m", Long.class)
                .setParameter("m", meetingId).getSingleResult();
    }

}
