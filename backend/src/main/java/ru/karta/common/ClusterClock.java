package ru.karta.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of Karta: what time it is, and what day it is in the cluster's time zone (karta.time-zone, default
 * Europe/Moscow). Deadlines, overdue, locks and reminders all ask it; tests replace it (see TestClock) so that no test
 * depends on the date it runs on.
 */
@ApplicationScoped
public class ClusterClock {

    private final ZoneId zone;

    public ClusterClock(@ConfigProperty(name = "karta.time-zone", defaultValue = "Europe/Moscow") String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** The time source; a test clock overrides this one method. */
    protected Clock clock() {
        return Clock.systemUTC();
    }

    public Instant now() {
        return clock().instant();
    }

    /** Today in the cluster's time zone: the day that decides what is overdue. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
