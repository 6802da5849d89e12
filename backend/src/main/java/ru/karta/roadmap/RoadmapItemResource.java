package ru.karta.roadmap;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import ru.karta.audit.AuditDtos.HistoryList;
import ru.karta.common.OpenApiContract;
import ru.karta.common.PageParams;
import ru.karta.common.Responses;
import ru.karta.idempotency.Idempotent;
import ru.karta.roadmap.RoadmapDtos.ItemPatch;
import ru.karta.roadmap.RoadmapDtos.ItemView;
import ru.karta.roadmap.RoadmapDtos.ProgressInput;
import ru.karta.roadmap.RoadmapDtos.ProgressList;
import ru.karta.roadmap.RoadmapDtos.ProgressView;
import ru.karta.security.Actor;
import ru.karta.security.Roles;

@Path("/api/v1/roadmap-items/{id}")
@Tag(name = "Roadmap items", description = "One item, its progress updates and its history")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class RoadmapItemResource {

    private final RoadmapItemService items;
    private final ProgressService progress;
    private final Actor actor;

    @Inject
    public RoadmapItemResource(RoadmapItemService items, ProgressService progress, Actor actor) {
        this.items = items;
        this.progress = progress;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "getRoadmapItem", summary = "Get one item")
    @APIResponse(responseCode = "200", description = "The item; its ETag is its version and the caller's permissions (for the report duty also its occurrences)", content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        ItemView view = items.get(actor, id);
        return Responses.tagged(view, ItemViews.etag(view), ifNoneMatch);
    }

    @PATCH
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateRoadmapItem", summary = "Change an item (JSON merge patch; association, ЦКР)", description = "Send If-Match with the ETag, or a version field. Lists and the deadline are replaced whole.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ItemPatch.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = ItemView.class)))
    public Response patch(@PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, JsonNode body) {
        ItemView view = items.patch(actor, id, body, ifMatch);
        return Responses.ok(view, ItemViews.etag(view));
    }

    @DELETE
    @Operation(operationId = "deleteRoadmapItem", summary = "Delete an item (association, ЦКР); 409 once it has progress: cancel it instead")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        items.delete(actor, id, ifMatch);
    }

    @GET
    @Path("/progress-updates")
    @Operation(operationId = "listProgressUpdates", summary = "The progress updates of an item, newest first")
    @APIResponse(responseCode = "200", description = "A page of updates", content = @Content(schema = @Schema(implementation = ProgressList.class)))
    public ProgressList listProgress(@PathParam("id") UUID id,
            @BeanParam PageParams paging) {
        return progress.list(actor, id, paging.page());
    }

    @POST
    @Path("/progress-updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Parameter(ref = OpenApiContract.IDEMPOTENCY_KEY)
    @Operation(operationId = "createProgressUpdate", summary = "Report progress, optionally changing the status", description = "Association and ЦКР on any item; a department or member where its organisation is responsible or assisting, and only the responsible ones change the status. Only on an approved roadmap.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProgressInput.class)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ProgressView.class)))
    public Response createProgress(@PathParam("id") UUID id,
            JsonNode body) {
        ProgressView view = progress.create(actor, id, body);
        return Response.status(201).entity(view)
                .location(java.net.URI.create("/api/v1/roadmap-items/" + view.itemId() + "/progress-updates")).build();
    }

    @GET
    @Path("/history")
    @Operation(operationId = "getRoadmapItemHistory", summary = "The audit trail of an item: who changed what, when (its progress updates included)", description = "Stays readable after the item is deleted, for those who may see its roadmap.")
    @APIResponse(responseCode = "200", description = "Newest first", content = @Content(schema = @Schema(implementation = HistoryList.class)))
    public HistoryList history(@PathParam("id") UUID id,
            @BeanParam PageParams paging) {
        return items.history(actor, id, paging.page());
    }
}
