package ru.karta.meeting;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import ru.karta.audit.AuditDtos.HistoryList;
import ru.karta.common.PageParams;
import ru.karta.common.Params;
import ru.karta.common.Responses;
import ru.karta.meeting.BodyDtos.BodyInput;
import ru.karta.meeting.BodyDtos.BodyList;
import ru.karta.meeting.BodyDtos.BodyMemberInput;
import ru.karta.meeting.BodyDtos.BodyMemberPatch;
import ru.karta.meeting.BodyDtos.BodyMemberView;
import ru.karta.meeting.BodyDtos.BodyPatch;
import ru.karta.meeting.BodyDtos.BodyView;
import ru.karta.security.Actor;
import ru.karta.security.Roles;

@Path("/api/v1/bodies")
@Tag(name = "Bodies", description = "The scientific-technical council, working groups and the registry of members of federal working groups and commissions, with the history of their membership")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class BodyResource {

    private final BodyService service;
    private final Actor actor;

    @Inject
    public BodyResource(BodyService service, Actor actor) {
        this.service = service;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listBodies", summary = "List the bodies (everyone)")
    @APIResponse(responseCode = "200", description = "A page of bodies, by kind and name", content = @Content(schema = @Schema(implementation = BodyList.class)))
    public BodyList list(@QueryParam("kind") @Parameter(schema = @Schema(implementation = BodyKind.class)) String kind,
            @BeanParam PageParams paging) {
        return service.list(actor, Params.enumValue("kind", kind, BodyKind.class), paging.page());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createBody", summary = "Add a body (association, ЦКР)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BodyInput.class)))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = BodyView.class)))
    public Response create(JsonNode body) {
        BodyView view = service.create(actor, body);
        return Responses.created("/api/v1/bodies/" + view.id(), view, BodyService.etag(view));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBody", summary = "Get a body with its members, current and former (everyone)")
    @APIResponse(responseCode = "200", description = "The body", content = @Content(schema = @Schema(implementation = BodyView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        BodyView view = service.get(actor, id);
        return Responses.tagged(view, BodyService.etag(view), ifNoneMatch);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateBody", summary = "Rename or describe a body (JSON merge patch with its version)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BodyPatch.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = BodyView.class)))
    public Response patch(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode body) {
        BodyView view = service.patch(actor, id, body, ifMatch);
        return Responses.ok(view, BodyService.etag(view));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getBodyHistory", summary = "The audit trail of a body and its memberships (everyone)")
    @APIResponse(responseCode = "200", description = "Newest first", content = @Content(schema = @Schema(implementation = HistoryList.class)))
    public HistoryList history(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return service.history(actor, id, paging.page());
    }

    @POST
    @Path("/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addBodyMember", summary = "Add a member (association, ЦКР); 409 when the person already is one in that period")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BodyMemberInput.class)))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = BodyMemberView.class)))
    public Response addMember(@PathParam("id") UUID id, JsonNode body) {
        BodyMemberView view = service.addMember(actor, id, body);
        return Response.status(201).entity(view).header("ETag", "\"" + view.version() + "\"").build();
    }

    @GET
    @Path("/{id}/members/{memberId}")
    @Operation(operationId = "getBodyMember", summary = "One membership (everyone)")
    @APIResponse(responseCode = "200", description = "The membership; ETag is its version", content = @Content(schema = @Schema(implementation = BodyMemberView.class)))
    public Response getMember(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        BodyMemberView view = service.member(id, memberId);
        return Response.ok(view).header("ETag", "\"" + view.version() + "\"").build();
    }

    @PATCH
    @Path("/{id}/members/{memberId}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateBodyMember", summary = "Change a member's role or end the membership (its last day); the history stays")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BodyMemberPatch.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = BodyMemberView.class)))
    public Response patchMember(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @HeaderParam("If-Match") String ifMatch, JsonNode body) {
        BodyMemberView view = service.patchMember(actor, id, memberId, body, ifMatch);
        return Response.ok(view).header("ETag", "\"" + view.version() + "\"").build();
    }
}
