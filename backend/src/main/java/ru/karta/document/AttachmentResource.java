package ru.karta.document;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import ru.karta.common.ApiException;
import ru.karta.common.Downloads;
import ru.karta.common.OpenApiContract;
import ru.karta.document.AttachmentDtos.AttachmentList;
import ru.karta.document.AttachmentDtos.AttachmentView;
import ru.karta.idempotency.Idempotent;
import ru.karta.security.Actor;
import ru.karta.security.Roles;

/** Evidence files: an item's list and upload, and each file's download and deletion. */
public final class AttachmentResource {

    private static final String PROBLEM = "application/problem+json";

    private AttachmentResource() {
    }

    @Path("/api/v1/roadmap-items/{id}/attachments")
    @Tag(name = "Roadmap documents")
    @RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
    @Produces(MediaType.APPLICATION_JSON)
    public static class OfItem {

        private final AttachmentService attachments;
        private final Actor actor;

        @Inject
        public OfItem(AttachmentService attachments, Actor actor) {
            this.attachments = attachments;
            this.actor = actor;
        }

        @GET
        @Operation(operationId = "listAttachments", summary = "The evidence files of an item and of its progress updates", description = "Whoever may read the item (404 otherwise), oldest first; progressUpdateId says which update a file documents.")
        @APIResponse(responseCode = "200", description = "The files", content = @Content(schema = @Schema(implementation = AttachmentList.class)))
        public AttachmentList list(@PathParam("id") UUID id) {
            return attachments.list(actor, id);
        }

        @POST
        @Consumes(MediaType.MULTIPART_FORM_DATA)
        @Idempotent
        @Parameter(ref = OpenApiContract.IDEMPOTENCY_KEY)
        @Operation(operationId = "uploadAttachment", summary = "Attach an evidence file to the item or to one of its progress updates", description = """
                multipart/form-data: the part "file", and optionally "progressUpdateId" (an update of this item). \
                Who may post progress on the item, while its roadmap is approved (403, 409). Its type is told by its \
                content: PDF, Word, Excel, OpenDocument, text, JPEG, PNG, HEIC, WebP, GIF (415 otherwise); at most \
                20 MB (413).""")
        @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = AttachmentView.class)))
        @APIResponse(responseCode = "413", description = "Larger than the limit", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
        @APIResponse(responseCode = "415", description = "Not multipart, or a type Karta does not keep", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "#/components/schemas/Problem")))
        public Response upload(@PathParam("id") UUID id,
                @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary", description = "The file") FileUpload file,
                @RestForm("progressUpdateId") @Schema(type = SchemaType.STRING, format = "uuid", description = "The progress update it documents") String progressUpdateId) {
            if (file == null) {
                throw ApiException.badRequest("file", "problem.attachment.file-missing");
            }
            AttachmentView view = attachments.upload(actor, id, progressUpdateId, file.fileName(), file.uploadedFile());
            return Response.created(java.net.URI.create(view.downloadUrl())).entity(view).build();
        }
    }

    @Path("/api/v1/attachments")
    @Tag(name = "Roadmap documents")
    @RolesAllowed({ Roles.ASSOCIATION, Roles.CKR, Roles.DEPARTMENT, Roles.MEMBER, Roles.INTEGRATION })
    @Produces(MediaType.APPLICATION_JSON)
    public static class One {

        private final AttachmentService attachments;
        private final Actor actor;

        @Inject
        public One(AttachmentService attachments, Actor actor) {
            this.attachments = attachments;
            this.actor = actor;
        }

        @GET
        @Path("/{id}")
        @Produces({ MediaType.APPLICATION_OCTET_STREAM, MediaType.APPLICATION_JSON })
        @Operation(operationId = "downloadAttachment", summary = "Download an evidence file with its original name", description = "Whoever may read its item; 404 for anyone else, as for a file that does not exist. Content-Type is the type told by its content.")
        @APIResponse(responseCode = "200", description = "The file", headers = {
                @Header(name = "Content-Disposition", description = "attachment; filename=\"…\"; filename*=UTF-8''…", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Digest", description = "sha-256 of the content, base64", schema = @Schema(type = SchemaType.STRING)) }, content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
        public Response download(@PathParam("id") UUID id) {
            AttachmentService.Content content = attachments.download(actor, id);
            AttachmentView view = content.view();
            StreamingOutput body = content.body()::write;
            String ascii = "karta-file-" + view.id().toString().substring(0, 8) + extension(view.fileName());
            return Response.ok(body, view.mediaType()).header("Content-Length", view.size())
                    .header("Content-Disposition", Downloads.attachment(view.fileName(), ascii))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Digest", "sha-256=" + java.util.Base64.getEncoder()
                            .encodeToString(java.util.HexFormat.of().parseHex(view.sha256())))
                    .build();
        }

        @DELETE
        @Path("/{id}")
        @Operation(operationId = "deleteAttachment", summary = "Delete an evidence file (its uploader, the association, ЦКР); the deletion is audited")
        @APIResponse(responseCode = "204", description = "Deleted")
        public Response delete(@PathParam("id") UUID id) {
            attachments.delete(actor, id);
            return Response.noContent().build();
        }

        private static String extension(String name) {
            int dot = name.lastIndexOf('.');
            String ext = dot < 0 ? "" : name.substring(dot);
            return ext.matches("\\.[A-Za-z0-9]{1,6}") ? ext : "";
        }
    }
}
