package ru.karta.document;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** With the S3 store, readiness includes its bucket: a replica that cannot keep files should not get uploads. */
@Readiness
@ApplicationScoped
public class EvidenceStoreReadiness implements HealthCheck {

    private final EvidenceStores stores;

    public EvidenceStoreReadiness(EvidenceStores stores) {
        this.stores = stores;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("evidence store").withData("store", stores.current().name());
        var s3 = stores.s3();
        if (s3.isEmpty()) {
            return response.up().build();
        }
        response.withData("bucket", s3.get().bucket());
        return s3.get().reachable() ? response.up().build() : response.down().build();
    }
}
