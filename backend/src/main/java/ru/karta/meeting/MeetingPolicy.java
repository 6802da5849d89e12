package ru.karta.meeting;

import jakarta.enterprise.context.ApplicationScoped;

import ru.karta.common.ApiException;
import ru.karta.meeting.MeetingDtos.MeetingPermissions;
import ru.karta.security.Actor;
import ru.karta.security.Role;

/**
 * Who may do what with meetings and bodies (DESIGN.md's access table). The association and ЦКР plan and run meetings
 * and keep the bodies. Everyone reads bodies and meetings' dates, states and attendance counts, scripts included.
 * The agenda is read by every person; the participants, attendance list, minutes, decisions and protocol by the
 * organisers and the meeting's participants. A person checks in while the meeting is open or in progress: invited,
 * or as a guest. A closed or cancelled meeting is read-only (409).
 */
@ApplicationScoped
public class MeetingPolicy {

    public boolean organises(Actor actor) {
        return actor.runsCluster();
    }

    public void requireOrganise(Actor actor) {
        if (!organises(actor)) {
            throw ApiException.forbidden("problem.forbidden.meetings");
        }
    }

    public void requireKeepBodies(Actor actor) {
        if (!actor.runsCluster()) {
            throw ApiException.forbidden("problem.forbidden.bodies");
        }
    }

    /** Every person reads the agenda; scripts read dates, states and counts only. */
    public void requireReadAgenda(Actor actor) {
        if (!actor.runsCluster() && !actor.hasAny(Role.DEPARTMENT, Role.MEMBER)) {
            throw ApiException.forbidden("problem.forbidden.meeting-agenda");
        }
    }

    public boolean readsDetails(Actor actor, boolean participant) {
        return organises(actor) || participant;
    }

    public void requireDetails(Actor actor, boolean participant) {
        if (!readsDetails(actor, participant)) {
            throw ApiException.forbidden("problem.forbidden.meeting-details");
        }
    }

    /** A change of a meeting that is not finished. */
    public void requireChangeable(Meeting meeting) {
        if (meeting.state.finished()) {
            throw ApiException.conflict("meeting-finished", meeting.state == MeetingState.CLOSED
                    ? "problem.meeting.closed" : "problem.meeting.cancelled");
        }
    }

    public void requireState(Meeting meeting, String what, MeetingState... allowed) {
        for (MeetingState state : allowed) {
            if (meeting.state == state) {
                return;
            }
        }
        throw ApiException.conflict("meeting-state", "problem.meeting.state-" + what);
    }

    public void requireTransition(Meeting meeting, MeetingState target) {
        if (!MeetingState.from(target).contains(meeting.state)) {
            throw ApiException.conflict("meeting-transition", "problem.meeting.transition", meeting.state.name(),
                    target.name());
        }
    }

    public MeetingPermissions permissions(Actor actor, Meeting meeting, boolean participant) {
        boolean organise = organises(actor);
        MeetingState state = meeting.state;
        boolean person = actor.personId() != null;
        return new MeetingPermissions(
                organise && !state.finished(),
                organise && MeetingState.from(MeetingState.OPEN).contains(state),
                organise && MeetingState.from(MeetingState.IN_PROGRESS).contains(state),
                organise && MeetingState.from(MeetingState.CLOSED).contains(state),
                organise && MeetingState.from(MeetingState.CANCELLED).contains(state),
                organise && !state.finished(),
                organise && !state.finished(),
                organise && !state.finished(),
                organise && state.checkIn(),
                person && state.checkIn(),
                organise && state == MeetingState.IN_PROGRESS,
                organise && state == MeetingState.IN_PROGRESS,
                readsDetails(actor, participant));
    }
}
