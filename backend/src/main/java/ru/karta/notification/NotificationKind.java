package ru.karta.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a notification tells its organisation. DUE_SOON: the quarter's report is due within
 * {@code karta.reports.remind-before-days} days and not submitted; OVERDUE: its deadline has passed and it is still
 * not submitted. MEETING_OPENED: the person is invited to a meeting that has opened; MEETING_TOMORROW: the meeting
 * starts within a day.
 */
@Schema(name = "NotificationKind", description = "DUE_SOON: the quarter's report is due soon and not submitted; OVERDUE: its deadline has passed and it is still not submitted; MEETING_OPENED: the reader is invited to a meeting that has opened; MEETING_TOMORROW: that meeting starts within a day")
public enum NotificationKind {
    DUE_SOON, OVERDUE, MEETING_OPENED, MEETING_TOMORROW
}
