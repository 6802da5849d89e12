package ru.karta.idempotency;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;
import ru.karta.common.ClusterClock;

/**
 * Forgets answers older than {@code karta.idempotency.keep}. Every replica may run it: deleting what has expired
 * twice deletes it once, and an expired key is taken over by its next use even before this runs.
 */
@ApplicationScoped
public class IdempotencyKeys {

    private final EntityManager em;
    private final ClusterClock clock;
    private final Duration keep;

    public IdempotencyKeys(EntityManager em, ClusterClock clock,
            @ConfigProperty(name = "karta.idempotency.keep", defaultValue = "24h") Duration keep) {
        this.em = em;
        this.clock = clock;
        this.keep = keep;
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void scheduled() {
        forgetExpired();
    }

    /** Answers kept before this instant have expired: their keys may be used again. */
    public java.time.Instant expiredBefore() {
        return clock.now().minus(keep);
    }

    /** Deletes the expired answers; how many there were. */
    @Transactional
    public int forgetExpired() {
        return em.createNativeQuery("delete from idempotency_key where created_at < :expired")
                .setParameter("expired", java.sql.Timestamp.from(expiredBefore())).executeUpdate();
    }
}
