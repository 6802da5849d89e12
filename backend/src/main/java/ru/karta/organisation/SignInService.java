package ru.karta.organisation;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.karta.audit.AuditLog;
import ru.karta.common.ApiException;
import ru.karta.common.Bodies;
import ru.karta.common.ClusterClock;
import ru.karta.identity.KeycloakAdmin;
import ru.karta.organisation.OrganisationDtos.OrganisationView;
import ru.karta.organisation.OrganisationDtos.SignInInput;
import ru.karta.security.Actor;

/**
 * Sign-in for an organisation's people: enabling it makes the organisation a Keycloak Organization (alias: its id)
 * and its existing accounts members of it; a partner's own OIDC provider can be linked with its e-mail domain, so that
 * its staff sign in there. Disabling keeps the Organization but switches it off. Keycloak first, then Karta: when
 * Keycloak is away nothing changes here (503).
 */
@ApplicationScoped
public class SignInService {

    private final OrganisationRepository organisations;
    private final OrganisationPolicy policy;
    private final OrganisationService service;
    private final KeycloakAdmin keycloak;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Validator validator;
    private final ClusterClock clock;

    @Inject
    public SignInService(OrganisationRepository organisations, OrganisationPolicy policy, OrganisationService service,
            KeycloakAdmin keycloak, AuditLog audit, ObjectMapper json, Validator validator, ClusterClock clock) {
        this.organisations = organisations;
        this.policy = policy;
        this.service = service;
        this.keycloak = keycloak;
        this.audit = audit;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public OrganisationView configure(Actor actor, UUID id, JsonNode body) {
        Organisation organisation = organisations.findById(id);
        if (organisation == null) {
            throw ApiException.notFound("organisation");
        }
        policy.requireManageSignIn(actor);
        SignInInput input = Bodies.convert(json, validator, body, SignInInput.class);
        String domain = input.domain() != null ? input.domain() : organisation.signInDomain;
        if (input.identityProvider() != null && domain == null) {
            throw ApiException.badRequest("domain", "problem.sign-in.domain-required");
        }
        if (input.identityProvider() != null && !input.enabled()) {
            throw ApiException.badRequest("identityProvider", "problem.sign-in.provider-needs-enabled");
        }
        AuditLog.Snapshot before = snapshot(organisation);
        if (!input.enabled() && organisation.keycloakOrganizationId == null) {
            return service.view(actor, organisation);
        }
        String kcId = keycloak.upsertOrganization(organisation.keycloakOrganizationId, organisation.id.toString(),
                organisation.displayName(), domain, input.enabled());
        if (input.enabled() && organisation.keycloakOrganizationId == null) {
            List<String> subjects = organisations.getEntityManager()
                    .createQuery("select a.subject from Account a where a.organisationId = :org", String.class)
                    .setParameter("org", id).getResultList();
            for (String subject : subjects) {
                keycloak.addMember(kcId, subject);
            }
        }
        String alias = organisation.identityProviderAlias;
        String issuer = organisation.identityProviderIssuer;
        if (input.identityProvider() != null) {
            var idp = input.identityProvider();
            alias = alias != null ? alias : "org-" + id;
            issuer = idp.issuer().endsWith("/") ? idp.issuer().substring(0, idp.issuer().length() - 1) : idp.issuer();
            keycloak.linkIdentityProvider(kcId, alias,
                    idp.displayName() != null ? idp.displayName() : organisation.displayName(), issuer, idp.clientId(),
                    idp.clientSecret(), domain, roleOf(organisation.kind));
        }
        organisation.keycloakOrganizationId = kcId;
        organisation.signInEnabled = input.enabled();
        organisation.signInDomain = domain;
        organisation.identityProviderAlias = alias;
        organisation.identityProviderIssuer = issuer;
        var changes = before.diff(snapshot(organisation));
        if (!changes.isEmpty()) {
            organisation.updatedAt = clock.now();
            organisations.flush();
            audit.record(actor, OrganisationService.AUDIT_TYPE, id, null,
                    input.enabled() ? "SIGN_IN_ENABLED" : "SIGN_IN_DISABLED", changes);
        }
        return service.view(actor, organisation);
    }

    /** The role people who come through the organisation's own provider get: that of its kind. */
    static String roleOf(OrganisationKind kind) {
        return switch (kind) {
            case ASSOCIATION -> "association";
            case DEVELOPMENT_CENTRE -> "ckr";
            case REGIONAL_AUTHORITY -> "department";
            default -> "member";
        };
    }

    private static AuditLog.Snapshot snapshot(Organisation o) {
        return new AuditLog.Snapshot().put("signInEnabled", o.signInEnabled).put("signInDomain", o.signInDomain)
                .put("identityProviderAlias", o.identityProviderAlias)
                .put("identityProviderIssuer", o.identityProviderIssuer);
    }
}
