package ru.karta.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.karta.meeting.MeetingDtos.CalendarFeedView;
import ru.karta.security.Actor;
import ru.karta.security.Roles;

/** The caller's own calendar feed (under /me, in its own class so that it is matched before MeResource's /me). */
@Path("/api/v1/me/calendar-feed")
@Tag(name = "Meetings")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {

    private final CalendarFeedService feeds;
    private final Actor actor;

    @Inject
    public CalendarFeedResource(CalendarFeedService feeds, Actor actor) {
        this.feeds = feeds;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(operationId = "getCalendarFeed", summary = "Whether the caller has a calendar feed (its URL is shown only when made)")
    @APIResponse(responseCode = "200", description = "The feed's state", content = @Content(schema = @Schema(implementation = CalendarFeedView.class)))
    public CalendarFeedView get() {
        return feeds.get(actor);
    }

    @POST
    @RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(operationId = "createCalendarFeed", summary = "Make a new calendar feed URL for the caller's meetings; an earlier one stops working")
    @APIResponse(responseCode = "201", description = "The new feed with its secret URL, shown this once", content = @Content(schema = @Schema(implementation = CalendarFeedView.class)))
    public Response create() {
        return Response.status(201).entity(feeds.create(actor)).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
    @Operation(operationId = "revokeCalendarFeed", summary = "Revoke the caller's calendar feed: its URL stops working (204 also when there was none)")
    @APIResponse(responseCode = "204", description = "No feed now")
    public void revoke() {
        feeds.revoke(actor);
    }
}
