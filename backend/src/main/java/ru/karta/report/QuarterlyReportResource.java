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
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.karta.audit.AuditDtos.HistoryList;
import ru.karta.common.OpenApiContract;
import ru.karta.common.PageParams;
import ru.karta.common.Params;
import ru.karta.common.ProblemMappers;
import ru.karta.common.Responses;
import ru.karta.common.SortedPageParams;
import ru.karta.idempotency.Idempotent;
import ru.karta.report.FigureDtos.CompletenessView;
import ru.karta.report.FigureDtos.SummaryView;
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
    private final ReportFigures figures;
    private final ObjectMapper json;
    private final Actor actor;

    @Inject
    public QuarterlyReportResource(ReportService reports, ReportFigures figures, ObjectMapper json, Actor actor) {
        this.reports = reports;
        this.figures = figures;
        this.json = json;
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
        var filter = new QuarterlyReportRepository.Filter(quarter(period), organisationId,
                Params.enumValues("status", status, ReportStatus.class), updatedSince);
        return reports.list(actor, filter, paging.sort, paging.page());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Parameter(ref = OpenApiContract.IDEMPOTENCY_KEY)
    @Operation(operationId = "createQuarterlyReport", summary = "Start the report of an organisation for a quarter (a member: its own; the association: any)", description = "A draft with no values, in the form version in force for the quarter. 409 when the organisation already has a report for the quarter, or (a member) when the quarter has closed for entry; a draft the association creates for a closed quarter is open for entry (reopened).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CreateInput.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ReportView.class)))
    public Response create(JsonNode body, @Context HttpHeaders headers) {
        Viewed viewed = reports.create(actor, body, ProblemMappers.locale(headers));
        return Responses.created("/api/v1/quarterly-reports/" + viewed.view().id(), viewed.view(), viewed.etag());
    }

    @GET
    @Path("/completeness")
    @Operation(operationId = "getReportCompleteness", summary = "Completeness and timeliness: which member enterprises reported each quarter, on time or late, and which did not (every role)", description = """
            The organisations expected to report are those of kind MEMBER_ENTERPRISE. For each of them and each quarter \
            of the year (or the one period): ON_TIME when its report was first submitted by the deadline, LATE when \
            after it, MISSING when not submitted and the deadline has passed, PENDING when the quarter has ended but \
            the deadline has not passed, NOT_DUE while the quarter has not ended; with totals per quarter. The \
            deadline (dueAt) is karta.reports.due-after-days (default 30) after the quarter's last day, midnight in the \
            cluster's time zone: by default the moment the quarter locks, so a late report is one the association \
            reopened. A report returned or reopened after it was submitted is judged by its first submission. The \
            report's id is given only to those who may open it (the association and ЦКР; a member for its own \
            organisation). Without year and period: the current year. The ETag is a digest of the answer.""")
    @APIResponse(responseCode = "200", description = "The matrix and its totals", content = @Content(schema = @Schema(implementation = CompletenessView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response completeness(
            @QueryParam("year") @Parameter(description = "A year: its four quarters", example = "2017", schema = @Schema(type = SchemaType.INTEGER, minimum = "1990", maximum = "2200")) Integer year,
            @QueryParam("period") @Parameter(description = "One quarter, YYYY-Qn, instead of a year", example = "2017-Q2") String period,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.hashed(json, figures.completeness(actor, year, quarter(period)), ifNoneMatch);
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "getReportSummary", summary = "The cluster's consolidated figures for a quarter, the year to date and the quarters of the year (every role)", description = """
            Totals of every entered numeric indicator over the ACCEPTED reports of the period (with \
            includeSubmitted=true also the SUBMITTED ones), the computed indicators by the form's formulas from the \
            totals, the number of reporting and of expected organisations (kind MEMBER_ENTERPRISE), the year to date, \
            a series per indicator over the quarters of the year, and each benchmark (R09 against the 20 % of the \
            federal cluster rules). Blank is never zero: a total adds up only the reports that filled the value and \
            says how many did; a computed indicator is taken over the reports that filled both its parts. Over the year \
            to date each indicator follows its form aggregation: flows add up (SUM), P01 (headcount at the quarter's \
            end) is the latest quarter's (LAST), P02 (average headcount) the mean of the quarters (AVERAGE). Without \
            period: the quarter before the current one. No report's values are shown. The ETag is a digest of the \
            answer.""")
    @APIResponse(responseCode = "200", description = "The summary", content = @Content(schema = @Schema(implementation = SummaryView.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response summary(
            @QueryParam("period") @Parameter(description = "The quarter, YYYY-Qn", example = "2017-Q2") String period,
            @QueryParam("includeSubmitted") @Parameter(description = "Also count submitted reports not yet accepted (default false)") Boolean includeSubmitted,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return Responses.hashed(json, figures.summary(actor, quarter(period), Boolean.TRUE.equals(includeSubmitted)),
                ifNoneMatch);
    }

    private static Quarter quarter(String period) {
        String text = Params.text("period", period, 20);
        return text == null ? null : Quarter.parse("period", text);
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
