package ru.karta.meeting;

import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** DRAFT → OPEN → IN_PROGRESS → CLOSED, or CANCELLED from any but CLOSED. CLOSED and CANCELLED are read-only. */
@Schema(name = "MeetingState", description = "DRAFT → OPEN (participants notified, check-in possible) → IN_PROGRESS (minutes and decisions) → CLOSED (read-only); CANCELLED from any state before CLOSED")
public enum MeetingState {
    DRAFT, OPEN, IN_PROGRESS, CLOSED, CANCELLED;

    public boolean finished() {
        return this == CLOSED || this == CANCELLED;
    }

    /** People check in (and are marked present) while the meeting is open or running. */
    public boolean checkIn() {
        return this == OPEN || this == IN_PROGRESS;
    }

    /** The states a transition to {@code target} may start from. */
    public static Set<MeetingState> from(MeetingState target) {
        return switch (target) {
            case OPEN -> Set.of(DRAFT);
            case IN_PROGRESS -> Set.of(OPEN);
            case CLOSED -> Set.of(IN_PROGRESS);
            case CANCELLED -> Set.of(DRAFT, OPEN, IN_PROGRESS);
            case DRAFT -> Set.of();
        };
    }
}
