package ru.karta.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import ru.karta.common.ClusterClock;
import ru.karta.notification.NotificationRepository.Made;

/**
 * A reminder by e-mail, Russian first and English below, to the organisation's contact address and its people's. A
 * mail that fails is logged (without addresses) and not retried: the reminder stays in the app.
 */
@ApplicationScoped
public class ReminderMail {

    private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("ru"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final NotificationRepository notifications;
    private final Mailer mailer;
    private final ReminderConfig config;
    private final ClusterClock clock;

    @Inject
    public ReminderMail(NotificationRepository notifications, Mailer mailer, ReminderConfig config,
            ClusterClock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    /** Whether a mail went out (false when the organisation has no address or sending failed). */
    public boolean send(Made made, NotificationKind kind) {
        Letter letter = letter(made);
        if (letter == null) {
            return false;
        }
        String period = letter.view().period();
        String quarterRu = period.substring(6) + " квартал " + period.substring(0, 4) + " года";
        String quarterEn = "Q" + period.substring(6) + " " + period.substring(0, 4);
        ZoneId zone = clock.zone();
        // The last day a report is on time: the day before the instant it is due.
        var lastDay = letter.view().dueAt().atZone(zone).toLocalDate().minusDays(1);
        // KARTA_APP_URL may end with a slash (docker-compose's does): one slash before the path
        String link = config.appUrl().replaceAll("/+$", "") + letter.view().link();
        String subject;
        String text;
        if (kind == NotificationKind.DUE_SOON) {
            subject = "Карта: срок сдачи отчёта за " + quarterRu + " — " + RU.format(lastDay);
            text = "Здравствуйте!\n\nКвартальный отчёт организации " + letter.organisation() + " за " + quarterRu
                    + " ещё не отправлен. Срок сдачи — " + RU.format(lastDay)
                    + " включительно.\n\nЗаполнить и отправить отчёт: "
                    + link + "\n\n---\nKarta: the quarterly report for " + quarterEn + " of " + letter.organisation()
                    + " is due by " + EN.format(lastDay) + " and has not been submitted yet: " + link + "\n";
        } else {
            subject = "Карта: отчёт за " + quarterRu + " просрочен";
            text = "Здравствуйте!\n\nКвартальный отчёт организации " + letter.organisation() + " за " + quarterRu
                    + " не отправлен, а срок сдачи (" + RU.format(lastDay)
                    + ") прошёл. Пожалуйста, отправьте отчёт как можно скорее.\n\n"
                    + "Заполнить и отправить отчёт: " + link + "\n\n---\nKarta: the quarterly report for " + quarterEn
                    + " of " + letter.organisation() + " was due by " + EN.format(lastDay)
                    + " and is overdue: " + link + "\n";
        }
        try {
            Mail mail = Mail.withText(letter.to().get(0), subject, text);
            if (letter.to().size() > 1) {
                mail.setTo(letter.to());
            }
            mailer.send(mail);
            return true;
        } catch (RuntimeException e) {
            Log.warnf("Report reminder %s not e-mailed: %s", made.id(), e.getMessage());
            return false;
        }
    }

    record Letter(String organisation, List<String> to, NotificationDtos.NotificationView view) {
    }

    @Transactional
    Letter letter(Made made) {
        List<String> to = notifications.emails(made.organisationId());
        if (to.isEmpty()) {
            return null;
        }
        var view = notifications.one(made.id());
        return new Letter(notifications.organisationName(made.organisationId()).orElse(""), to, view);
    }
}
