package ru.karta.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ru.karta.common.Versions;
import ru.karta.security.Roles;

@Path("/api/v1/report-forms")
@Tag(name = "Quarterly reports", description = "The report form of member organisations (Приложение 1), their quarterly reports, submitting and review")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class ReportFormResource {

    private final ReportFormService forms;

    @Inject
    public ReportFormResource(ReportFormService forms) {
        this.forms = forms;
    }

    @GET
    @Path("/current")
    @Operation(operationId = "getCurrentReportForm", summary = "The report form in force for the current quarter", description = "Its indicators (entered and computed) and the validation rules the server applies, for the browser to apply the same. Reports keep the version they were created with: read it with getReportForm.")
    @APIResponse(responseCode = "200", description = "The form; ETag names its version", content = @Content(schema = @Schema(implementation = FormDefinition.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response current(@HeaderParam("If-None-Match") String ifNoneMatch) {
        return answer(forms.current(), ifNoneMatch);
    }

    @GET
    @Path("/{version}")
    @Operation(operationId = "getReportForm", summary = "One version of the report form")
    @APIResponse(responseCode = "200", description = "The form; ETag names its version", content = @Content(schema = @Schema(implementation = FormDefinition.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such version", content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response version(@PathParam("version") @Parameter(description = "The form version, 1, 2, …", example = "1") String version,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return answer(forms.version(version), ifNoneMatch);
    }

    private static Response answer(FormDefinition form, String ifNoneMatch) {
        String etag = ReportFormService.etag(form);
        if (Versions.notModified(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(form).header(HttpHeaders.ETAG, etag).build();
    }
}
