package ru.karta.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a notification tells its organisation. DUE_SOON: the quarter's report is due within
 * {@code karta.reports.remind-before-days} days and not submitted; OVERDUE: its deadline has passed and it is still
 * not submitted.
 */
@Schema(name = "NotificationKind", description = "DUE_SOON: the quarter's report is due soon and not submitted; OVERDUE: its deadline has passed and it is still not submitted")
public enum NotificationKind {
    DUE_SOON, OVERDUE
}
