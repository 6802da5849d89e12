package ru.karta.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the notification API answers. */
public final class NotificationDtos {

    private NotificationDtos() {
    }

    @Schema(name = "Notification", description = "A notification of the caller's organisation (reports) or of the caller (meetings); the client words it from kind, period or meeting in its language")
    public record NotificationView(UUID id, NotificationKind kind,
            @Schema(description = "The quarter a report reminder is about; null for a meeting", example = "2028-Q1", nullable = true) String period,
            @Schema(description = "When the quarter's report is due, or when the meeting starts") Instant dueAt,
            @Schema(description = "The meeting a meeting reminder is about", nullable = true) UUID meetingId,
            @Schema(description = "Its title", nullable = true) String meetingTitle,
            @Schema(description = "Where to act on it in the SPA", example = "/reports") String link,
            Instant createdAt,
            @Schema(description = "When someone of the organisation marked it read; null while unread", nullable = true) Instant readAt) {
    }

    @Schema(name = "NotificationList", description = "A page of the caller's organisation's notifications, newest first, and how many of all of them are unread")
    public record NotificationList(List<NotificationView> items, int page, int size, long totalItems,
            @Schema(description = "Unread notifications of the caller's organisation", example = "2") long unread) {
    }
}
