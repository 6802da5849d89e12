package ru.karta.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A decision (РЕШИЛИ) of a meeting; it may have become a roadmap item or a progress update of one. */
@Entity
@Table(name = "meeting_decision")
public class Decision {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "agenda_item_id")
    public UUID agendaItemId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String text;

    @Column(name = "responsible_organisation_id")
    public UUID responsibleOrganisationId;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "roadmap_item_id")
    public UUID roadmapItemId;

    @Column(name = "progress_update_id")
    public UUID progressUpdateId;

    @Column(name = "created_roadmap_item", nullable = false)
    public boolean createdRoadmapItem;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
