package ru.karta.document;

import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

/**
 * The evidence stores of this deployment: new files go to the configured one ({@code karta.attachments.store}:
 * {@code database}, the default, or {@code s3}); each file is read from and removed in the store its row names, so
 * files kept before a change of store are still served. A wrong setting stops the start with a message naming it.
 */
@ApplicationScoped
@Startup
public class EvidenceStores {

    private final DatabaseEvidenceStore database;
    private final Optional<S3EvidenceStore> s3;
    private final EvidenceStore current;

    public EvidenceStores(DatabaseEvidenceStore database, TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "karta.attachments.store", defaultValue = "database") String store,
            @ConfigProperty(name = "karta.attachments.s3.endpoint") Optional<String> endpoint,
            @ConfigProperty(name = "karta.attachments.s3.region", defaultValue = "us-east-1") String region,
            @ConfigProperty(name = "karta.attachments.s3.bucket") Optional<String> bucket,
            @ConfigProperty(name = "karta.attachments.s3.prefix", defaultValue = "attachments/") String prefix,
            @ConfigProperty(name = "karta.attachments.s3.path-style", defaultValue = "false") boolean pathStyle,
            @ConfigProperty(name = "karta.attachments.s3.access-key-id") Optional<String> accessKeyId,
            @ConfigProperty(name = "karta.attachments.s3.secret-access-key") Optional<String> secretAccessKey) {
        this.database = database;
        switch (store) {
            case DatabaseEvidenceStore.NAME -> this.s3 = Optional.empty();
            case S3EvidenceStore.NAME -> {
                if (bucket.isEmpty()) {
                    throw new IllegalStateException("karta.attachments.store=s3 needs karta.attachments.s3.bucket"
                            + " (KARTA_ATTACHMENTS_S3_BUCKET)");
                }
                this.s3 = Optional.of(new S3EvidenceStore(new S3EvidenceStore.Settings(endpoint, region,
                        bucket.get(), prefix, pathStyle, accessKeyId, secretAccessKey), transactions));
            }
            default -> throw new IllegalStateException(
                    "karta.attachments.store is 'database' or 's3', not '" + store + "'");
        }
        this.current = s3.<EvidenceStore>map(s -> s).orElse(database);
    }

    /** Where new files go. */
    public EvidenceStore current() {
        return current;
    }

    /** The store a file's row names. */
    public EvidenceStore named(String name) {
        if (S3EvidenceStore.NAME.equals(name)) {
            return s3.orElseThrow(S3EvidenceStore::unavailable);
        }
        return database;
    }

    /** The S3 store, when new files go there. */
    Optional<S3EvidenceStore> s3() {
        return s3;
    }

    @PreDestroy
    void close() {
        s3.ifPresent(S3EvidenceStore::close);
    }
}
