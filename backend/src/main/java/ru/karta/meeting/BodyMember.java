package ru.karta.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A membership of a body from a day, until a day (open while {@code to} is null); ended ones are the history. */
@Entity
@Table(name = "body_member")
public class BodyMember {

    @Id
    public UUID id;

    @Column(name = "body_id", nullable = false)
    public UUID bodyId;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    /** The organisation the person represents in the body, as it was when the membership began. */
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BodyRole role;

    public String note;

    @Column(name = "member_from", nullable = false)
    public LocalDate from;

    @Column(name = "member_to")
    public LocalDate to;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public boolean currentOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
