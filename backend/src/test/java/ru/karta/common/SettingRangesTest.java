package ru.karta.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The day-count settings are checked at start-up and a wrong one is named with its range. */
class SettingRangesTest {

    private static Config config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 500)).build();
    }

    @Test
    void unsetAndInRangeSettingsPass() {
        assertEquals(List.of(), SettingRanges.outOfRange(config(Map.of())));
        assertEquals(List.of(), SettingRanges.outOfRange(config(Map.of(
                "karta.reports.lock-after-days", "0",
                "karta.reports.due-after-days", "366",
                "karta.reports.remind-before-days", "90",
                "karta.reminders.overdue-for-days", "1"))));
    }

    @Test
    void eachSettingOutOfRangeIsNamed() {
        assertEquals(List.of(
                "karta.reports.lock-after-days must be between 0 and 366, not -1",
                "karta.reports.remind-before-days must be between 1 and 90, not 91",
                "karta.reminders.overdue-for-days must be between 1 and 366, not 0"),
                SettingRanges.outOfRange(config(Map.of(
                        "karta.reports.lock-after-days", "-1",
                        "karta.reports.due-after-days", "30",
                        "karta.reports.remind-before-days", "91",
                        "karta.reminders.overdue-for-days", "0"))));
        assertEquals(List.of("karta.reports.due-after-days must be between 0 and 366, not 367"),
                SettingRanges.outOfRange(config(Map.of("karta.reports.due-after-days", "367"))));
    }
}
