package ru.karta.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.test.Mock;
import ru.karta.common.ClusterClock;

/**
 * The clock of every test: it ticks like a real one, but from {@link #START} (a Monday in 2028, 12:00 in Moscow)
 * whatever day the tests run on, so "today", overdue and periods never depend on the calendar. A test that needs
 * another moment sets it and resets it after.
 */
@Mock
@ApplicationScoped
public class TestClock extends ClusterClock {

    public static final Instant START = Instant.parse("2028-03-06T09:00:00Z");

    private volatile Clock clock = started(START);

    public TestClock() {
        super("Europe/Moscow");
    }

    @Override
    protected Clock clock() {
        return clock;
    }

    /** From now on the clock reads {@code instant}, and ticks on from there. */
    public void set(Instant instant) {
        clock = started(instant);
    }

    public void reset() {
        set(START);
    }

    private static Clock started(Instant at) {
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), at));
    }
}
