package ru.karta.meeting;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A person's calendar feed as a calendar app reads it: no bearer token, the secret token in the URL. */
@Path("/api/v1/calendar-feeds")
@Tag(name = "Meetings")
public class CalendarFeedFileResource {

    private final CalendarFeedService feeds;

    @Inject
    public CalendarFeedFileResource(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GET
    @Path("/{token}.ics")
    @PermitAll
    @SecurityRequirements
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getCalendarFeedFile", summary = "A person's calendar feed (no bearer token: the secret token in the URL is the credential)", description = "The person's meetings from 90 days back, as a phone's calendar subscribes to them. An unknown or revoked token answers 404.")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = MeetingExports.CALENDAR, schema = @Schema(type = SchemaType.STRING)))
    public Response feed(@PathParam("token") String token) {
        return Response.ok(feeds.feed(token), MeetingExports.CALENDAR + "; charset=utf-8")
                .header("Cache-Control", "private, max-age=300").build();
    }
}
