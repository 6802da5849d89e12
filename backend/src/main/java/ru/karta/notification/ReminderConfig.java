package ru.karta.notification;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of the report reminders ({@code karta.reminders.*}); how early is {@code karta.reports.remind-before-days}. */
@ConfigMapping(prefix = "karta.reminders")
public interface ReminderConfig {

    /** How often the job looks for missing reports (a Quarkus duration such as 1h or 15m; off disables it). */
    @WithDefault("1h")
    String every();

    /** For how many days after a quarter's deadline a missing report still earns its OVERDUE reminder. */
    @WithDefault("60")
    int overdueForDays();

    /** The SMTP host (KARTA_SMTP_HOST): reminders are also e-mailed when it is set, and only shown in the app when not. */
    Optional<String> smtpHost();

    /** Where the links of e-mails point: the SPA's address. */
    @WithDefault("http://127.0.0.1:5173")
    String appUrl();
}
