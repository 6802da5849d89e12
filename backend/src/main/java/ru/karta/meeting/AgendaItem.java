package ru.karta.meeting;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A question of the agenda, with its minutes: СЛУШАЛИ ({@code heard}) and ВЫСТУПИЛИ ({@code spoke}). */
@Entity
@Table(name = "meeting_agenda_item")
public class AgendaItem {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(name = "presenter_person_id")
    public UUID presenterPersonId;

    @Column(name = "planned_minutes")
    public Integer plannedMinutes;

    public String heard;
    public String spoke;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
