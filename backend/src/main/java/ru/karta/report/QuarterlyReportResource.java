package ru.karta.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import ru.karta.common.PageParams;
import ru.karta.common.Params;
import ru.karta.common.ProblemMappers;
import ru.karta.common.Responses;
import ru.karta.common.SortedPageParams;
import ru.karta.report.ReportDtos.CreateInput;
import ru.karta.report.ReportDtos.ReportList;
import ru.karta.report.ReportDtos.ReportView;
import ru.karta.report.ReportDtos.ReturnInput;
import ru.karta.report.ReportDtos.UpdateInput;
import ru.karta.report.ReportService.Viewed;
import ru.karta.security.Actor;
import ru.karta.security.Roles;

@Path("/api/v1/quarterly-reports")
@Tag(name = "Quarterly reports", description = "The report form of member organisations (Приложение 1), their quarterly reports, submitting and review")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class QuarterlyReportResource {

    private static final String PROBLEM = "application/problem+json";

    private final ReportService reports;
    private final Actor actor;

    @Inject
    public QuarterlyReportResource(ReportService reports, Actor actor) {
        this.reports = reports;
        this.actor = actor;
    }

    @GET
    @Operation(operationId = "listQuarterlyReports", summary = "List quarterly reports (association, ЦКР: all; a member: its own organisation's)", description = "Without values: read one report for them. Departments and scripts read the consolidated summary and completeness instead (403 here). Sort by period (default: -period), organisation, status, updatedAt, submittedAt or createdAt.")
    @APIResponse(responseCode = "200", description = "A page of reports", content = @Content(schema = @Schema(implementation = ReportList.class)))
    public ReportList list(
            @QueryParam("period") @Parameter(description = "One quarter, YYYY-Qn", example = "2017-Q2") String period,
            @QueryParam("organisationId") UUID organisationId,
            @QueryParam("status") @Parameter(description = "Repeatable or comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = ReportStatus.class)) List<String> status,
            @QueryParam("updatedSince") @Parameter(description = "Only reports changed at or after this instant", schema = @Schema(type = SchemaType.STRING, format = "date-time")) Instant updatedSince,
            @BeanParam SortedPageParams paging) {
        String text = Params.text("period", period, 20);
        var filter = new QuarterlyReportRepository.Filter(text == null ? null : Quarter.parse("period", text),
                organisationId, Params.enumValues("status", status, ReportStatus.class), updatedSince);
        return reports.list(actor, filter, paging.sort, paging.page());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createQuarterlyReport", summary = "Start the report of an organisation for a quarter (a member: its own; the association: any)", description = "A draft with no values, in the form version in force for the quarter. 409 when the organisation already has a report for the quarter, or (a member) when the quarter has closed for entry; a draft the association creates for a closed quarter is open for entry (reopened).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateInput.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response create(JsonNode body, @Context HttpHeaders headers) {
        Viewed viewed = reports.create(actor, body, ProblemMappers.locale(headers));
        return Responses.created("/api/v1/quarterly-reports/" + viewed.view().id(), viewed.view(), viewed.etag());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getQuarterlyReport", summary = "Get one report: values, computed indicators, the issues the form's rules find, what the caller may do")
    @APIResponse(responseCode = "200", description = "The report; its ETag changes with its version, the caller's permissions, its lock and the previous-quarter report its warnings compare with", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpHeaders headers) {
        Viewed viewed = reports.get(actor, id, ProblemMappers.locale(headers));
        return Responses.tagged(viewed.view(), viewed.etag(), ifNoneMatch);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateQuarterlyReport", summary = "Save the values and comment of a draft or returned report (its organisation)", description = "The whole entered content: values left out are blank. Saved whatever the form's rules find (drafts save as the user types); the answer lists the issues. Send the version it is based on, or If-Match with the ETag. 409 when the report is submitted, accepted or locked.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = UpdateInput.class)))
    @APIResponse(responseCode = "200", description = "Saved", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode body,
            @Context HttpHeaders headers) {
        Viewed viewed = reports.update(actor, id, body, ifMatch, ProblemMappers.locale(headers));
        return Responses.ok(viewed.view(), viewed.etag());
    }

    @POST
    @Path("/{id}/submit")
    @Operation(operationId = "submitQuarterlyReport", summary = "Submit a draft or returned report (its organisation)", description = "400 while the form's rules find errors, naming each field (values.R03; comment when a warning needs an explanation). 409 when it is already submitted or accepted, or locked.")
    @APIResponse(responseCode = "200", description = "Submitted", content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "The report has errors; errors names each field", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Context HttpHeaders headers) {
        Viewed viewed = reports.submit(actor, id, ifMatch, ProblemMappers.locale(headers));
        return Responses.ok(viewed.view(), viewed.etag());
    }

    @POST
    @Path("/{id}/accept")
    @Operation(operationId = "acceptQuarterlyReport", summary = "Accept a submitted report (association)")
    @APIResponse(responseCode = "200", description = "Accepted", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response accept(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Context HttpHeaders headers) {
        Viewed viewed = reports.accept(actor, id, ifMatch, ProblemMappers.locale(headers));
        return Responses.ok(viewed.view(), viewed.etag());
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "returnQuarterlyReport", summary = "Return a submitted report to its organisation with a comment (association)", description = "The organisation corrects and resubmits it, also after the quarter has closed.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ReturnInput.class)))
    @APIResponse(responseCode = "200", description = "Returned", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response returnReport(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, JsonNode body,
            @Context HttpHeaders headers) {
        Viewed viewed = reports.returnReport(actor, id, body, ifMatch, ProblemMappers.locale(headers));
        return Responses.ok(viewed.view(), viewed.etag());
    }

    @POST
    @Path("/{id}/reopen")
    @Operation(operationId = "reopenQuarterlyReport", summary = "Open a report for entry by its organisation again (association)", description = "A submitted or accepted report goes back to DRAFT; a locked one (its quarter closed) is opened for this organisation until it next submits. 409 when its organisation can already edit it.")
    @APIResponse(responseCode = "200", description = "Reopened", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response reopen(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Context HttpHeaders headers) {
        Viewed viewed = reports.reopen(actor, id, ifMatch, ProblemMappers.locale(headers));
        return Responses.ok(viewed.view(), viewed.etag());
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getQuarterlyReportHistory", summary = "The audit trail of a report: who changed which values, submitted, accepted, returned or reopened it, when")
    @APIResponse(responseCode = "200", description = "Newest first", content = @Content(schema = @Schema(implementation = HistoryList.class)))
    public HistoryList history(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        return reports.history(actor, id, paging.page());
    }
}
