package ru.karta.report;

import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.karta.common.ApiException;
import ru.karta.common.BodyLimit;
import ru.karta.common.Downloads;
import ru.karta.common.Params;
import ru.karta.common.ProblemMappers;
import ru.karta.report.ReportSpreadsheets.Format;
import ru.karta.report.ReportSpreadsheets.Imported;
import ru.karta.report.SpreadsheetDtos.ImportResult;
import ru.karta.security.Actor;
import ru.karta.security.Roles;

/**
 * Quarterly reports in spreadsheets: the exports, a report's template and its upload. Files are answered whatever the
 * request's Accept says (the format parameter and the path choose them); errors are problem documents as everywhere.
 */
@Path("/api/v1/quarterly-reports")
@Tag(name = "Quarterly reports")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
public class ReportSpreadsheetResource {

    private static final String PROBLEM = "application/problem+json";

    private final ReportSpreadsheets spreadsheets;
    private final BodyLimit limits;
    private final Actor actor;

    @Inject
    public ReportSpreadsheetResource(ReportSpreadsheets spreadsheets, BodyLimit limits, Actor actor) {
        this.spreadsheets = spreadsheets;
        this.limits = limits;
        this.actor = actor;
    }

    @GET
    @Path("/export")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "exportQuarterlyReports", summary = "Export the reports of a quarter or a year as XLSX or CSV (every role; organisation rows as the caller may read them)", description = """
            XLSX: a sheet per quarter ("2017-Q2") with a row per organisation (status, when it was sent, timeliness, \
            every entered and computed indicator of the form, the comment N01), the cluster's totals exactly as the \
            consolidated summary gives them (over ACCEPTED reports, with includeSubmitted=true also SUBMITTED ones; \
            blank where no counted report filled a value, never zero) and how many reports each total is made of; \
            and a sheet "Сдача отчётов" with the completeness matrix of the year (organisation × quarter, timeliness \
            in words). CSV (for Russian Excel): UTF-8 with a byte order mark, ";" between fields, a decimal comma \
            without thousands separators (15234,5), times as "2017-07-15 10:30" in the cluster's time zone, blank \
            for not reported; a row per organisation × quarter, then each quarter's totals row ("Итого по \
            кластеру"); the header names each indicator's column by its code first ("R01 Выручка…"). Rows of single \
            organisations: every expected organisation (and any other with a report) for the association and ЦКР, \
            its own organisation's for a member; departments and scripts get the totals and completeness only, \
            which every role may read. Without year and period: the quarter before the current one. The file name \
            comes in Content-Disposition (filename* in UTF-8, RFC 5987).""")
    @APIResponse(responseCode = "200", description = "The file", headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"karta-reports-2017-Q2.xlsx\"; filename*=UTF-8''…", schema = @Schema(type = SchemaType.STRING)), content = {
            @Content(mediaType = Downloads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = Downloads.CSV, schema = @Schema(type = SchemaType.STRING)) })
    public Response export(
            @QueryParam("period") @Parameter(description = "One quarter, YYYY-Qn", example = "2017-Q2") String period,
            @QueryParam("year") @Parameter(description = "A year: its four quarters, instead of a period", example = "2017", schema = @Schema(type = SchemaType.INTEGER, minimum = "1990", maximum = "2200")) Integer year,
            @QueryParam("format") @Parameter(description = "xlsx (default) or csv", schema = @Schema(enumeration = {
                    "xlsx", "csv" }, type = SchemaType.STRING)) String format,
            @QueryParam("includeSubmitted") @Parameter(description = "Totals also over submitted reports not yet accepted (default false)") Boolean includeSubmitted,
            @Context HttpHeaders headers) {
        Format chosen = format(format);
        String text = Params.text("period", period, 20);
        Quarter quarter = text == null ? null : Quarter.parse("period", text);
        return file(spreadsheets.export(actor, year, quarter, Boolean.TRUE.equals(includeSubmitted), chosen,
                ProblemMappers.locale(headers)));
    }

    @GET
    @Path("/{id}/template.xlsx")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getQuarterlyReportTemplate", summary = "The report as an XLSX template to fill in Excel or LibreOffice (whoever may read the report)", description = """
            One sheet: the form's title, the organisation, the quarter, the form version and the report's id at the \
            top, then a row per indicator under its section: code, name, unit, the value cell (filled with the \
            report's value, if any) and the form's rules in words. Only the value cells of entered indicators and the \
            comment N01 take input, and only numbers (blank: not reported); computed indicators are formulas of the \
            form's arithmetic. Upload the filled file to /import. Labels in the caller's language.""")
    @APIResponse(responseCode = "200", description = "The template", headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"karta-report-2017-Q2.xlsx\"; filename*=UTF-8''…", schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = Downloads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return file(spreadsheets.template(actor, id, ProblemMappers.locale(headers)));
    }

    @POST
    @Path("/{id}/import")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importQuarterlyReport", summary = "Upload a filled template: preview what changes (dryRun=true), or save its values (the report's organisation)", description = """
            The body is the XLSX file itself (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, \
            or application/octet-stream), as downloaded from template.xlsx and filled; at most 2 MB. It is read \
            against the report's form: the file must be this report's template (its id, quarter and form version), \
            every entered indicator on a row of its own, a number or a blank in each value cell (a number written as \
            text, "1 234,5", is read too). dryRun=true saves nothing and answers every indicator's value in the \
            report and in the file, which change, and the issues the form's rules find in the file's values. \
            Without it the file's values and comment replace the report's like PUT (values left blank become blank), \
            on the version named by If-Match or the version parameter (required; a dry run answers it). Checked as \
            PUT: 404 when the report is not visible, 403 when the caller is not its organisation, 409 when it is \
            submitted, accepted or locked. A file that is not an XLSX, not a template of this report, of another \
            form, or with a text where a number belongs answers 400 naming the file, the field or the cell.""")
    @RequestBody(required = true, content = @Content(mediaType = Downloads.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "The preview, or what was saved", content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "The file cannot be read as this report's template; errors names the file, the values or the cells", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "413", description = "The file is larger than 2 MB", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "415", description = "The body is not an XLSX file", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "428", description = "A save must name its version (If-Match or the version parameter)", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response importFile(@PathParam("id") UUID id,
            @QueryParam("dryRun") @Parameter(description = "Preview only, save nothing (default false)") Boolean dryRun,
            @QueryParam("version") @Parameter(description = "The version the upload is based on, when If-Match is not sent", schema = @Schema(type = SchemaType.INTEGER, minimum = "0")) Integer version,
            @HeaderParam("If-Match") String ifMatch, @Context HttpHeaders headers, @Context UriInfo uri,
            InputStream body) {
        if (version != null && version < 0) {
            throw ApiException.badRequest("version", "problem.param.version");
        }
        byte[] file = limits.read(body, uri.getRequestUri().getRawPath());
        Locale locale = ProblemMappers.locale(headers);
        Imported imported = spreadsheets.importFile(actor, id, headers.getHeaderString(HttpHeaders.CONTENT_TYPE), file,
                Boolean.TRUE.equals(dryRun), ifMatch, version, locale);
        return Response.ok(imported.result(), MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.ETAG, imported.etag()).build();
    }

    private static Format format(String value) {
        String text = Params.text("format", value, 10);
        if (text == null) {
            return Format.XLSX;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "xlsx" -> Format.XLSX;
            case "csv" -> Format.CSV;
            default -> throw ApiException.badRequest("format", "problem.param.enum", text.length() > 40
                    ? text.substring(0, 40) + "…" : text, "xlsx, csv");
        };
    }

    private static Response file(Downloads.File download) {
        return Downloads.response(download);
    }
}
