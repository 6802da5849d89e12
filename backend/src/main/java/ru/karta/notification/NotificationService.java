package ru.karta.notification;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.karta.common.ApiException;
import ru.karta.common.ClusterClock;
import ru.karta.common.Page;
import ru.karta.notification.NotificationDtos.NotificationList;
import ru.karta.security.Actor;

/**
 * The caller's own notifications. Deny by default: a caller sees and marks only its organisation's; any other id is
 * not found. A caller who acts for no organisation has none.
 */
@ApplicationScoped
public class NotificationService {

    private final NotificationRepository notifications;
    private final ClusterClock clock;

    @Inject
    public NotificationService(NotificationRepository notifications, ClusterClock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public NotificationList mine(Actor actor, Page page) {
        UUID organisation = actor.organisationId();
        if (organisation == null) {
            return new NotificationList(List.of(), page.page(), page.size(), 0, 0);
        }
        UUID person = actor.personId();
        return new NotificationList(notifications.page(organisation, person, page), page.page(), page.size(),
                notifications.count(organisation, person, false), notifications.count(organisation, person, true));
    }

    /** Marks one of the organisation's notifications read for the whole organisation; already read stays as it was. */
    @Transactional
    public void read(Actor actor, UUID id) {
        UUID organisation = actor.organisationId();
        if (organisation == null || !notifications.belongs(id, organisation, actor.personId())) {
            throw ApiException.notFound("notification");
        }
        notifications.markRead(organisation, actor.personId(), id, clock.now(), actor.subject());
    }

    @Transactional
    public void readAll(Actor actor) {
        UUID organisation = actor.organisationId();
        if (organisation != null) {
            notifications.markRead(organisation, actor.personId(), null, clock.now(), actor.subject());
        }
    }
}
