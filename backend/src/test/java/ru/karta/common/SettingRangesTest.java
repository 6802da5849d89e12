package ru.karta.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import ru.karta.notification.ReminderConfig;
import ru.karta.report.ReportConfig;

/** The day-count settings are checked at start-up and a wrong one is named with its range. */
class SettingRangesTest {

    private static SettingRanges.Settings settings(Map<String, String> values) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(ReportConfig.class)
                .withMapping(ReminderConfig.class)
                .withSources(new PropertiesConfigSource(values, "test", 500))
                .build();
        return new SettingRanges.Settings(config.getConfigMapping(ReportConfig.class),
                config.getConfigMapping(ReminderConfig.class));
    }

    @Test
    void defaultsAndInRangeSettingsPass() {
        assertEquals(List.of(), SettingRanges.outOfRange(settings(Map.of())));
        assertEquals(List.of(), SettingRanges.outOfRange(settings(Map.of(
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
                SettingRanges.outOfRange(settings(Map.of(
                        "karta.reports.lock-after-days", "-1",
                        "karta.reports.due-after-days", "30",
                        "karta.reports.remind-before-days", "91",
                        "karta.reminders.overdue-for-days", "0"))));
    }

    /** Each range's name is the property its value is read from: setting that property alone trips that range alone. */
    @Test
    void eachRangeNamesThePropertyItReads() {
        for (SettingRanges.Range range : SettingRanges.RANGES) {
            String tooHigh = String.valueOf(range.max() + 1);
            assertEquals(List.of(range.property() + " must be between " + range.min() + " and " + range.max()
                    + ", not " + tooHigh), SettingRanges.outOfRange(settings(Map.of(range.property(), tooHigh))));
        }
    }
}
