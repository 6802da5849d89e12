package ru.karta.notification;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.karta.common.PageParams;
import ru.karta.notification.NotificationDtos.NotificationList;
import ru.karta.security.Actor;
import ru.karta.security.Roles;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "Reminders and other news for the caller's organisation")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final NotificationService notifications;
    private final Actor actor;

    @Inject
    public NotificationResource(NotificationService notifications, Actor actor) {
        this.notifications = notifications;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "The caller's organisation's notifications, newest first, with the unread count", description = "Every account of the organisation sees the same notifications; one read is read for all of them. Empty for a caller who acts for no organisation.")
    @APIResponse(responseCode = "200", description = "A page of notifications", content = @Content(schema = @Schema(implementation = NotificationList.class)))
    public NotificationList list(@BeanParam PageParams paging) {
        return notifications.mine(actor, paging.page());
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "readNotification", summary = "Mark a notification of the caller's organisation read", description = "404 for another organisation's notification.")
    @APIResponse(responseCode = "204", description = "Read")
    public Response read(@PathParam("id") UUID id) {
        notifications.read(actor, id);
        return Response.noContent().build();
    }

    @POST
    @Path("/read-all")
    @Operation(operationId = "readAllNotifications", summary = "Mark every notification of the caller's organisation read")
    @APIResponse(responseCode = "204", description = "All read")
    public Response readAll() {
        notifications.readAll(actor);
        return Response.noContent().build();
    }
}
