package ru.karta.organisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationKind kind;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "short_name")
    public String shortName;

    public String inn;
    public String email;
    public String phone;
    public String address;
    public String website;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "organisation_alias", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false)
    public List<String> aliases = new ArrayList<>();

    /** Sign-in: the organisation is a Keycloak Organization (alias: this id), its people sign in (see account/). */
    @Column(name = "sign_in_enabled", nullable = false)
    public boolean signInEnabled;

    @Column(name = "keycloak_organization_id")
    public String keycloakOrganizationId;

    /** The e-mail domain whose users Keycloak sends to the partner's own identity provider. */
    @Column(name = "sign_in_domain")
    public String signInDomain;

    @Column(name = "identity_provider_alias")
    public String identityProviderAlias;

    @Column(name = "identity_provider_issuer")
    public String identityProviderIssuer;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The name a roadmap shows: the short name when there is one. */
    public String displayName() {
        return displayName(shortName, fullName);
    }

    /** The display-name rule, once, for queries that read only the two names. */
    public static String displayName(String shortName, String fullName) {
        return shortName != null && !shortName.isBlank() ? shortName : fullName;
    }
}
