package ru.karta.meeting;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A participant as the meeting list's filter sees it. Participants are written in SQL only ({@link MeetingRepository}),
 * where their primary key makes invitations and check-ins idempotent.
 */
@Entity
@Immutable
@Table(name = "meeting_participant")
@IdClass(MeetingParticipantRow.Key.class)
public class MeetingParticipantRow {

    public static class Key implements Serializable {
        public UUID meetingId;
        public UUID personId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(meetingId, key.meetingId)
                    && java.util.Objects.equals(personId, key.personId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(meetingId, personId);
        }
    }

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Id
    @Column(name = "person_id")
    public UUID personId;
}
