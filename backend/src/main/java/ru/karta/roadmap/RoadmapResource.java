package ru.karta.roadmap;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import ru.karta.audit.AuditDtos.HistoryList;
import ru.karta.common.Page;
import ru.karta.common.Params;
import ru.karta.common.Responses;
import ru.karta.roadmap.RoadmapDtos.ItemInput;
import ru.karta.roadmap.RoadmapDtos.ItemList;
import ru.karta.roadmap.RoadmapDtos.ItemView;
import ru.karta.roadmap.RoadmapDtos.RoadmapCopyInput;
import ru.karta.roadmap.RoadmapDtos.RoadmapInput;
import ru.karta.roadmap.RoadmapDtos.RoadmapList;
import ru.karta.roadmap.RoadmapDtos.RoadmapView;
import ru.karta.roadmap.RoadmapDtos.SummaryView;
import ru.karta.security.Roles;

@Path("/api/v1/roadmaps")
@Tag(name = "Roadmaps", description = "Roadmaps, their items and their summary")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class RoadmapResource {

    private final RoadmapService roadmaps;
    private final RoadmapItemService items;

    @Inject
    public RoadmapResource(RoadmapService roadmaps, RoadmapItemService items) {
        this.roadmaps = roadmaps;
        this.items = items;
    }

    @GET
    @Operation(operationId = "listRoadmaps", summary = "List roadmaps", description = "Drafts are listed only for the association and ЦКР.")
    @APIResponse(responseCode = "200", description = "A page of roadmaps", content = @Content(schema = @Schema(implementation = RoadmapList.class)))
    public RoadmapList list(
            @QueryParam("status") @Parameter(description = "Repeatable", schema = @Schema(type = SchemaType.ARRAY, implementation = RoadmapStatus.class)) List<String> status,
            @QueryParam("q") @Parameter(description = "Text in the title") String q,
            @QueryParam("updatedSince") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) String updatedSince,
            @QueryParam("page") @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) String size,
            @QueryParam("sort") @Parameter(description = "title, periodStart, updatedAt, createdAt; prefix '-' for descending", schema = @Schema(defaultValue = "-periodStart")) String sort) {
        return roadmaps.list(Params.enumValues("status", status, RoadmapStatus.class), Params.text("q", q, 200),
                Params.instant("updatedSince", updatedSince), sort, Page.of(page, size));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRoadmap", summary = "Create a draft roadmap (association, ЦКР)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RoadmapView.class)))
    public Response create(@Valid @NotNull RoadmapInput body) {
        RoadmapView view = roadmaps.create(body);
        return Responses.created("/api/v1/roadmaps/" + view.id(), view, view.version());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRoadmap", summary = "Get one roadmap")
    @APIResponse(responseCode = "200", description = "The roadmap; ETag is its version", content = @Content(schema = @Schema(implementation = RoadmapView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        RoadmapView view = roadmaps.get(Params.id(id, "roadmap"));
        return Responses.versioned(view, view.version(), ifNoneMatch);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateRoadmap", summary = "Change a roadmap (JSON merge patch; association, ЦКР)", description = "Send If-Match with the ETag, or a version field.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RoadmapInput.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = RoadmapView.class)))
    public Response patch(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @HeaderParam("If-Match") String ifMatch, JsonNode body) {
        RoadmapView view = roadmaps.patch(Params.id(id, "roadmap"), body, ifMatch);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approveRoadmap", summary = "Approve a draft roadmap (association)")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = RoadmapView.class)))
    public Response approve(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @HeaderParam("If-Match") String ifMatch) {
        RoadmapView view = roadmaps.approve(Params.id(id, "roadmap"), ifMatch);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("/{id}/archive")
    @Operation(operationId = "archiveRoadmap", summary = "Archive an approved roadmap (association); it becomes read-only")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(schema = @Schema(implementation = RoadmapView.class)))
    public Response archive(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @HeaderParam("If-Match") String ifMatch) {
        RoadmapView view = roadmaps.archive(Params.id(id, "roadmap"), ifMatch);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("/{id}/copy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "copyRoadmap", summary = "Copy a roadmap into a draft for the next period (association, ЦКР)", description = "Items are copied with deadlines moved on by the roadmap's length in whole years, statuses reset, no progress.")
    @APIResponse(responseCode = "201", description = "The new draft", content = @Content(schema = @Schema(implementation = RoadmapView.class)))
    public Response copy(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @Valid RoadmapCopyInput body) {
        RoadmapView view = roadmaps.copy(Params.id(id, "roadmap"), body);
        return Responses.created("/api/v1/roadmaps/" + view.id(), view, view.version());
    }

    @GET
    @Path("/{id}/summary")
    @Operation(operationId = "getRoadmapSummary", summary = "Counts by status, overdue and by organisation")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = SummaryView.class)))
    public SummaryView summary(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id) {
        return roadmaps.summary(Params.id(id, "roadmap"));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getRoadmapHistory", summary = "The audit trail of a roadmap: who changed what, when")
    @APIResponse(responseCode = "200", description = "Newest first", content = @Content(schema = @Schema(implementation = HistoryList.class)))
    public HistoryList history(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) String size) {
        return roadmaps.history(Params.id(id, "roadmap"), Page.of(page, size));
    }

    @GET
    @Path("/{id}/items")
    @Operation(operationId = "listRoadmapItems", summary = "List the items of a roadmap", description = "Filters combine with AND. q searches number, activity, expected result and note with Russian word forms (\"композит\" finds \"композитного\").")
    @APIResponse(responseCode = "200", description = "A page of items", content = @Content(schema = @Schema(implementation = ItemList.class)))
    public ItemList items(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @QueryParam("status") @Parameter(description = "Repeatable or comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = ItemStatus.class)) List<String> status,
            @QueryParam("organisationId") @Parameter(description = "Responsible or assisting", schema = @Schema(type = SchemaType.STRING, format = "uuid")) String organisationId,
            @QueryParam("overdue") @Parameter(description = "true: only overdue items; false: only those not overdue", schema = @Schema(type = SchemaType.BOOLEAN)) String overdue,
            @QueryParam("dueBefore") @Parameter(description = "Due on or before this date", schema = @Schema(type = SchemaType.STRING, format = "date")) String dueBefore,
            @QueryParam("dueAfter") @Parameter(description = "Due on or after this date", schema = @Schema(type = SchemaType.STRING, format = "date")) String dueAfter,
            @QueryParam("q") @Parameter(description = "Text search (Russian word forms)") String q,
            @QueryParam("updatedSince") @Parameter(description = "Only items changed (or given progress) at or after this instant", schema = @Schema(type = SchemaType.STRING, format = "date-time")) String updatedSince,
            @QueryParam("page") @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50")) String size,
            @QueryParam("sort") @Parameter(description = "number, dueDate, status, updatedAt, createdAt, activity; prefix '-' for descending", schema = @Schema(defaultValue = "number")) String sort) {
        var query = new RoadmapItemService.Query(Params.enumValues("status", status, ItemStatus.class),
                Params.uuid("organisationId", organisationId), Params.bool("overdue", overdue),
                Params.date("dueBefore", dueBefore), Params.date("dueAfter", dueAfter), Params.text("q", q, 200),
                Params.instant("updatedSince", updatedSince));
        return items.list(Params.id(id, "roadmap"), query, sort, Page.of(page, size));
    }

    @POST
    @Path("/{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRoadmapItem", summary = "Add an item to a roadmap (association, ЦКР)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ItemView.class)))
    public Response createItem(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) String id,
            @Valid @NotNull ItemInput body) {
        ItemView view = items.create(Params.id(id, "roadmap"), body);
        return Responses.created("/api/v1/roadmap-items/" + view.id(), view, view.version());
    }
}
