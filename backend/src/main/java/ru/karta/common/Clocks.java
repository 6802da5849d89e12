package ru.karta.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The clock and the cluster's time zone, which decides what "today" is for deadlines. */
@ApplicationScoped
public class Clocks {

    private final ZoneId zone;

    public Clocks(@ConfigProperty(name = "karta.time-zone", defaultValue = "Europe/Moscow") String zone) {
        this.zone = ZoneId.of(zone);
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }
}
