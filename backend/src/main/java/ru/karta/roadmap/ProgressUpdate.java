package ru.karta.roadmap;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A report on an item's progress: never edited, so the timeline stays what people said at the time. */
@Entity
@Table(name = "progress_update")
public class ProgressUpdate {

    @Id
    public UUID id;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status")
    public ItemStatus previousStatus;

    @Enumerated(EnumType.STRING)
    public ItemStatus status;

    @Column(name = "evidence_url")
    public String evidenceUrl;

    @Column(name = "author_subject", nullable = false)
    public String authorSubject;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "author_organisation_id")
    public UUID authorOrganisationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
