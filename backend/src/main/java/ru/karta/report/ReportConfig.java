package ru.karta.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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
    @Min(0)
    @Max(366)
    int lockAfterDays();
}
