package ru.karta.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.karta.audit.AuditDtos.Change;
import ru.karta.audit.AuditLog;
import ru.karta.common.ApiException;
import ru.karta.common.Bodies;
import ru.karta.common.ClusterClock;
import ru.karta.identity.IdentityConfig;
import ru.karta.meeting.MeetingDtos.AttendanceView;
import ru.karta.meeting.MeetingDtos.CheckInCode;
import ru.karta.meeting.MeetingDtos.CheckInInput;
import ru.karta.meeting.MeetingDtos.CheckInView;
import ru.karta.meeting.MeetingRepository.Participation;
import ru.karta.security.Actor;

/**
 * Check-in from a phone: the organisers' screen shows the current code as a QR code of the SPA's check-in URL; the
 * participant's phone posts it. One row per meeting and person keeps the first check-in however many repeats arrive
 * and on however many backends; someone not invited comes in as a guest.
 */
@ApplicationScoped
public class CheckInService {

    private final MeetingRepository meetings;
    private final MeetingService service;
    private final MeetingPolicy policy;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final ClusterClock clock;
    private final IdentityConfig identity;
    private final int seconds;

    @Inject
    public CheckInService(MeetingRepository meetings, MeetingService service, MeetingPolicy policy, AuditLog audit,
            ObjectMapper json, Validator validator, ClusterClock clock, IdentityConfig identity,
            @ConfigProperty(name = "karta.meetings.check-in-rotation-seconds", defaultValue = "60") int seconds) {
        this.meetings = meetings;
        this.service = service;
        this.policy = policy;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
        this.identity = identity;
        this.seconds = seconds;
    }

    @Transactional
    public CheckInCode code(Actor actor, UUID meetingId) {
        policy.requireOrganise(actor);
        Meeting meeting = service.find(meetingId);
        policy.requireState(meeting, "check-in", MeetingState.OPEN, MeetingState.IN_PROGRESS);
        long window = CheckInCodes.window(clock.now(), seconds);
        String token = CheckInCodes.token(meeting.checkInSecret, meetingId, window);
        return new CheckInCode(token, identity.appLink("check-in/" + meetingId + "?code=" + token),
                CheckInCodes.expiresAt(window, seconds), seconds);
    }

    /** Answers the check-in and whether it was the first (201) or a repeat (200). */
    @Transactional
    public CheckInView checkIn(Actor actor, UUID meetingId, JsonNode body) {
        CheckInInput input = Bodies.convert(json, validator, body, CheckInInput.class);
        Meeting meeting = service.find(meetingId);
        UUID personId = actor.personId();
        if (personId == null) {
            throw ApiException.forbidden("problem.forbidden.check-in");
        }
        Instant now = clock.now();
        switch (CheckInCodes.verify(meeting.checkInSecret, meetingId, input.token().strip(), now, seconds)) {
            case FORGED -> throw codeRefused("check-in-code-invalid", "problem.check-in.forged");
            case EXPIRED -> throw codeRefused("check-in-code-expired", "problem.check-in.expired");
            default -> {
            }
        }
        if (!meeting.state.checkIn()) {
            throw ApiException.conflict("meeting-state", "problem.meeting.state-check-in");
        }
        Optional<Instant> first = meetings.checkIn(meetingId, personId, now, actor.subject());
        Participation participation = meetings.participation(meetingId, personId).orElseThrow();
        if (first.isPresent()) {
            audit.record(actor, MeetingService.PARTICIPANT_TYPE, personId, meetingId, "CHECKED_IN",
                    List.of(new Change("attendance", null, Attendance.PRESENT.name()),
                            new Change("guest", null, String.valueOf(participation.guest()))));
        }
        return new CheckInView(meetingId, personId, participation.checkedInAt(), participation.guest(),
                first.isEmpty(), meeting.title);
    }

    /** A 400 whose detail says what to do (scan again), naming the token. */
    private static ApiException codeRefused(String code, String key) {
        return new ApiException(400, code, key, null, List.of(new ApiException.FieldProblem("token", key)), null);
    }

    @Transactional
    public AttendanceView attendance(Actor actor, UUID meetingId) {
        Meeting meeting = service.find(meetingId);
        long[] c = meetings.attendanceCounts(meetingId);
        boolean details = policy.readsDetails(actor, service.participation(actor, meeting) != null);
        return new AttendanceView(c[0], c[1], c[2], c[3], c[4],
                details ? meetings.allParticipants(meetingId) : List.of());
    }
}
