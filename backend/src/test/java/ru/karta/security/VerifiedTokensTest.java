package ru.karta.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.asToken;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.web.RoutingContext;
import ru.karta.support.TestTokens;
import ru.karta.support.TestTokens.Demo;

/**
 * A token is verified once per backend, not on every request, and the cache lets through nothing that verifying
 * again would refuse: an expired token, a token changed in any character, a token of a disabled account
 * (AccountsKeycloakTest) are refused as before.
 */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens verified;

    private static String fresh(Demo user, Instant expiresAt) {
        return TestTokens.sign(TestTokens.claims(user.subject, user.username, user.name, user.roles)
                .claim("jti", UUID.randomUUID().toString()).expiresAt(expiresAt));
    }

    @Test
    void shouldVerifyATokenOnceAndAnswerItsLaterRequestsFromTheCache() {
        String token = fresh(Demo.DEPARTMENT, Instant.now().plusSeconds(600));
        long misses = verified.misses();
        long hits = verified.hits();
        for (int i = 0; i < 3; i++) {
            asToken(token).get("/api/v1/me").then().statusCode(200)
                    .body("username", org.hamcrest.Matchers.equalTo("department"))
                    .body("roles", org.hamcrest.Matchers.equalTo(java.util.List.of("department")));
        }
        assertEquals(1, verified.misses() - misses, "verified once");
        assertEquals(2, verified.hits() - hits, "then answered from the cache");
    }

    @Test
    void shouldRefuseACachedTokenOnceItHasExpired() throws InterruptedException {
        Instant expiry = Instant.now().plusSeconds(2);
        String token = fresh(Demo.ASSOCIATION, expiry);
        asToken(token).get("/api/v1/me").then().statusCode(200);
        asToken(token).get("/api/v1/me").then().statusCode(200);
        // exp is in whole seconds: wait until the second it names has passed
        Thread.sleep(Math.max(0, expiry.getEpochSecond() * 1000 + 1100 - System.currentTimeMillis()));
        asToken(token).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void shouldRefuseATokenWhoseClaimsWereChangedAfterTheOriginalWasCached() {
        String member = fresh(Demo.MEMBER, Instant.now().plusSeconds(600));
        asToken(member).get("/api/v1/me").then().statusCode(200);
        String[] parts = member.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"member\"", "\"association\"");
        assertTrue(payload.contains("\"association\""));
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        asToken(forged).get("/api/v1/me").then().statusCode(401);
        // and the original is still the member's
        asToken(member).get("/api/v1/me").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.equalTo("member"))
                .body("roles", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("association")));
    }

    @Test
    void shouldKeepAtMostItsSizeAndNothingPastTheTokensExpiry() {
        VerifiedTokens cache = new VerifiedTokens(10, Duration.ofMinutes(5), new SimpleMeterRegistry());
        long now = System.currentTimeMillis();
        for (int i = 0; i < 25; i++) {
            cache.remember("token-" + i, identity(now / 1000 + 600), now);
            assertTrue(cache.size() <= 10, "never more than 10, had " + cache.size());
        }
        assertNotNull(cache.find("token-24", now), "the latest is kept");

        SecurityIdentity shortLived = identity(now / 1000 + 60);
        cache.remember("short", shortLived, now);
        assertSame(shortLived, cache.find("short", now + 59_000));
        assertNull(cache.find("short", now + 60_000), "gone at the token's exp");

        SecurityIdentity longLived = identity(now / 1000 + 3600);
        cache.remember("long", longLived, now);
        assertSame(longLived, cache.find("long", now + 299_000));
        assertNull(cache.find("long", now + 300_000), "gone after max-age though the token lives on");

        cache.remember("expired", identity(now / 1000 - 1), now);
        assertNull(cache.find("expired", now), "an expired token is not kept");

        VerifiedTokens off = new VerifiedTokens(0, Duration.ofMinutes(5), new SimpleMeterRegistry());
        off.remember("any", identity(now / 1000 + 600), now);
        assertNull(off.find("any", now), "size 0 turns the cache off");
    }

    @Test
    void shouldRememberNothingOfTheRequestThatVerifiedTheToken() {
        Object firstData = new Object();
        RoutingContext first = routingContext(Map.of("request-data", firstData));
        SecurityIdentity verifiedNow = QuarkusSecurityIdentity.builder(identity(System.currentTimeMillis() / 1000 + 600))
                .addAttribute(RoutingContext.class.getName(), first).addAttribute("request-data", firstData)
                .addAttribute("issuer", "https://karta.test/realms/karta").build();

        SecurityIdentity kept = CachingBearerMechanism.detached(verifiedNow, first);
        assertTrue(kept.getAttributes().values().stream().noneMatch(v -> v == first || v == firstData),
                "the remembered identity holds no part of the first request");
        assertEquals("https://karta.test/realms/karta", kept.getAttribute("issuer"));

        Object laterData = new Object();
        RoutingContext later = routingContext(Map.of("request-data", laterData));
        SecurityIdentity reused = CachingBearerMechanism.forThisRequest(kept, later);
        assertSame(later, reused.getAttribute(RoutingContext.class.getName()));
        assertSame(laterData, reused.getAttribute("request-data"));
        assertSame(verifiedNow.getPrincipal(), reused.getPrincipal());
    }

    /** A routing context that carries the data given (get) and nothing else. */
    private static RoutingContext routingContext(Map<String, Object> data) {
        return (RoutingContext) Proxy.newProxyInstance(VerifiedTokensTest.class.getClassLoader(),
                new Class<?>[] { RoutingContext.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> args != null && args.length == 1 ? data.get(args[0]) : null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "RoutingContext" + data.keySet();
                    default -> null;
                });
    }

    private static SecurityIdentity identity(long exp) {
        JsonWebToken jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return "exp".equals(claim) ? (T) Long.valueOf(exp) : null;
            }
        };
        return QuarkusSecurityIdentity.builder().setPrincipal(jwt).build();
    }
}
