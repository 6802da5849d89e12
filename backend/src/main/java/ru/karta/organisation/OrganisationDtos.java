package ru.karta.organisation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.karta.common.Permissions;

/** Request and response shapes of the organisations API. */
public final class OrganisationDtos {

    private OrganisationDtos() {
    }

    @Schema(name = "Contacts")
    public record Contacts(
            @Email @Size(max = 254) @Schema(example = "info@example.ru", nullable = true) String email,
            @Size(max = 50) @Schema(example = "+7 4812 00-00-00", nullable = true) String phone,
            @Size(max = 500) @Schema(nullable = true) String address,
            @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{ru.karta.url.message}") @Schema(nullable = true) String website) {

        static Contacts of(Organisation o) {
            return new Contacts(o.email, o.phone, o.address, o.website);
        }
    }

    @Schema(name = "Organisation")
    public record OrganisationView(
            UUID id,
            OrganisationKind kind,
            @Schema(example = "Департамент инвестиционного развития Смоленской области") String fullName,
            @Schema(nullable = true) String shortName,
            @Schema(description = "The name roadmaps show: the short name when there is one, else the full name") String displayName,
            @Schema(description = "ИНН, 10 or 12 digits", nullable = true) String inn,
            @Schema(description = "Other names the organisation appears under in documents") List<String> aliases,
            Contacts contacts,
            long version,
            Instant createdAt,
            Instant updatedAt,
            SignIn signIn,
            OrganisationPermissions permissions) {
    }

    @Schema(name = "OrganisationPermissions", description = "What the caller may do with this organisation now")
    public record OrganisationPermissions(
            @Schema(description = "Change any field") boolean edit,
            @Schema(description = "Change its contacts (a member enterprise: its own)") boolean editContacts,
            @Schema(description = "Delete it (refused with 409 while anything refers to it)") boolean delete,
            @Schema(description = "Enable or disable sign-in for its people, link its identity provider (association)") boolean manageSignIn)
            implements Permissions {
    }

    @Schema(name = "SignIn", description = "Whether the organisation's people sign in to Karta (it is then a Keycloak Organization), and how")
    public record SignIn(boolean enabled,
            @Schema(description = "The e-mail domain of its people; with an identity provider, addresses of this domain sign in there", example = "agro-partner.example", nullable = true) String domain,
            @Schema(nullable = true) IdentityProviderView identityProvider) {
    }

    @Schema(name = "IdentityProvider", description = "The partner's own OIDC identity provider (corporate sign-in); its secret is never shown")
    public record IdentityProviderView(@Schema(example = "org-agro-partner") String alias,
            @Schema(example = "https://sso.agro-partner.example/realms/staff") String issuer) {
    }

    @Schema(name = "SignInInput", description = "Enable (or disable) sign-in; optionally the e-mail domain and the partner's OIDC identity provider")
    public record SignInInput(@NotNull Boolean enabled,
            @Size(max = 253) @Pattern(regexp = "[a-z0-9-]{1,63}(\\.[a-z0-9-]{1,63}){1,8}", message = "{ru.karta.domain.message}") @Schema(example = "agro-partner.example", nullable = true) String domain,
            @Valid @Schema(nullable = true) IdentityProviderInput identityProvider) {
    }

    @Schema(name = "IdentityProviderInput", description = "An OIDC provider: its issuer URL and the client Karta's Keycloak is registered as there")
    public record IdentityProviderInput(
            @NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{ru.karta.url.message}") @Schema(example = "https://sso.agro-partner.example/realms/staff") String issuer,
            @NotBlank @Size(max = 200) @Schema(example = "karta-broker") String clientId,
            @NotBlank @Size(max = 500) String clientSecret,
            @Size(max = 200) @Schema(example = "Вход для сотрудников АгроПартнёра", nullable = true) String displayName) {
    }

    @Schema(name = "OrganisationPatch", description = "A JSON merge patch of an organisation: only the fields that change; version (or If-Match) names what it is based on")
    public record OrganisationPatch(
            OrganisationKind kind,
            @Size(max = 500) String fullName,
            @Size(max = 200) @Schema(nullable = true) String shortName,
            @Schema(nullable = true) String inn,
            @Size(max = 50) @Schema(nullable = true) List<String> aliases,
            @Schema(nullable = true) Contacts contacts,
            @Schema(description = "The version the change is based on, when If-Match is not sent") Long version) {
    }

    @Schema(name = "OrganisationInput", description = "A new organisation")
    public record OrganisationInput(
            @NotNull OrganisationKind kind,
            @NotBlank @Size(max = 500) String fullName,
            @Size(max = 200) String shortName,
            @Inn @Schema(example = "6731000000") String inn,
            @Size(max = 50) List<@NotBlank @Size(max = 500) String> aliases,
            @Valid Contacts contacts) {
    }

    @Schema(name = "OrganisationList")
    public record OrganisationList(List<OrganisationView> items, int page, int size, long totalItems) {
    }
}
