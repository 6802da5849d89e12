package ru.karta.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.karta.common.Permissions;

/** Request and response shapes of the bodies API. */
public final class BodyDtos {

    private BodyDtos() {
    }

    @Schema(name = "BodyInput", description = "A new body")
    public record BodyInput(
            @NotNull BodyKind kind,
            @NotBlank @Size(max = 300) @Schema(example = "Научно-технический совет кластера") String name,
            @Size(max = 2000) @Schema(nullable = true) String description) {
    }

    @Schema(name = "BodyPatch", description = "A JSON merge patch of a body")
    public record BodyPatch(@Size(max = 300) String name, @Size(max = 2000) @Schema(nullable = true) String description,
            BodyKind kind,
            @Schema(description = "The version the change is based on, when If-Match is not sent") Long version) {
    }

    @Schema(name = "BodyMemberInput", description = "A new membership; the organisation is the person's")
    public record BodyMemberInput(
            @NotNull UUID personId,
            @NotNull BodyRole role,
            @Schema(description = "The first day; today when omitted", nullable = true) LocalDate from,
            @Schema(description = "The last day; open when omitted", nullable = true) LocalDate to,
            @Size(max = 500) @Schema(description = "For the registry: the federal working group or commission", nullable = true, example = "Рабочая группа Минпромторга России по композитам") String note) {
    }

    @Schema(name = "BodyMemberPatch", description = "A JSON merge patch of a membership: a new role, or its last day (which ends it)")
    public record BodyMemberPatch(BodyRole role, @Schema(nullable = true) LocalDate to,
            @Size(max = 500) @Schema(nullable = true) String note,
            @Schema(description = "The version the change is based on") Long version) {
    }

    @Schema(name = "BodyMember")
    public record BodyMemberView(UUID id, UUID personId, @Schema(example = "Орлов Дмитрий") String personName,
            UUID organisationId, @Schema(example = "АНО «ЦКР Смоленской области»") String organisationName,
            BodyRole role, @Schema(nullable = true) String note, LocalDate from,
            @Schema(nullable = true) LocalDate to,
            @Schema(description = "A member today") boolean current, long version) {
    }

    @Schema(name = "BodyPermissions")
    public record BodyPermissions(@Schema(description = "Rename, describe") boolean edit,
            @Schema(description = "Add members, change roles, end memberships") boolean manageMembers)
            implements Permissions {
    }

    @Schema(name = "Body")
    public record BodyView(UUID id, BodyKind kind, String name, @Schema(nullable = true) String description,
            @Schema(description = "Members today") long memberCount,
            @Schema(description = "Members today first (chair, deputy, secretary, members), then former ones, newest end first") List<BodyMemberView> members,
            long version, Instant createdAt, Instant updatedAt, BodyPermissions permissions) {
    }

    @Schema(name = "BodySummary")
    public record BodySummary(UUID id, BodyKind kind, String name, @Schema(nullable = true) String description,
            @Schema(description = "Members today") long memberCount, Instant updatedAt) {
    }

    @Schema(name = "BodyList")
    public record BodyList(List<BodySummary> items, int page, int size, long totalItems,
            @Schema(description = "Whether this caller may add bodies") boolean mayCreate) {
    }
}
