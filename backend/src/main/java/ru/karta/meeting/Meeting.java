package ru.karta.meeting;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingKind kind;

    @Column(name = "body_id")
    public UUID bodyId;

    @Column(nullable = false)
    public String title;

    /** The protocol's number, as the secretary writes it ("3", "СТС-2/2017"). */
    public String number;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public String place;

    @Column(name = "video_url")
    public String videoUrl;

    @Column(name = "chair_person_id")
    public UUID chairPersonId;

    @Column(name = "secretary_person_id")
    public UUID secretaryPersonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingState state;

    @Column(name = "check_in_secret", nullable = false)
    public byte[] checkInSecret;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
