package ru.karta.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.databind.JsonNode;

import ru.karta.common.ApiException;
import ru.karta.common.BodyLimit;
import ru.karta.common.OpenApiContract;
import ru.karta.common.ProblemMappers;
import ru.karta.common.Responses;
import ru.karta.document.ImportDtos.CommitInput;
import ru.karta.document.ImportDtos.ImportPreview;
import ru.karta.idempotency.Idempotent;
import ru.karta.roadmap.RoadmapDtos.RoadmapView;
import ru.karta.security.Actor;
import ru.karta.security.Roles;

@Path("/api/v1/roadmap-imports")
@Tag(name = "Roadmap documents", description = "A roadmap from its Word table or text export, with a preview before anything changes")
@RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
@Produces(MediaType.APPLICATION_JSON)
public class RoadmapImportResource {

    private static final String PROBLEM = "application/problem+json";

    private final RoadmapImportService imports;
    private final BodyLimit limits;
    private final Actor actor;

    @Inject
    public RoadmapImportResource(RoadmapImportService imports, BodyLimit limits, Actor actor) {
        this.imports = imports;
        this.limits = limits;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Idempotent
    @Parameter(ref = OpenApiContract.IDEMPOTENCY_KEY)
    @Operation(operationId = "createRoadmapImport", summary = "Read a roadmap document into a preview (association, ЦКР); nothing changes until it is committed", description = """
            multipart/form-data with the document as the part "file": a Word document (DOCX) whose table has the \
            usual headers (№, мероприятие, сроки, ответственный, оказание содействия, ожидаемый результат, \
            примечание, in any order; merged and multi-paragraph cells are read), or the table's plain-text export \
            (UTF-8 or Windows-1251). The type is told by the content, not the name: an old .doc or anything binary is \
            a 415. The preview gives each item with its deadline as understood (or a warning, never a guessed date), \
            the organisations matched to known ones or proposed as new, and warnings. At most 6 MB.""")
    @APIResponse(responseCode = "201", description = "The preview", content = @Content(schema = @Schema(implementation = ImportPreview.class)))
    @APIResponse(responseCode = "400", description = "Not a readable roadmap: corrupt, no table, a zip bomb; errors names the file", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "413", description = "Larger than 6 MB", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    @APIResponse(responseCode = "415", description = "Not multipart, or the file is neither a DOCX nor text", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response create(@RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary", description = "The roadmap: a Word document (.docx) with its table, or the table's plain-text export") FileUpload file,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        if (file == null) {
            throw ApiException.badRequest("file", "problem.roadmap-import.file-missing");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            bytes = limits.read(in, uri.getRequestUri().getRawPath());
        } catch (IOException e) {
            throw ApiException.badRequest("file", "problem.upload.unreadable");
        }
        ImportPreview preview = imports.read(actor, file.fileName(), bytes, ProblemMappers.locale(headers));
        return Response.created(uri.getBaseUriBuilder().path("/api/v1/roadmap-imports/" + preview.id()).build())
                .entity(preview).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRoadmapImport", summary = "The preview of an import (association, ЦКР)")
    @APIResponse(responseCode = "200", description = "The preview", content = @Content(schema = @Schema(implementation = ImportPreview.class)))
    public ImportPreview get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return imports.get(actor, id, ProblemMappers.locale(headers));
    }

    @POST
    @Path("/{id}/commit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Parameter(ref = OpenApiContract.IDEMPOTENCY_KEY)
    @Operation(operationId = "commitRoadmapImport", summary = "Make the preview a new draft roadmap, as one transaction (association, ЦКР)", description = """
            The body holds the choices made on the preview (all optional): the title and period, items left out, \
            deadlines given where the document's was not understood, organisations chosen for an item, and \
            proposed organisations mapped to existing ones or created with a name and kind (creating them is the \
            association's; ЦКР gets a 403 while an item still names one). An item without an understood deadline or \
            without a responsible organisation is a 400 naming it. A second commit is a 409.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = CommitInput.class)))
    @APIResponse(responseCode = "201", description = "The new draft roadmap", content = @Content(schema = @Schema(implementation = RoadmapView.class)))
    @APIResponse(responseCode = "409", description = "Already committed", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response commit(@PathParam("id") UUID id, JsonNode body) {
        RoadmapView view = imports.commit(actor, id, body);
        return Responses.created("/api/v1/roadmaps/" + view.id(), view, view.version(), view.permissions());
    }
}
