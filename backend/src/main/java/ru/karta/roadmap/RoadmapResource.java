package ru.karta.roadmap;

import java.time.Instant;
import java.util.List;
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
import ru.karta.common.Params;
import ru.karta.common.Responses;
import ru.karta.common.SortedPageParams;
import ru.karta.idempotency.Idempotent;
import ru.karta.roadmap.RoadmapDtos.ItemInput;
import ru.karta.roadmap.RoadmapDtos.ItemList;
import ru.karta.roadmap.RoadmapDtos.ItemView;
import ru.karta.roadmap.RoadmapDtos.RoadmapCopyInput;
import ru.karta.roadmap.RoadmapDtos.RoadmapInput;
import ru.karta.roadmap.RoadmapDtos.RoadmapList;
import ru.karta.roadmap.RoadmapDtos.RoadmapPatch;
import ru.karta.roadmap.RoadmapDtos.RoadmapView;
import ru.karta.roadmap.RoadmapDtos.SummaryView;
import ru.karta.security.Actor;
import ru.karta.security.Roles;

@Path("/api/v1/roadmaps")
@Tag(name = "Roadmaps", description = "Roadmaps, their items and their summary")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class RoadmapResource {

    private final RoadmapService roadmaps;
    private final RoadmapItemService items;
    private final ru.karta.document.RoadmapExports exports;
    private final Actor actor;

    @Inject
    public RoadmapResource(RoadmapService roadmaps, RoadmapItemService items,
            ru.karta.document.RoadmapExports exports, Actor actor) {
        this.roadmaps = roadmaps;
        this.items = items;
        this.exports = exports;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listRoadmaps", summary = "List roadmaps", description = "Drafts are listed only for the association and ЦКР. Sort by title, periodStart (default: -periodStart), updatedAt or createdAt.")
    @APIResponse(responseCode = "200", description = "A page of roadmaps", content = @Content(schema = @Schema(implementation = RoadmapList.class)))
    public RoadmapList list(
            @QueryParam("status") @Parameter(description = "Repeatable", schema = @Schema(type = SchemaType.ARRAY, implementation = RoadmapStatus.class)) List<String> status,
            @QueryParam("q") @Parameter(description = "Text in the title") String q,
            @QueryParam("updatedSince") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) Instant updatedSince,
            @BeanParam SortedPageParams paging) {
        return roadmaps.list(actor, Params.enumValues("status", status, RoadmapStatus.class), Params.text("q", q, 200),
                updatedSince, paging.sort, paging.page());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Parameter(ref = OpenApiContract.IDEMPOTENCY_KEY)
    @Operation(operationId = "createRoadmap", summary = "Create a draft roadmap (association, ЦКР)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RoadmapView.class)))
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RoadmapInput.class)))
    public Response create(JsonNode body) {
        RoadmapView view = roadmaps.create(actor, body);
        return Responses.created("/api/v1/roadmaps/" + view.id(), view, view.version(), view.permissions());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRoadmap", summary = "Get one roadmap")
    @APIResponse(responseCode = "200", description = "The roadmap; ETag is its version", content = @Content(schema = @Schema(implementation = RoadmapView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        RoadmapView view = roadmaps.get(actor, id);
        return Responses.versioned(view, view.version(), view.permissions(), ifNoneMatch);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateRoadmap", summary = "Change a roadmap (JSON merge patch; association, ЦКР)", description = "Send If-Match with the ETag, or a version field.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = RoadmapPatch.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = RoadmapView.class)))
    public Response patch(@PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, JsonNode body) {
        RoadmapView view = roadmaps.patch(actor, id, body, ifMatch);
        return Responses.ok(view, view.version(), view.permissions());
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approveRoadmap", summary = "Approve a draft roadmap (association)")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = RoadmapView.class)))
    public Response approve(@PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        RoadmapView view = roadmaps.approve(actor, id, ifMatch);
        return Responses.ok(view, view.version(), view.permissions());
    }

    @POST
    @Path("/{id}/archive")
    @Operation(operationId = "archiveRoadmap", summary = "Archive an approved roadmap (association); it becomes read-only")
    @APIResponse(responseCode = "200", description = "Archived", content = @Content(schema = @Schema(implementation = RoadmapView.class)))
    public Response archive(@PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch) {
        RoadmapView view = roadmaps.archive(actor, id, ifMatch);
        return Responses.ok(view, view.version(), view.permissions());
    }

    @POST
    @Path("/{id}/copy")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "copyRoadmap", summary = "Copy an approved or archived roadmap into a draft for the next period (association, ЦКР)", description = "409 for a draft. Items are copied with deadlines moved on by the roadmap's length in whole years, statuses reset, no progress.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RoadmapCopyInput.class)))
    @APIResponse(responseCode = "201", description = "The new draft", content = @Content(schema = @Schema(implementation = RoadmapView.class)))
    public Response copy(@PathParam("id") UUID id,
            JsonNode body) {
        RoadmapView view = roadmaps.copy(actor, id, body);
        return Responses.created("/api/v1/roadmaps/" + view.id(), view, view.version(), view.permissions());
    }

    @GET
    @Path("/{id}/copy-preview")
    @Operation(operationId = "previewRoadmapCopy", summary = "What copying a roadmap to the next period would make (association, ЦКР)", description = "The new title and period, and the roadmaps that already cover that period: to confirm before copying. 409 for a draft.")
    @APIResponse(responseCode = "200", description = "The preview", content = @Content(schema = @Schema(implementation = RoadmapDtos.CopyPreview.class)))
    @APIResponse(responseCode = "409", description = "The roadmap is a draft", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public RoadmapDtos.CopyPreview copyPreview(@PathParam("id") UUID id) {
        return roadmaps.copyPreview(actor, id);
    }

    @GET
    @Path("/{id}/summary")
    @Operation(operationId = "getRoadmapSummary", summary = "Counts by status, overdue and by organisation")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = SummaryView.class)))
    public SummaryView summary(@PathParam("id") UUID id) {
        return roadmaps.summary(actor, id);
    }

    @GET
    @Path("/{id}/export")
    @Produces({ ru.karta.document.RoadmapExports.DOCX, ru.karta.common.Downloads.XLSX, MediaType.APPLICATION_JSON })
    @Operation(operationId = "exportRoadmap", summary = "The roadmap as a document: a landscape Word table under the approval block (docx, the default) or a workbook (xlsx)", description = "Whoever reads the roadmap. The DOCX has the usual columns (№, мероприятие, сроки, ответственный, оказание содействия, ожидаемый результат, примечание) and imports back into the same items.")
    @APIResponse(responseCode = "200", description = "The document", headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Content-Disposition", description = "attachment; filename=\"karta-roadmap-2017.docx\"; filename*=UTF-8''…", schema = @Schema(type = SchemaType.STRING)), content = {
            @Content(mediaType = ru.karta.document.RoadmapExports.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ru.karta.common.Downloads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response export(@PathParam("id") UUID id,
            @QueryParam("format") @Parameter(description = "docx (default) or xlsx", schema = @Schema(enumeration = { "docx", "xlsx" })) String format) {
        return ru.karta.common.Downloads.response(exports.roadmap(actor, id, ru.karta.document.RoadmapExports.format(format)));
    }

    @GET
    @Path("/{id}/execution-report")
    @Produces({ ru.karta.document.RoadmapExports.DOCX, ru.karta.common.Downloads.XLSX, MediaType.APPLICATION_JSON })
    @Operation(operationId = "exportExecutionReport", summary = "The execution report as of a date: each item's status then, its latest progress, overdue marks, evidence, and a summary by status (docx, the default, or xlsx)", description = "Whoever reads the roadmap. asOf is a day in the cluster's time zone (default today): progress and status changes made up to its end count.")
    @APIResponse(responseCode = "200", description = "The report", headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(name = "Content-Disposition", description = "attachment; filename=\"karta-execution-2017-2017-12-31.docx\"; filename*=UTF-8''…", schema = @Schema(type = SchemaType.STRING)), content = {
            @Content(mediaType = ru.karta.document.RoadmapExports.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ru.karta.common.Downloads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response executionReport(@PathParam("id") UUID id,
            @QueryParam("asOf") @Parameter(description = "The day, YYYY-MM-DD; default today", schema = @Schema(type = SchemaType.STRING, format = "date")) String asOf,
            @QueryParam("format") @Parameter(description = "docx (default) or xlsx", schema = @Schema(enumeration = { "docx", "xlsx" })) String format) {
        var chosen = ru.karta.document.RoadmapExports.format(format);
        return ru.karta.common.Downloads.response(exports.execution(actor, id, Params.date("asOf", asOf), chosen));
    }


    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getRoadmapHistory", summary = "The audit trail of a roadmap: who changed what, when")
    @APIResponse(responseCode = "200", description = "Newest first", content = @Content(schema = @Schema(implementation = HistoryList.class)))
    public HistoryList history(@PathParam("id") UUID id,
            @BeanParam PageParams paging) {
        return roadmaps.history(actor, id, paging.page());
    }

    @GET
    @Path("/{id}/items")
    @Operation(operationId = "listRoadmapItems", summary = "List the items of a roadmap", description = "Filters combine with AND. q searches number, activity, expected result, note, the names of its organisations (full, short, aliases) and its officials, with Russian word forms (\"композит\" finds \"композитного\"). Sort by number (default), dueDate, status, updatedAt, createdAt or activity.")
    @APIResponse(responseCode = "200", description = "A page of items", content = @Content(schema = @Schema(implementation = ItemList.class)))
    public ItemList items(@PathParam("id") UUID id,
            @QueryParam("status") @Parameter(description = "Repeatable or comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = ItemStatus.class)) List<String> status,
            @QueryParam("organisationId") @Parameter(description = "Responsible or assisting") UUID organisationId,
            @QueryParam("overdue") @Parameter(description = "true: only overdue items; false: only those not overdue") Boolean overdue,
            @QueryParam("dueBefore") @Parameter(description = "Due on or before this date") java.time.LocalDate dueBefore,
            @QueryParam("dueAfter") @Parameter(description = "Due on or after this date") java.time.LocalDate dueAfter,
            @QueryParam("q") @Parameter(description = "Text search (Russian word forms)") String q,
            @QueryParam("updatedSince") @Parameter(description = "Only items changed (or given progress) at or after this instant") Instant updatedSince,
            @BeanParam SortedPageParams paging) {
        var query = new RoadmapItemService.Query(Params.enumValues("status", status, ItemStatus.class), organisationId,
                overdue, dueBefore, dueAfter, Params.text("q", q, 200), updatedSince);
        return items.list(actor, id, query, paging.sort, paging.page());
    }

    @POST
    @Path("/{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Parameter(ref = OpenApiContract.IDEMPOTENCY_KEY)
    @Operation(operationId = "createRoadmapItem", summary = "Add an item to a roadmap (association, ЦКР)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ItemInput.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ItemView.class)))
    public Response createItem(@PathParam("id") UUID id,
            JsonNode body) {
        ItemView view = items.create(actor, id, body);
        return Responses.created("/api/v1/roadmap-items/" + view.id(), view, ItemViews.etag(view));
    }
}
