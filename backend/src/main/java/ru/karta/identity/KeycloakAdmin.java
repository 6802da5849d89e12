package ru.karta.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import io.quarkus.logging.Log;
import ru.karta.common.ApiException;

/**
 * Karta's only door into Keycloak: its own confidential client drives the admin API (users, organizations, identity
 * providers, script clients). Every failure to reach Keycloak, or a refusal of Karta's client, becomes a 503
 * problem+json; callers make their Keycloak calls before they change anything in Karta's database, so a failure
 * leaves Karta as it was.
 */
@ApplicationScoped
public class KeycloakAdmin {

    /** The realm roles Karta grants; any other role a user has in Keycloak is left alone. */
    public static final Set<String> GRANTED_ROLES = Set.of("association", "ckr", "department", "member",
            "organisation-admin");
    public static final String INTEGRATION_ROLE = "integration";
    public static final String API_AUDIENCE = "karta-api";

    private final IdentityConfig config;
    private volatile Keycloak keycloak;

    @Inject
    public KeycloakAdmin(IdentityConfig config) {
        this.config = config;
    }

    @PreDestroy
    void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    private RealmResource realm() {
        Keycloak client = keycloak;
        if (client == null) {
            synchronized (this) {
                if (keycloak == null) {
                    keycloak = KeycloakBuilder.builder().serverUrl(config.url()).realm(config.realm())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(config.clientId())
                            .clientSecret(config.clientSecret()).build();
                }
                client = keycloak;
            }
        }
        return client.realm(config.realm());
    }

    /** Runs one admin call; unreachable or refusing Keycloak is a 503, a 404 of Keycloak's comes back as null. */
    private <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 404) {
                return null;
            }
            if (status == 409) {
                throw ApiException.conflict("identity-conflict", "problem.identity.conflict", "—");
            }
            if (status == 400) {
                Log.warnf("Keycloak refused a request of Karta's: %s", e.getMessage());
                throw ApiException.conflict("identity-refused", "problem.identity.refused");
            }
            throw IdentityUnavailable.of(e);
        } catch (ProcessingException e) {
            throw IdentityUnavailable.of(e);
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            throw IdentityUnavailable.of(e);
        }
    }

    /**
     * PUT of a representation as UTF-8 JSON. The admin client's own PUTs lose every non-Latin letter on the way
     * (Keycloak stored "???" for a Russian name; its POSTs are fine), so updates go this way, with the same token.
     */
    private void put(String path, Object representation) {
        try {
            realm();
            byte[] body = JSON.writeValueAsBytes(representation);
            java.net.http.HttpRequest request = java.net.http.HttpRequest
                    .newBuilder(java.net.URI.create(config.url() + "/admin/realms/" + config.realm() + path))
                    .timeout(java.time.Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + keycloak.tokenManager().getAccessTokenString())
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build();
            int status = HTTP.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 300) {
                throw new WebApplicationException("Keycloak refused PUT " + path, status);
            }
        } catch (java.io.IOException e) {
            throw IdentityUnavailable.of(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw IdentityUnavailable.of(e);
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);
    private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .connectTimeout(java.time.Duration.ofSeconds(5)).build();

    private void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    private static String created(Response response, String what) {
        try (response) {
            if (response.getStatus() == 409) {
                throw ApiException.conflict("identity-conflict", "problem.identity.conflict", what);
            }
            if (response.getStatus() >= 300) {
                throw new WebApplicationException("Keycloak refused to create " + what, response.getStatus());
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    private static void ok(Response response, String what) {
        try (response) {
            if (response.getStatus() >= 300 && response.getStatus() != 409) {
                throw new WebApplicationException("Keycloak refused: " + what, response.getStatus());
            }
        }
    }

    // ---- organizations ---------------------------------------------------------------------------------------

    /** Creates the Keycloak Organization of an organisation (alias: its id) or updates the one it has. */
    public String upsertOrganization(String existingId, String organisationId, String name, String domain,
            boolean enabled) {
        return call(() -> {
            OrganizationRepresentation rep = existingId == null ? null
                    : call(() -> realm().organizations().get(existingId).toRepresentation());
            if (rep == null) {
                // Karta forgot it (a restored or fresh database): the Organization named after this organisation's id
                rep = realm().organizations().list(0, 10_000).stream()
                        .filter(o -> organisationId.equals(o.getAlias())).findFirst().orElse(null);
            }
            if (rep == null) {
                rep = new OrganizationRepresentation();
                rep.setAlias(organisationId);
                fill(rep, organisationId, name, domain, enabled);
                return created(realm().organizations().create(rep), "organization " + name);
            }
            fill(rep, organisationId, name, domain, enabled);
            put("/organizations/" + rep.getId(), rep);
            return rep.getId();
        });
    }

    private static void fill(OrganizationRepresentation rep, String organisationId, String name, String domain,
            boolean enabled) {
        // Keycloak wants organization names unique and at most 255 characters; the id keeps two equal names apart.
        String unique = name.length() > 200 ? name.substring(0, 200) : name;
        rep.setName(unique + " · " + organisationId.substring(0, 8));
        rep.setEnabled(enabled);
        rep.setDescription(name);
        // Keycloak needs at least one domain; an organisation without one of its own gets a reserved .invalid one.
        if (rep.getDomains() != null) {
            for (OrganizationDomainRepresentation old : List.copyOf(rep.getDomains())) {
                rep.removeDomain(old);
            }
        }
        rep.addDomain(new OrganizationDomainRepresentation(domain != null ? domain : organisationId + ".invalid"));
    }

    public void deleteOrganization(String organizationId) {
        run(() -> {
            try (Response response = realm().organizations().get(organizationId).delete()) {
                if (response.getStatus() >= 300 && response.getStatus() != 404) {
                    throw new WebApplicationException("Keycloak refused to delete an organization", response.getStatus());
                }
            }
        });
    }

    public void addMember(String organizationId, String userId) {
        run(() -> ok(realm().organizations().get(organizationId).members().addMember(userId), "membership"));
    }

    /**
     * Links the partner's OIDC provider to its organization: users typing an address of the domain on the login page
     * are sent there and come back as members, with the given realm role.
     */
    public void linkIdentityProvider(String organizationId, String alias, String displayName, String issuer,
            String clientId, String clientSecret, String domain, String role) {
        run(() -> {
            IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
            idp.setAlias(alias);
            idp.setDisplayName(displayName);
            idp.setProviderId("oidc");
            idp.setEnabled(true);
            idp.setTrustEmail(true);
            idp.setHideOnLogin(true);
            Map<String, String> c = new HashMap<>();
            String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
            c.put("issuer", base);
            c.put("authorizationUrl", base + "/protocol/openid-connect/auth");
            c.put("tokenUrl", base + "/protocol/openid-connect/token");
            c.put("userInfoUrl", base + "/protocol/openid-connect/userinfo");
            c.put("jwksUrl", base + "/protocol/openid-connect/certs");
            c.put("logoutUrl", base + "/protocol/openid-connect/logout");
            c.put("useJwksUrl", "true");
            c.put("validateSignature", "true");
            c.put("clientId", clientId);
            c.put("clientSecret", clientSecret);
            c.put("clientAuthMethod", "client_secret_post");
            c.put("defaultScope", "openid email profile");
            c.put("loginHint", "true");
            c.put("pkceEnabled", "true");
            c.put("pkceMethod", "S256");
            c.put("syncMode", "IMPORT");
            c.put("kc.org.domain", domain);
            c.put("kc.org.broker.redirect.mode.email-matches", "true");
            idp.setConfig(c);
            IdentityProviderRepresentation existing = call(() -> realm().identityProviders().get(alias).toRepresentation());
            if (existing == null) {
                created(realm().identityProviders().create(idp), "identity provider " + alias);
            } else {
                idp.setInternalId(existing.getInternalId());
                put("/identity-providers/instances/" + alias, idp);
            }
            if (realm().identityProviders().get(alias).getMappers().stream()
                    .noneMatch(m -> m.getName().equals("karta role"))) {
                IdentityProviderMapperRepresentation mapper = new IdentityProviderMapperRepresentation();
                mapper.setName("karta role");
                mapper.setIdentityProviderAlias(alias);
                mapper.setIdentityProviderMapper("oidc-hardcoded-role-idp-mapper");
                mapper.setConfig(Map.of("role", role, "syncMode", "INHERIT"));
                ok(realm().identityProviders().get(alias).addMapper(mapper), "identity provider mapper");
            }
            boolean linked = realm().organizations().get(organizationId).identityProviders().getIdentityProviders()
                    .stream().anyMatch(p -> alias.equals(p.getAlias()));
            if (!linked) {
                ok(realm().organizations().get(organizationId).identityProviders().addIdentityProvider(alias),
                        "link of identity provider " + alias);
            }
        });
    }

    // ---- users -------------------------------------------------------------------------------------------------

    /** The user with this e-mail, or a new one (enabled, e-mail not yet verified); returns its id (the subject). */
    public String ensureUser(String email, String firstName, String lastName) {
        return call(() -> {
            List<UserRepresentation> found = realm().users().searchByEmail(email, true);
            if (!found.isEmpty()) {
                return found.get(0).getId();
            }
            UserRepresentation user = new UserRepresentation();
            user.setUsername(email);
            user.setEmail(email);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEnabled(true);
            user.setEmailVerified(false);
            user.setAttributes(Map.of("locale", List.of("ru")));
            user.setRequiredActions(List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"));
            return created(realm().users().create(user), "user " + email);
        });
    }

    /** Keycloak's own mail: a link to set the password (and verify the e-mail) that leads back to the SPA. */
    public void sendInvitation(String userId) {
        run(() -> realm().users().get(userId).executeActionsEmail(config.webClientId(), config.appUrl(),
                config.invitationHours() * 3600, List.of("UPDATE_PASSWORD", "VERIFY_EMAIL")));
    }

    public void setEnabled(String userId, boolean enabled) {
        run(() -> {
            UserRepresentation user = realm().users().get(userId).toRepresentation();
            user.setEnabled(enabled);
            put("/users/" + userId, user);
            if (!enabled) {
                realm().users().get(userId).logout();
            }
        });
    }

    public void updateUserName(String userId, String firstName, String lastName) {
        run(() -> {
            UserRepresentation user = realm().users().get(userId).toRepresentation();
            user.setFirstName(firstName);
            user.setLastName(lastName);
            put("/users/" + userId, user);
        });
    }

    /** Makes the user's realm roles among {@link #GRANTED_ROLES} exactly these. */
    public void setRoles(String userId, Set<String> roles) {
        run(() -> {
            var mapping = realm().users().get(userId).roles().realmLevel();
            List<RoleRepresentation> current = mapping.listAll();
            List<RoleRepresentation> remove = current.stream()
                    .filter(r -> GRANTED_ROLES.contains(r.getName()) && !roles.contains(r.getName())).toList();
            List<RoleRepresentation> add = new ArrayList<>();
            for (String role : roles) {
                if (current.stream().noneMatch(r -> r.getName().equals(role))) {
                    add.add(realm().roles().get(role).toRepresentation());
                }
            }
            if (!remove.isEmpty()) {
                mapping.remove(remove);
            }
            if (!add.isEmpty()) {
                mapping.add(add);
            }
        });
    }

    // ---- script clients ------------------------------------------------------------------------------------------

    public record ScriptClient(String keycloakId, String subject, String secret) {
    }

    /** A confidential client with client credentials only, the karta-api audience and the integration role. */
    public ScriptClient createScriptClient(String clientId, String name) {
        return call(() -> {
            ClientRepresentation client = new ClientRepresentation();
            client.setClientId(clientId);
            client.setName(name);
            client.setDescription("Сценарий интеграции, заведён в Карте");
            client.setProtocol("openid-connect");
            client.setPublicClient(false);
            client.setClientAuthenticatorType("client-secret");
            client.setStandardFlowEnabled(false);
            client.setImplicitFlowEnabled(false);
            client.setDirectAccessGrantsEnabled(false);
            client.setServiceAccountsEnabled(true);
            client.setFullScopeAllowed(true);
            ProtocolMapperRepresentation audience = new ProtocolMapperRepresentation();
            audience.setName("audience " + API_AUDIENCE);
            audience.setProtocol("openid-connect");
            audience.setProtocolMapper("oidc-audience-mapper");
            audience.setConfig(Map.of("included.custom.audience", API_AUDIENCE, "access.token.claim", "true",
                    "id.token.claim", "false", "introspection.token.claim", "true"));
            client.setProtocolMappers(List.of(audience));
            String id = created(realm().clients().create(client), "client " + clientId);
            try {
                UserRepresentation user = realm().clients().get(id).getServiceAccountUser();
                realm().users().get(user.getId()).roles().realmLevel()
                        .add(List.of(realm().roles().get(INTEGRATION_ROLE).toRepresentation()));
                String secret = realm().clients().get(id).getSecret().getValue();
                return new ScriptClient(id, user.getId(), secret);
            } catch (RuntimeException e) {
                // Half-made clients are not left behind: a script client without its role is of no use.
                try {
                    realm().clients().get(id).remove();
                } catch (RuntimeException cleanup) {
                    Log.warnf("could not remove the half-made client %s: %s", clientId, cleanup);
                }
                throw e;
            }
        });
    }

    /** A new secret; the old one stops working at once. */
    public String rotateSecret(String keycloakId) {
        return call(() -> {
            String secret = realm().clients().get(keycloakId).generateNewSecret().getValue();
            realm().clients().get(keycloakId).invalidateRotatedSecret();
            return secret;
        });
    }

    /** Deletes the client: its secret and any token it holds stop working (tokens at their expiry at the latest). */
    public void deleteClient(String keycloakId) {
        run(() -> realm().clients().get(keycloakId).remove());
    }
}
