package ru.karta.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's view of evidence files. */
public final class AttachmentDtos {

    private AttachmentDtos() {
    }

    @Schema(name = "Attachment", description = "An evidence file on an item, or on one of its progress updates")
    public record AttachmentView(
            UUID id,
            UUID itemId,
            @Schema(nullable = true, description = "The progress update it documents; null for the item itself") UUID progressUpdateId,
            @Schema(description = "The name it was uploaded with", example = "Соглашение № 12.pdf") String fileName,
            @Schema(description = "Told by the content", example = "application/pdf") String mediaType,
            @Schema(description = "Bytes") long size,
            @Schema(description = "SHA-256 of the content, hex") String sha256,
            Instant createdAt,
            @Schema(description = "Who uploaded it") String createdBy,
            @Schema(nullable = true) UUID authorOrganisationId,
            @Schema(example = "/api/v1/attachments/0b6e…") String downloadUrl,
            AttachmentPermissions permissions) {
    }

    @Schema(name = "AttachmentPermissions")
    public record AttachmentPermissions(@Schema(description = "Delete it (its uploader, the association, ЦКР)") boolean delete) {
    }

    @Schema(name = "AttachmentList")
    public record AttachmentList(List<AttachmentView> items,
            @Schema(description = "Upload a file here (who may post progress on the item, while its roadmap is approved)") boolean canUpload,
            @Schema(description = "The largest file, bytes") long maxSize) {
    }
}
