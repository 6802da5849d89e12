package ru.karta.report;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of quarterly reports ({@code karta.reports.*}). */
@ConfigMapping(prefix = "karta.reports")
public interface ReportConfig {

    /**
     * Days after a quarter's last day during which its reports are still entered; from the start of the next day
     * in the cluster's time zone the quarter is closed (locked) unless the association reopens it for an
     * organisation.
     */
    @WithDefault("30")
    int lockAfterDays();

    /**
     * Days after a quarter's last day by which its report is due: a report first submitted after the start of the
     * next day (cluster time zone) is late, and an organisation with no submission by then is missing. By default
     * the same day the quarter locks, so that lateness means the association had to reopen the quarter; a smaller
     * value than {@link #lockAfterDays()} leaves a grace window in which a late report is still entered without it.
     */
    @WithDefault("30")
    int dueAfterDays();

    /** Days before a quarter's report is due when a member enterprise that has not submitted it is reminded. */
    @WithDefault("7")
    int remindBeforeDays();
}
