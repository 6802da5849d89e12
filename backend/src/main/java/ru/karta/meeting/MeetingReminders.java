package ru.karta.meeting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import ru.karta.common.SqlValues;
import ru.karta.common.ClusterClock;
import ru.karta.identity.IdentityConfig;
import ru.karta.notification.ReminderConfig;
import ru.karta.security.Actor;

/**
 * Meeting reminders to invited participants, in the app and by e-mail when SMTP is configured: MEETING_OPENED when a
 * meeting opens (or when someone is invited to an open one), MEETING_TOMORROW within the 24 hours before it starts
 * (unless it opened only then: the opening notice is the reminder). Once each per meeting and person: the unique row
 * decides, so two backends remind once and only the one that made the row sends the mail. Every
 * {@code karta.meetings.reminders-every} (default 5m; off in tests, which call {@link #run()}), and right after a
 * meeting opens or gets new participants.
 */
@ApplicationScoped
public class MeetingReminders {

    static final Actor ACTOR = Actor.system("meeting-reminders");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'в' HH:mm",
            Locale.forLanguageTag("ru"));
    private static final DateTimeFormatter WHEN_EN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm",
            Locale.ENGLISH);

    /** A reminder just made. */
    public record Made(UUID notificationId, UUID meetingId, UUID personId, String kind) {
    }

    private final EntityManager em;
    private final Mailer mailer;
    private final ReminderConfig config;
    private final ClusterClock clock;
    private final IdentityConfig identity;

    @Inject
    public MeetingReminders(EntityManager em, Mailer mailer, ReminderConfig config, ClusterClock clock,
            IdentityConfig identity) {
        this.em = em;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
        this.identity = identity;
    }

    @Scheduled(identity = "meeting-reminders", every = "${karta.meetings.reminders-every:5m}", delayed = "30s",
            concurrentExecution = ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            List<Made> made = run();
            if (!made.isEmpty()) {
                Log.infof("Meeting reminders: %d made", made.size());
            }
        } catch (RuntimeException e) {
            Log.error("Meeting reminders failed; the next run tries again", e);
        }
    }

    /** One run over every meeting, now by the cluster clock: makes the reminders due and mails them. */
    public List<Made> run() {
        return remind(null);
    }

    /** The reminders of one meeting now; a failure is logged, and the next run catches up. */
    public void remindQuietly(UUID meetingId) {
        try {
            remind(meetingId);
        } catch (RuntimeException e) {
            Log.warnf("Meeting reminders for %s not made now (the job tries again): %s", meetingId, e.getMessage());
        }
    }

    List<Made> remind(UUID meetingId) {
        Instant now = clock.now();
        List<Made> made = new ArrayList<>(insert("MEETING_OPENED", """
                m.state in ('OPEN', 'IN_PROGRESS') and m.starts_at > :recent""", meetingId, now));
        made.addAll(insert("MEETING_TOMORROW", """
                m.state = 'OPEN' and m.starts_at > :now and m.starts_at <= :dayAhead
                and m.opened_at < m.starts_at - interval '1 day'""", meetingId, now));
        if (config.smtpHost().isPresent()) {
            for (Made one : made) {
                mail(one);
            }
        }
        return made;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    List<Made> insert(String kind, String condition, UUID meetingId, Instant now) {
        var query = em.createNativeQuery("""
                insert into notification (id, organisation_id, kind, due_at, link, created_at, created_by, person_id,
                                          meeting_id)
                select gen_random_uuid(), p.organisation_id, :kind, m.starts_at, '/meetings/' || m.id, :now, :by,
                       p.id, m.id
                  from meeting m
                  join meeting_participant mp on mp.meeting_id = m.id and not mp.guest
                  join person p on p.id = mp.person_id and p.organisation_id is not null
                 where\s""" + condition + (meetingId == null ? "" : " and m.id = :meeting") + """

                on conflict (meeting_id, person_id, kind) where meeting_id is not null do nothing
                returning id, meeting_id, person_id""")
                .setParameter("kind", kind).setParameter("now", Timestamp.from(now))
                .setParameter("by", ACTOR.subject());
        if (condition.contains(":recent")) {
            query.setParameter("recent", Timestamp.from(now.minus(Duration.ofDays(1))));
        }
        if (condition.contains(":dayAhead")) {
            query.setParameter("dayAhead", Timestamp.from(now.plus(Duration.ofDays(1))));
        }
        if (meetingId != null) {
            query.setParameter("meeting", meetingId);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new Made((UUID) r[0], (UUID) r[1], (UUID) r[2], kind)).toList();
    }

    record Letter(String to, String title, Instant startsAt, String place) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Letter letter(Made made) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.email, m.title, m.starts_at, coalesce(m.place, m.video_url)"
                + " from person p, meeting m where p.id = :p and m.id = :m and p.email is not null and p.email <> ''")
                .setParameter("p", made.personId()).setParameter("m", made.meetingId()).getResultList();
        return rows.stream().findFirst().map(r -> new Letter((String) r[0], (String) r[1],
                SqlValues.instant(r[2]), (String) r[3])).orElse(null);
    }

    private void mail(Made made) {
        Letter letter = letter(made);
        if (letter == null) {
            return;
        }
        ZonedDateTime when = letter.startsAt().atZone(clock.zone());
        String link = identity.appLink("meetings/" + made.meetingId());
        boolean tomorrow = made.kind().equals("MEETING_TOMORROW");
        String subject = (tomorrow ? "Карта: напоминание — завтра совещание «" : "Карта: приглашение на совещание «")
                + letter.title() + "»";
        String text = "Здравствуйте!\n\n" + (tomorrow ? "Напоминаем: " : "Вы приглашены на совещание. ")
                + "«" + letter.title() + "» — " + WHEN.format(when) + (letter.place() == null ? "" : ", "
                        + letter.place()) + ".\n\nНа месте отметьтесь телефоном по QR-коду на экране.\n"
                + "Совещание в Карте: " + link + "\n\n---\nKarta: " + (tomorrow ? "reminder, tomorrow: " : "you are invited: ")
                + letter.title() + ", " + WHEN_EN.format(when) + ". " + link + "\n";
        try {
            mailer.send(Mail.withText(letter.to(), subject, text));
        } catch (RuntimeException e) {
            Log.warnf("Meeting reminder %s not e-mailed: %s", made.notificationId(), e.getMessage());
        }
    }
}
