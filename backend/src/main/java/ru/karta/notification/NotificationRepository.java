package ru.karta.notification;

import static ru.karta.common.SqlValues.instant;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import ru.karta.common.Page;
import ru.karta.notification.NotificationDtos.NotificationView;
import ru.karta.report.Quarter;

/** The notification table, in SQL: its once-only insert is what keeps two backends from reminding twice. */
@ApplicationScoped
public class NotificationRepository {

    /** A reminder just made: its organisation, to e-mail it. */
    public record Made(UUID id, UUID organisationId) {
    }

    private final EntityManager em;

    @Inject
    public NotificationRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * One notification of {@code kind} for {@code quarter} to every member enterprise that has not submitted its
     * report, unless it already has one: answers only those this call made (a concurrent call waits for the other's
     * commit, then makes none of the same).
     */
    @SuppressWarnings("unchecked")
    public List<Made> remindMissing(NotificationKind kind, Quarter quarter, Instant dueAt, String link, Instant now,
            String by) {
        List<Object[]> rows = em.createNativeQuery("""
                insert into notification (id, organisation_id, kind, period_year, period_quarter, due_at, link,
                                          created_at, created_by)
                select gen_random_uuid(), o.id, :kind, :year, :quarter, :dueAt, :link, :now, :by
                  from organisation o
                 where o.kind = 'MEMBER_ENTERPRISE'
                   and not exists (select 1 from quarterly_report r
                                    where r.organisation_id = o.id and r.period_year = :year
                                      and r.period_quarter = :quarter and r.first_submitted_at is not null)
                on conflict on constraint notification_once do nothing
                returning id, organisation_id""")
                .setParameter("kind", kind.name()).setParameter("year", quarter.year())
                .setParameter("quarter", quarter.quarter()).setParameter("dueAt", Timestamp.from(dueAt))
                .setParameter("link", link).setParameter("now", Timestamp.from(now)).setParameter("by", by)
                .getResultList();
        return rows.stream().map(r -> new Made((UUID) r[0], (UUID) r[1])).toList();
    }

    /** The e-mail addresses of an organisation: its contact address and those of its people. */
    @SuppressWarnings("unchecked")
    public List<String> emails(UUID organisationId) {
        return em.createNativeQuery("""
                select distinct lower(e) from (
                    select email as e from organisation where id = :id
                    union all
                    select email from person where organisation_id = :id) a
                 where e is not null and e <> '' order by 1""")
                .setParameter("id", organisationId).getResultList();
    }

    public Optional<String> organisationName(UUID organisationId) {
        return em.createNativeQuery("select coalesce(short_name, full_name) from organisation where id = :id",
                String.class).setParameter("id", organisationId).getResultStream().findFirst();
    }

    /**
     * What a reader sees: its organisation's notifications (report reminders) and those addressed to itself (meeting
     * reminders), not those addressed to its colleagues.
     */
    private static final String MINE = "n.organisation_id = :org and (n.person_id is null or n.person_id = :person)";

    public List<NotificationView> page(UUID organisationId, UUID personId, Page page) {
        return rows("where " + MINE, organisationId, personId, null, page);
    }

    @SuppressWarnings("unchecked")
    private List<NotificationView> rows(String where, UUID organisationId, UUID personId, UUID id, Page page) {
        var query = em.createNativeQuery("select n.id, n.kind, n.period_year, n.period_quarter, n.due_at, n.link,"
                + " n.created_at, n.read_at, n.meeting_id, m.title from notification n"
                + " left join meeting m on m.id = n.meeting_id " + where + " order by n.created_at desc, n.id desc");
        if (organisationId != null) {
            query.setParameter("org", organisationId).setParameter("person", personId(personId));
        }
        if (id != null) {
            query.setParameter("id", id);
        }
        List<Object[]> rows = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return rows.stream().map(r -> new NotificationView((UUID) r[0], NotificationKind.valueOf((String) r[1]),
                r[2] == null ? null : new Quarter(((Number) r[2]).intValue(), ((Number) r[3]).intValue()).toString(),
                instant(r[4]), (UUID) r[8], (String) r[9], (String) r[5], instant(r[6]), instant(r[7]))).toList();
    }

    /** A reader without a person (a script) matches no personal notification. */
    private static UUID personId(UUID personId) {
        return personId == null ? new UUID(0, 0) : personId;
    }

    public NotificationView one(UUID id) {
        return rows("where n.id = :id", null, null, id, Page.of(0, 1)).get(0);
    }

    public long count(UUID organisationId, UUID personId, boolean unreadOnly) {
        return ((Number) em.createNativeQuery("select count(*) from notification n where " + MINE
                + (unreadOnly ? " and n.read_at is null" : "")).setParameter("org", organisationId)
                .setParameter("person", personId(personId)).getSingleResult()).longValue();
    }

    /** Whether the notification exists and is the reader's to see. */
    public boolean belongs(UUID id, UUID organisationId, UUID personId) {
        return !em.createNativeQuery("select 1 from notification n where n.id = :id and " + MINE)
                .setParameter("id", id).setParameter("org", organisationId).setParameter("person", personId(personId))
                .getResultList().isEmpty();
    }

    /** Marks unread notifications the reader sees read (one, or all when {@code id} is null); how many. */
    public int markRead(UUID organisationId, UUID personId, UUID id, Instant now, String by) {
        var update = em.createNativeQuery("update notification n set read_at = :now, read_by = :by"
                + " where " + MINE + " and n.read_at is null" + (id == null ? "" : " and n.id = :id"))
                .setParameter("now", Timestamp.from(now)).setParameter("by", by).setParameter("org", organisationId)
                .setParameter("person", personId(personId));
        if (id != null) {
            update.setParameter("id", id);
        }
        return update.executeUpdate();
    }

}
