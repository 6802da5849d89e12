package ru.karta.notification;

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

    public List<NotificationView> page(UUID organisationId, Page page) {
        return rows("where organisation_id = :p", organisationId, page);
    }

    @SuppressWarnings("unchecked")
    private List<NotificationView> rows(String where, UUID parameter, Page page) {
        List<Object[]> rows = em.createNativeQuery("select id, kind, period_year, period_quarter, due_at, link,"
                + " created_at, read_at from notification " + where + " order by created_at desc, id desc")
                .setParameter("p", parameter).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return rows.stream().map(r -> new NotificationView((UUID) r[0], NotificationKind.valueOf((String) r[1]),
                new Quarter(((Number) r[2]).intValue(), ((Number) r[3]).intValue()).toString(), instant(r[4]),
                (String) r[5], instant(r[6]), instant(r[7]))).toList();
    }

    public NotificationView one(UUID id) {
        return rows("where id = :p", id, Page.of(0, 1)).get(0);
    }

    public long count(UUID organisationId, boolean unreadOnly) {
        return ((Number) em.createNativeQuery("select count(*) from notification where organisation_id = :org"
                + (unreadOnly ? " and read_at is null" : "")).setParameter("org", organisationId).getSingleResult())
                .longValue();
    }

    /** Whether the notification exists and is the organisation's. */
    public boolean belongs(UUID id, UUID organisationId) {
        return !em.createNativeQuery("select 1 from notification where id = :id and organisation_id = :org")
                .setParameter("id", id).setParameter("org", organisationId).getResultList().isEmpty();
    }

    /** Marks unread notifications of the organisation read (one, or all when {@code id} is null); how many. */
    public int markRead(UUID organisationId, UUID id, Instant now, String by) {
        var update = em.createNativeQuery("update notification set read_at = :now, read_by = :by"
                + " where organisation_id = :org and read_at is null" + (id == null ? "" : " and id = :id"))
                .setParameter("now", Timestamp.from(now)).setParameter("by", by).setParameter("org", organisationId);
        if (id != null) {
            update.setParameter("id", id);
        }
        return update.executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
