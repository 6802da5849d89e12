package ru.karta.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AuditDtos {

    private AuditDtos() {
    }

    @Schema(name = "Change", description = "One changed field, its old and new value as text (null: empty)")
    public record Change(@Schema(example = "status") String field,
            @Schema(example = "NOT_STARTED", nullable = true) String from,
            @Schema(example = "IN_PROGRESS", nullable = true) String to) {
    }

    @Schema(name = "Actor")
    public record Actor(
            @Schema(description = "PERSON, SERVICE (a script's service account) or SYSTEM (jobs, imports)", example = "PERSON") String kind,
            String subject, @Schema(example = "Ирина Морозова") String name) {
    }

    @Schema(name = "HistoryEntry")
    public record HistoryEntry(long id, Instant occurredAt, Actor actor,
            @Schema(description = "CREATED, UPDATED, DELETED, APPROVED, COPIED, PROGRESS_ADDED", example = "UPDATED") String action,
            @Schema(description = "What the change was about when not the resource itself, e.g. PROGRESS_UPDATE", nullable = true) String subjectType,
            @Schema(description = "Its id, when not the resource itself (a progress update, an item of a roadmap)", nullable = true) UUID subjectId,
            List<Change> changes) {
    }

    @Schema(name = "HistoryList")
    public record HistoryList(List<HistoryEntry> items, int page, int size, long totalItems) {
    }

    @Schema(name = "AuditEvent", description = "One change: who, when, to what, what changed")
    public record AuditEventView(long id, Instant occurredAt, Actor actor,
            @Schema(description = "The kind of object changed", example = "ROADMAP_ITEM") String objectType,
            UUID objectId,
            @Schema(description = "What the object belongs to (an item's roadmap, a person's organisation)", nullable = true) UUID parentId,
            @Schema(example = "UPDATED") String action, List<Change> changes,
            @Schema(description = "The request that made the change (X-Request-Id)", nullable = true) String requestId) {
    }

    @Schema(name = "AuditEventList")
    public record AuditEventList(List<AuditEventView> items, int page, int size, long totalItems) {
    }
}
