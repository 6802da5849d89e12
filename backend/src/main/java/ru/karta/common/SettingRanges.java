package ru.karta.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.StartupEvent;
import ru.karta.notification.ReminderConfig;
import ru.karta.report.ReportConfig;

/**
 * Refuses to start with a day count out of its range ({@code karta.reports.*}, {@code karta.reminders.*}), naming
 * the setting. Checked here rather than by constraint annotations on the config mappings: those make Quarkus build a
 * second Hibernate Validator factory in the static start-up, which cost about a fifth of the backend's start (issue 12).
 * The values are read from the mappings themselves (defaults included), so a renamed property is still checked; the
 * test sets each named property out of range to prove the names match.
 */
@ApplicationScoped
public class SettingRanges {

    /** A whole-number setting, how to read it from the two mappings, and the values it may take (both ends included). */
    public record Range(String property, ToIntFunction<Settings> value, int min, int max) {
    }

    /** The mappings the ranged settings live in. */
    public record Settings(ReportConfig reports, ReminderConfig reminders) {
    }

    public static final List<Range> RANGES = List.of(
            new Range("karta.reports.lock-after-days", s -> s.reports().lockAfterDays(), 0, 366),
            new Range("karta.reports.due-after-days", s -> s.reports().dueAfterDays(), 0, 366),
            new Range("karta.reports.remind-before-days", s -> s.reports().remindBeforeDays(), 1, 90),
            new Range("karta.reminders.overdue-for-days", s -> s.reminders().overdueForDays(), 1, 366));

    @Inject
    ReportConfig reports;

    @Inject
    ReminderConfig reminders;

    void check(@Observes StartupEvent event) {
        List<String> wrong = outOfRange(new Settings(reports, reminders));
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("Karta's settings are out of range: " + String.join("; ", wrong));
        }
    }

    /** One message per setting outside its range. */
    public static List<String> outOfRange(Settings settings) {
        List<String> wrong = new ArrayList<>();
        for (Range range : RANGES) {
            int value = range.value().applyAsInt(settings);
            if (value < range.min() || value > range.max()) {
                wrong.add(range.property() + " must be between " + range.min() + " and " + range.max() + ", not "
                        + value);
            }
        }
        return wrong;
    }
}
