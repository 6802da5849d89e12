package ru.karta.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import ru.karta.account.AccountRepository;
import ru.karta.common.ApiException;

/**
 * The actor of the HTTP request being answered, from its bearer token: a service account when Keycloak minted the
 * token for a client (client credentials), otherwise a person. The one place that reads the token; resources pass
 * the actor on to services.
 */
@ApplicationScoped
public class CurrentActor {

    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final AccountRepository accounts;
    private final Revocations revocations;

    @Inject
    public CurrentActor(SecurityIdentity identity, JsonWebToken token, AccountRepository accounts,
            Revocations revocations) {
        this.identity = identity;
        this.token = token;
        this.accounts = accounts;
        this.revocations = revocations;
    }

    @Produces
    @RequestScoped
    Actor actor() {
        String subject = token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        String username = claim("preferred_username", subject);
        String name = claim("name", username);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String claim : identity.getRoles()) {
            Role role = Role.fromClaim(claim);
            if (role != null) {
                roles.add(role);
            }
        }
        Actor.Kind kind = username.startsWith(SERVICE_ACCOUNT_PREFIX) || token.getClaim("client_id") != null
                ? Actor.Kind.SERVICE : Actor.Kind.PERSON;
        if (revocations.refused(subject)) {
            // A disabled account or a revoked script: Keycloak mints no new token, and Karta refuses those still out.
            throw new ApiException(401, "token-refused", "problem.token-refused", null, null, null);
        }
        if (kind == Actor.Kind.SERVICE) {
            String script = revocations.scriptName(subject);
            if (script != null) {
                name = script;
                revocations.used(subject, Instant.now());
            }
        }
        UUID claimed = organisationClaim();
        return Actor.of(kind, subject, username, name, roles, () -> accounts.findBySubject(subject)
                .map(a -> new Actor.Link(a.organisationId, a.personId))
                .or(() -> claimed == null ? Optional.empty() : Optional.of(new Actor.Link(claimed, null))));
    }

    /**
     * The organisation Keycloak says the caller belongs to: its "organization" claim lists the aliases of the
     * caller's Keycloak Organizations, and Karta names each after its organisation's id. Karta's own account row
     * (by subject) wins over the claim: that is where an invited person was linked; the claim covers people who came
     * through a partner's identity provider before Karta first saw them.
     */
    private UUID organisationClaim() {
        Object claim = token.getClaim("organization");
        Object first = null;
        if (claim instanceof java.util.Collection<?> list && list.size() == 1) {
            first = list.iterator().next();
        } else if (claim instanceof jakarta.json.JsonArray array && array.size() == 1) {
            first = array.get(0) instanceof jakarta.json.JsonString s ? s.getString() : null;
        }
        if (first instanceof jakarta.json.JsonString s) {
            first = s.getString();
        }
        if (first instanceof String alias) {
            try {
                return UUID.fromString(alias);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return null;
    }

    private String claim(String claim, String fallback) {
        Object value = token.getClaim(claim);
        return value instanceof String s && !s.isBlank() ? s : fallback;
    }
}
