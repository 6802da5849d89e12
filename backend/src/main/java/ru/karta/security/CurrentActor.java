package ru.karta.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;
import ru.karta.account.AccountRepository;

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

    @Inject
    public CurrentActor(SecurityIdentity identity, JsonWebToken token, AccountRepository accounts) {
        this.identity = identity;
        this.token = token;
        this.accounts = accounts;
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
        return Actor.of(kind, subject, username, name, roles, () -> accounts.findBySubject(subject)
                .map(a -> new Actor.Link(a.organisationId, a.personId)));
    }

    private String claim(String claim, String fallback) {
        Object value = token.getClaim(claim);
        return value instanceof String s && !s.isBlank() ? s : fallback;
    }
}
