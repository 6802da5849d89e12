package ru.karta.security;

import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Quarkus OIDC's bearer token check, run once per token rather than once per request: a request whose token this
 * backend verified before gets the identity made then ({@link VerifiedTokens} says for how long and why that is
 * safe); any other request goes to Quarkus OIDC unchanged (missing, malformed, expired or forged tokens are answered
 * by it, as before), and what it verifies is kept. Asked before Quarkus OIDC's own mechanism (a higher priority).
 */
@ApplicationScoped
public class CachingBearerMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "bearer ";

    private final OidcAuthenticationMechanism oidc;
    private final VerifiedTokens verified;

    public CachingBearerMechanism(OidcAuthenticationMechanism oidc, VerifiedTokens verified) {
        this.oidc = oidc;
        this.verified = verified;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = bearerToken(context);
        if (token == null) {
            // No bearer token: nothing to remember; Quarkus OIDC's mechanism, next in line, decides as before.
            return Uni.createFrom().nullItem();
        }
        long now = System.currentTimeMillis();
        SecurityIdentity known = verified.find(token, now);
        if (known != null) {
            return Uni.createFrom().item(forThisRequest(known, context));
        }
        return oidc.authenticate(context, identityProviderManager)
                .invoke(identity -> verified.remember(token, identity, now));
    }

    /**
     * The identity with this request's own routing context (and whatever else the request carries under the same
     * attribute names) in place of the first request's.
     */
    static SecurityIdentity forThisRequest(SecurityIdentity identity, RoutingContext context) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        for (Map.Entry<String, Object> attribute : identity.getAttributes().entrySet()) {
            Object current = context.get(attribute.getKey());
            if (current != null) {
                builder.addAttribute(attribute.getKey(), current);
            } else if (attribute.getValue() instanceof RoutingContext) {
                builder.addAttribute(attribute.getKey(), context);
            }
        }
        return builder.build();
    }

    private static String bearerToken(RoutingContext context) {
        String header = context.request().getHeader("Authorization");
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority() + 1;
    }
}
