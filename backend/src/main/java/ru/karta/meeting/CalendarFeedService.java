package ru.karta.meeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.karta.audit.AuditDtos.Change;
import ru.karta.audit.AuditLog;
import ru.karta.common.SqlValues;
import ru.karta.common.ApiException;
import ru.karta.common.ClusterClock;
import ru.karta.identity.IdentityConfig;
import ru.karta.meeting.MeetingDtos.CalendarFeedView;
import ru.karta.security.Actor;

/**
 * A person's calendar feed: a URL with a secret token that a phone's calendar subscribes to (calendars cannot send a
 * bearer token, so the token in the URL is the credential). Karta keeps only the token's SHA-256; a new token replaces
 * the old one, and revoking deletes it. The feed holds the person's meetings from 90 days back.
 */
@ApplicationScoped
public class CalendarFeedService {

    static final String AUDIT_TYPE = "CALENDAR_FEED";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MeetingRepository meetings;
    private final MeetingExports exports;
    private final AuditLog audit;
    private final ClusterClock clock;
    private final IdentityConfig identity;

    @Inject
    public CalendarFeedService(MeetingRepository meetings, MeetingExports exports, AuditLog audit, ClusterClock clock,
            IdentityConfig identity) {
        this.meetings = meetings;
        this.exports = exports;
        this.audit = audit;
        this.clock = clock;
        this.identity = identity;
    }

    @Transactional
    public CalendarFeedView get(Actor actor) {
        UUID person = person(actor);
        @SuppressWarnings("unchecked")
        List<Object> created = meetings.em().createNativeQuery("select created_at from calendar_feed where person_id = :p")
                .setParameter("p", person).getResultList();
        return created.isEmpty() ? new CalendarFeedView(false, null, null)
                : new CalendarFeedView(true, null, SqlValues.instant(created.get(0)));
    }

    /** A new feed URL; the previous one, if any, stops working. */
    @Transactional
    public CalendarFeedView create(Actor actor) {
        UUID person = person(actor);
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var now = clock.now();
        int replaced = meetings.em().createNativeQuery("delete from calendar_feed where person_id = :p")
                .setParameter("p", person).executeUpdate();
        meetings.em().createNativeQuery("insert into calendar_feed (person_id, token_hash, created_at)"
                + " values (:p, :h, :now)").setParameter("p", person).setParameter("h", hash(token))
                .setParameter("now", Timestamp.from(now)).executeUpdate();
        audit.record(actor, AUDIT_TYPE, person, person, replaced > 0 ? "ROTATED" : "CREATED",
                List.of(new Change("active", replaced > 0 ? "true" : null, "true")));
        return new CalendarFeedView(true, identity.appLink("api/v1/calendar-feeds/" + token + ".ics"), now);
    }

    @Transactional
    public void revoke(Actor actor) {
        UUID person = person(actor);
        int deleted = meetings.em().createNativeQuery("delete from calendar_feed where person_id = :p")
                .setParameter("p", person).executeUpdate();
        if (deleted > 0) {
            audit.record(actor, AUDIT_TYPE, person, person, "REVOKED", List.of(new Change("active", "true", null)));
        }
    }

    /** The feed of the token's person; 404 for a token that is not (or no longer) one. */
    @Transactional
    public String feed(String token) {
        if (token == null || token.length() > 100) {
            throw ApiException.notFound("calendar-feed");
        }
        @SuppressWarnings("unchecked")
        List<UUID> person = meetings.em().createNativeQuery("select person_id from calendar_feed where token_hash = :h")
                .setParameter("h", hash(token)).getResultList();
        if (person.isEmpty()) {
            throw ApiException.notFound("calendar-feed");
        }
        List<Meeting> list = meetings.em().createQuery("from Meeting m where m.startsAt >= :since and exists"
                + " (select 1 from MeetingParticipantRow p where p.meetingId = m.id and p.personId = :person)"
                + " order by m.startsAt, m.id", Meeting.class)
                .setParameter("since", clock.now().minus(Duration.ofDays(90))).setParameter("person", person.get(0))
                .setMaxResults(1000).getResultList();
        return exports.calendar(list, null).toString();
    }

    private static UUID person(Actor actor) {
        UUID person = actor.personId();
        if (person == null) {
            throw ApiException.forbidden("problem.forbidden.calendar-feed");
        }
        return person;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
