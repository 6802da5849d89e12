package ru.karta.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import ru.karta.common.ClusterClock;
import ru.karta.notification.NotificationRepository.Made;
import ru.karta.report.Quarter;
import ru.karta.report.ReportConfig;
import ru.karta.report.ReportLocks;
import ru.karta.security.Actor;

/**
 * The report reminders: every {@code karta.reminders.every} (default 1h; off in tests, which call {@link #run()}) it
 * looks at the quarters whose reports are due soon or were due lately, and notifies each member enterprise that has
 * not submitted its report: DUE_SOON from {@code karta.reports.remind-before-days} (default 7) days before the
 * deadline, OVERDUE from the deadline for {@code karta.reminders.overdue-for-days} (default 60) days. Once per
 * quarter, organisation and kind: the unique row decides, so two backends on one database remind once, and only the
 * backend that made the row sends its e-mail.
 */
@ApplicationScoped
public class ReminderJob {

    static final Actor ACTOR = Actor.system("reminders");
    static final String LINK = "/reports";

    /** What one run made. */
    public record Run(int dueSoon, int overdue, int mailed) {
    }

    private final NotificationRepository notifications;
    private final ReminderMail mail;
    private final ReportLocks locks;
    private final ReportConfig reports;
    private final ReminderConfig config;
    private final ClusterClock clock;

    @Inject
    public ReminderJob(NotificationRepository notifications, ReminderMail mail, ReportLocks locks,
            ReportConfig reports, ReminderConfig config, ClusterClock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.locks = locks;
        this.reports = reports;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "report-reminders", every = "${karta.reminders.every:1h}", delayed = "1m",
            concurrentExecution = ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            Run run = run();
            if (run.dueSoon() + run.overdue() > 0) {
                Log.infof("Report reminders: %d due soon, %d overdue, %d e-mailed", run.dueSoon(), run.overdue(),
                        run.mailed());
            }
        } catch (RuntimeException e) {
            Log.error("Report reminders failed; the next run tries again", e);
        }
    }

    /** One run, now by the cluster clock: makes the reminders due, then e-mails those it made. */
    public Run run() {
        List<Made> dueSoon = new ArrayList<>();
        List<Made> overdue = new ArrayList<>();
        Instant now = clock.now();
        Quarter quarter = Quarter.of(clock.today());
        // The current quarter and the two before cover any deadline up to a year after a quarter's end.
        for (int i = 0; i < 3; i++, quarter = quarter.previous()) {
            Instant due = locks.dueAt(quarter);
            if (!now.isBefore(due.minus(Duration.ofDays(reports.remindBeforeDays()))) && now.isBefore(due)) {
                dueSoon.addAll(remind(NotificationKind.DUE_SOON, quarter, due, now));
            } else if (!now.isBefore(due) && now.isBefore(due.plus(Duration.ofDays(config.overdueForDays())))) {
                overdue.addAll(remind(NotificationKind.OVERDUE, quarter, due, now));
            }
        }
        int mailed = 0;
        if (config.smtpHost().isPresent()) {
            for (Made made : dueSoon) {
                mailed += mail.send(made, NotificationKind.DUE_SOON) ? 1 : 0;
            }
            for (Made made : overdue) {
                mailed += mail.send(made, NotificationKind.OVERDUE) ? 1 : 0;
            }
        }
        return new Run(dueSoon.size(), overdue.size(), mailed);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Made> remind(NotificationKind kind, Quarter quarter, Instant due, Instant now) {
        return notifications.remindMissing(kind, quarter, due, LINK, now, ACTOR.subject());
    }
}
