package ru.karta.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.karta.common.Permissions;

/** Request and response shapes of the people API. */
public final class PersonDtos {

    private PersonDtos() {
    }

    @Schema(name = "PersonInput", description = "A new person of an organisation")
    public record PersonInput(
            @NotBlank @Size(max = 300) @Schema(example = "Петров Пётр Петрович") String name,
            @Size(max = 300) @Schema(example = "Главный инженер", nullable = true) String position,
            @NotNull UUID organisationId,
            @Email @Size(max = 254) @Schema(example = "petrov@example.ru", nullable = true) String email,
            @Size(max = 50) @Schema(example = "+7 4812 00-00-00", nullable = true) String phone) {
    }

    @Schema(name = "PersonPatch", description = "A JSON merge patch of a person: only the fields that change")
    public record PersonPatch(@Size(max = 300) String name, @Size(max = 300) @Schema(nullable = true) String position,
            UUID organisationId, @Schema(nullable = true) String email, @Schema(nullable = true) String phone,
            @Schema(description = "The version the change is based on, when If-Match is not sent") Long version) {
    }

    @Schema(name = "PersonPermissions")
    public record PersonPermissions(
            @Schema(description = "Change name, position, contacts") boolean edit,
            @Schema(description = "Send (or send again) the invitation to sign in") boolean invite,
            @Schema(description = "Disable the account") boolean disable,
            @Schema(description = "Enable the disabled account again") boolean enable,
            @Schema(description = "Grant roles (those in grantableRoles)") boolean grantRoles) implements Permissions {
    }

    @Schema(name = "Person")
    public record PersonView(
            UUID id,
            @Schema(example = "Петров Пётр Петрович") String name,
            @Schema(nullable = true) String position,
            UUID organisationId,
            @Schema(example = "ООО «Композит»") String organisationName,
            @Schema(description = "Null for those who may not see it (not the association, ЦКР or the person's own organisation)", nullable = true) String email,
            @Schema(description = "Null for those who may not see it", nullable = true) String phone,
            @Schema(description = "NONE, INVITED, ACTIVE or DISABLED", example = "ACTIVE") AccountState accountState,
            @Schema(description = "The roles granted to the account", example = "[\"member\"]") List<String> roles,
            @Schema(description = "The roles this caller may grant to this person") List<String> grantableRoles,
            @Schema(nullable = true) Instant invitedAt,
            long version,
            Instant createdAt,
            Instant updatedAt,
            PersonPermissions permissions) {
    }

    @Schema(name = "PersonList")
    public record PersonList(List<PersonView> items, int page, int size, long totalItems) {
    }

    @Schema(name = "RolesInput", description = "The roles the account is to have, exactly")
    public record RolesInput(@NotNull @Size(max = 5) @Schema(example = "[\"member\", \"organisation-admin\"]") List<@NotBlank String> roles) {
    }
}
