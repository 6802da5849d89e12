package ru.karta.security;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Bearer tokens whose signature and claims Keycloak's keys have already verified on this backend, with the identity
 * made of them, so that the same token is not verified again on every request (an RS256 check and the claims' JSON
 * were 15 % of the backend's CPU under load).
 * <p>
 * The rules: a token is found only by its exact text (so by its signature too: a token changed in any character is
 * a new token and is verified); only tokens that passed verification are kept; an entry never outlives the token's
 * own {@code exp}, nor {@code karta.security.token-cache.max-age} after its verification; at most
 * {@code karta.security.token-cache.size} tokens are kept (0 turns the cache off). What the token's claims cannot say
 * is checked on every request as before, cached or not: a disabled account or a revoked script is refused by
 * {@link CurrentActor} (through {@link Revocations}), and the roles come from the token as Keycloak signed them.
 * Keycloak itself cannot take back an access token it has issued (its logout ends the session, not the tokens out),
 * so keeping a verified token until its expiry lets through nothing that verifying it again would refuse.
 */
@ApplicationScoped
public class VerifiedTokens {

    private record Entry(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final long maxAgeMillis;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    public VerifiedTokens(@ConfigProperty(name = "karta.security.token-cache.size", defaultValue = "1000") int capacity,
            @ConfigProperty(name = "karta.security.token-cache.max-age", defaultValue = "5m") Duration maxAge,
            MeterRegistry registry) {
        this.capacity = Math.max(0, capacity);
        this.maxAgeMillis = maxAge.toMillis();
        registry.more().counter("karta.token.verifications", List.of(Tag.of("result", "cached")), hits,
                LongAdder::doubleValue);
        registry.more().counter("karta.token.verifications", List.of(Tag.of("result", "verified")), misses,
                LongAdder::doubleValue);
        registry.gauge("karta.token.cache.size", entries, Map::size);
    }

    /** The identity made of this token when it was verified, if it is still within its lifetime; else null. */
    public SecurityIdentity find(String token, long nowMillis) {
        if (capacity == 0) {
            return null;
        }
        Entry entry = entries.get(token);
        if (entry == null) {
            misses.increment();
            return null;
        }
        if (nowMillis >= entry.expiresAtMillis) {
            entries.remove(token, entry);
            misses.increment();
            return null;
        }
        hits.increment();
        return entry.identity;
    }

    /** Keeps the identity that verifying this token made, until the token expires (or max-age passes). */
    public void remember(String token, SecurityIdentity identity, long nowMillis) {
        if (capacity == 0 || identity == null || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long expiresAt = Math.min(jwt.getExpirationTime() * 1000, nowMillis + maxAgeMillis);
        if (expiresAt <= nowMillis) {
            return;
        }
        if (entries.size() >= capacity) {
            makeRoom(nowMillis);
        }
        entries.put(token, new Entry(identity, expiresAt));
    }

    /** Drops the expired entries; when the cache is still full, drops any tenth of it (they are verified again). */
    private synchronized void makeRoom(long nowMillis) {
        if (entries.size() < capacity) {
            return;
        }
        entries.values().removeIf(e -> nowMillis >= e.expiresAtMillis);
        int excess = entries.size() - capacity * 9 / 10;
        for (Iterator<String> it = entries.keySet().iterator(); excess > 0 && it.hasNext(); excess--) {
            it.next();
            it.remove();
        }
    }

    /** Tokens kept now. */
    public int size() {
        return entries.size();
    }

    /** Requests answered from the cache since the start. */
    public long hits() {
        return hits.sum();
    }

    /** Requests whose token had to be verified since the start. */
    public long misses() {
        return misses.sum();
    }
}
