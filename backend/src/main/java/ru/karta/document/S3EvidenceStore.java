package ru.karta.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import ru.karta.common.ApiException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;

/**
 * Evidence as objects in an S3-compatible store (Amazon S3, MinIO, Ceph, Yandex Object Storage...), one object per
 * file under {@code prefix + id}. The object is written within the transaction that records the file, before the
 * commit, and removed again when that transaction rolls back; a deleted file's object is removed only once the
 * deletion has committed. So a description never points to a missing object; what can be left behind, if the store
 * fails right after a rollback or a commit, is an object nobody points to (logged, harmless).
 */
public class S3EvidenceStore implements EvidenceStore {

    static final String NAME = "s3";
    private static final Logger LOG = Logger.getLogger(S3EvidenceStore.class);

    /** Where the store is and how Karta signs in to it. */
    public record Settings(Optional<String> endpoint, String region, String bucket, String prefix, boolean pathStyle,
            Optional<String> accessKeyId, Optional<String> secretAccessKey) {
    }

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final TransactionSynchronizationRegistry transactions;

    S3EvidenceStore(Settings settings, TransactionSynchronizationRegistry transactions) {
        AwsCredentialsProvider credentials = settings.accessKeyId().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKeyId().get(),
                        settings.secretAccessKey().orElse("")))
                : DefaultCredentialsProvider.builder().build();
        var builder = S3Client.builder().region(Region.of(settings.region())).credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle())
                        // signed whole rather than in aws-chunked pieces, which not every store understands
                        .chunkedEncodingEnabled(false).build())
                // The SHA-256 Karta computed goes with each object; no other checksums (stores other than Amazon's
                // do not all know the trailing ones the SDK would add by default).
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        settings.endpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        this.s3 = builder.build();
        this.bucket = settings.bucket();
        this.prefix = settings.prefix();
        this.transactions = transactions;
    }

    @Override
    public String name() {
        return NAME;
    }

    String key(UUID id) {
        return prefix + id;
    }

    @Override
    public void put(UUID id, Path file, long size, String mediaType, String sha256) {
        try {
            s3.putObject(request -> request.bucket(bucket).key(key(id)).contentType(mediaType).contentLength(size)
                    .checksumAlgorithm(ChecksumAlgorithm.SHA256)
                    .checksumSHA256(Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)))
                    .metadata(Map.of("sha256", sha256)), RequestBody.fromFile(file));
        } catch (SdkException e) {
            LOG.errorf(e, "The S3 store did not take evidence file %s", id);
            throw unavailable();
        }
        afterCompletion(status -> {
            if (status != Status.STATUS_COMMITTED) {
                delete(id, "its upload was rolled back");
            }
        });
    }

    @Override
    public void copy(UUID id, OutputStream out) throws IOException {
        try (InputStream in = s3.getObject(request -> request.bucket(bucket).key(key(id)))) {
            in.transferTo(out);
        } catch (SdkException e) {
            throw new IOException("The S3 store did not give evidence file " + id, e);
        }
    }

    @Override
    public void remove(UUID id) {
        afterCompletion(status -> {
            if (status == Status.STATUS_COMMITTED) {
                delete(id, "the file was deleted");
            }
        });
    }

    /** Whether the bucket answers (for readiness). */
    boolean reachable() {
        try {
            s3.headBucket(request -> request.bucket(bucket));
            return true;
        } catch (SdkException e) {
            LOG.debugf(e, "The S3 store does not answer for bucket %s", bucket);
            return false;
        }
    }

    String bucket() {
        return bucket;
    }

    boolean exists(UUID id) {
        try {
            s3.headObject(request -> request.bucket(bucket).key(key(id)));
            return true;
        } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
            return false;
        }
    }

    void close() {
        s3.close();
    }

    private void delete(UUID id, String why) {
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key(id)));
        } catch (SdkException e) {
            LOG.warnf(e, "Object %s stays in bucket %s although %s: remove it by hand", key(id), bucket, why);
        }
    }

    private void afterCompletion(java.util.function.IntConsumer then) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                then.accept(status);
            }
        });
    }

    static ApiException unavailable() {
        return new ApiException(503, "store-unavailable", "problem.attachment.store-unavailable", null, null,
                Map.of("Retry-After", "30"));
    }
}
