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
                .invoke(identity -> verified.remember(token, detached(identity, context), now));
    }

    /** Stands, in a remembered identity, for the request's routing context. */
    private static final Object ROUTING_CONTEXT = new Object();
    /** Stands, in a remembered identity, for what the request carried under the attribute's name. */
    private static final Object REQUEST_DATA = new Object();

    /**
     * The identity to remember: what belonged to the request that verified the token (its routing context, with its
     * headers and body, and what it carried under the same attribute names) replaced by markers, so that the cache
     * holds no request after it has been answered.
     */
    static SecurityIdentity detached(SecurityIdentity identity, RoutingContext context) {
        if (identity == null) {
            return null;
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        for (Map.Entry<String, Object> attribute : identity.getAttributes().entrySet()) {
            Object value = attribute.getValue();
            if (value instanceof RoutingContext) {
                builder.addAttribute(attribute.getKey(), ROUTING_CONTEXT);
            } else if (value != null && value == context.get(attribute.getKey())) {
                builder.addAttribute(attribute.getKey(), REQUEST_DATA);
            }
        }
        return builder.build();
    }

    /** A remembered identity with this request's routing context and data where the first request's were. */
    static SecurityIdentity forThisRequest(SecurityIdentity identity, RoutingContext context) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        for (Map.Entry<String, Object> attribute : identity.getAttributes().entrySet()) {
            if (attribute.getValue() == ROUTING_CONTEXT) {
                builder.addAttribute(attribute.getKey(), context);
            } else if (attribute.getValue() == REQUEST_DATA) {
                builder.addAttribute(attribute.getKey(), context.get(attribute.getKey()));
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
