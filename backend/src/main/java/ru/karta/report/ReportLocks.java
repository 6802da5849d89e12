package ru.karta.report;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.karta.common.ClusterClock;

/**
 * Locking and deadlines by the clock. A quarter closes for entry {@code karta.reports.lock-after-days} (default 30) days after its
 * last day, at midnight in the cluster's time zone: with 30 days, 2017-Q2 (ending 30 June) is entered until 30 July
 * 23:59:59 Moscow time and closes at 31 July 00:00.
 * <p>
 * A report is <em>locked</em> when its quarter has closed and it carries no reopen marker. The association sets the
 * marker for one organisation and quarter (reopen, a return, or creating the report after the quarter closed); the
 * organisation's next submit clears it, and the lock applies again.
 */
@ApplicationScoped
public class ReportLocks {

    private final ClusterClock clock;
    private final ReportConfig config;

    @Inject
    public ReportLocks(ClusterClock clock, ReportConfig config) {
        this.clock = clock;
        this.config = config;
    }

    /** When entry for the quarter closes. */
    public Instant closesAt(Quarter quarter) {
        return quarter.lastDay().plusDays(1L + config.lockAfterDays()).atStartOfDay(clock.zone()).toInstant();
    }

    /**
     * When the quarter's report is due: {@code karta.reports.due-after-days} (default 30, the same day it locks) after
     * its last day, at midnight in the cluster's time zone. A first submission at or after this instant is late.
     */
    public Instant dueAt(Quarter quarter) {
        return quarter.lastDay().plusDays(1L + config.dueAfterDays()).atStartOfDay(clock.zone()).toInstant();
    }

    /** When the quarter ends: the start of the day after its last day in the cluster's time zone. */
    public Instant endsAt(Quarter quarter) {
        return quarter.lastDay().plusDays(1).atStartOfDay(clock.zone()).toInstant();
    }

    public boolean closed(Quarter quarter) {
        return !clock.now().isBefore(closesAt(quarter));
    }

    public boolean locked(QuarterlyReport report) {
        return report.reopenedAt == null && closed(report.period());
    }

    /**
     * The quarters a report may be started for now, newest first: the current quarter and the eight before it, of which
     * only those still open for entry unless {@code evenClosed} (the association opens a quarter by starting a report).
     */
    public java.util.List<Quarter> startable(boolean evenClosed) {
        java.util.List<Quarter> quarters = new java.util.ArrayList<>();
        Quarter quarter = Quarter.of(clock.today());
        for (int i = 0; i <= 8; i++, quarter = quarter.previous()) {
            if (evenClosed || !closed(quarter)) {
                quarters.add(quarter);
            }
        }
        return quarters;
    }
}
