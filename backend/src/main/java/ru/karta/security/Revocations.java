package ru.karta.security;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The subjects whose still-valid tokens Karta refuses (disabled accounts, revoked service accounts), and the names
 * of the scripts' service accounts. Read from the database at most every {@link #TTL_MILLIS} ms, so another backend's
 * change is honoured within seconds and a request costs a set lookup; this backend's own changes at once.
 * Keycloak itself refuses new tokens for them; this closes the window until the tokens already out expire.
 */
@ApplicationScoped
public class Revocations {

    static final long TTL_MILLIS = 5_000;

    private record Snapshot(Set<String> refused, Map<String, String> scripts, long readAt) {
    }

    private final EntityManager em;
    private volatile Snapshot snapshot = new Snapshot(Set.of(), Map.of(), 0);
    private final Map<String, Long> lastUse = new ConcurrentHashMap<>();

    @Inject
    public Revocations(EntityManager em) {
        this.em = em;
    }

    public boolean refused(String subject) {
        return current().refused.contains(subject);
    }

    /** The name Karta gave the script whose service account this is, or null. */
    public String scriptName(String subject) {
        return current().scripts.get(subject);
    }

    /** Forget what was read: the next request reads again (after a change on this backend). */
    public void changed() {
        snapshot = new Snapshot(snapshot.refused, snapshot.scripts, 0);
    }

    /** Notes a script's call, at most once a minute per script, outside the request's own transaction. */
    public void used(String subject, Instant now) {
        Long last = lastUse.get(subject);
        long millis = now.toEpochMilli();
        if (last != null && millis - last < 60_000) {
            return;
        }
        lastUse.put(subject, millis);
        try {
            QuarkusTransaction.requiringNew().run(() -> em
                    .createNativeQuery("update service_account set last_used_at = ?1 where subject = ?2")
                    .setParameter(1, now).setParameter(2, subject).executeUpdate());
        } catch (RuntimeException e) {
            Log.debugf("could not note the use of service account %s: %s", subject, e);
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (System.currentTimeMillis() - s.readAt < TTL_MILLIS) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (System.currentTimeMillis() - s.readAt < TTL_MILLIS) {
                return s;
            }
            try {
                s = read();
            } catch (RuntimeException e) {
                // The database is away: keep what was known (the request itself will meet the outage and answer 503).
                Log.debugf("could not read revocations: %s", e);
                return snapshot;
            }
            snapshot = s;
            return s;
        }
    }

    private Snapshot read() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<String> refused = new HashSet<>();
            @SuppressWarnings("unchecked")
            List<String> disabled = em.createNativeQuery("select subject from account where state = 'DISABLED'")
                    .getResultList();
            refused.addAll(disabled);
            Map<String, String> scripts = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select subject, name, revoked_at from service_account")
                    .getResultList();
            for (Object[] row : rows) {
                scripts.put((String) row[0], (String) row[1]);
                if (row[2] != null) {
                    refused.add((String) row[0]);
                }
            }
            return new Snapshot(Set.copyOf(refused), Map.copyOf(scripts), System.currentTimeMillis());
        });
    }
}
