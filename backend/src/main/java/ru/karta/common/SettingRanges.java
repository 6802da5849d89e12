package ru.karta.common;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with a day count out of its range ({@code karta.reports.*}, {@code karta.reminders.*}), naming
 * the setting. Checked here rather than by constraint annotations on the config mappings: those make Quarkus build a
 * second Hibernate Validator factory in the static start-up, which cost about a fifth of the backend's start (issue 12).
 */
@ApplicationScoped
public class SettingRanges {

    /** A whole-number setting and the values it may take (both ends included). */
    public record Range(String property, int min, int max) {
    }

    public static final List<Range> RANGES = List.of(
            new Range("karta.reports.lock-after-days", 0, 366),
            new Range("karta.reports.due-after-days", 0, 366),
            new Range("karta.reports.remind-before-days", 1, 90),
            new Range("karta.reminders.overdue-for-days", 1, 366));

    void check(@Observes StartupEvent event) {
        List<String> wrong = outOfRange(ConfigProvider.getConfig());
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("Karta's settings are out of range: " + String.join("; ", wrong));
        }
    }

    /** One message per setting outside its range; settings left unset take their defaults, which are in range. */
    public static List<String> outOfRange(Config config) {
        List<String> wrong = new ArrayList<>();
        for (Range range : RANGES) {
            config.getOptionalValue(range.property(), Integer.class).ifPresent(value -> {
                if (value < range.min() || value > range.max()) {
                    wrong.add(range.property() + " must be between " + range.min() + " and " + range.max() + ", not "
                            + value);
                }
            });
        }
        return wrong;
    }
}
