package ru.karta.idempotency;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpServerRequest;
import ru.karta.common.ApiException;
import ru.karta.common.ClusterClock;
import ru.karta.security.Actor;

/**
 * The {@code Idempotency-Key} header (draft-ietf-httpapi-idempotency-key-header) on the creating POSTs marked
 * {@link Idempotent}. The key is the caller's: kept per principal, for {@code karta.idempotency.keep} (24 h). The
 * first request with a key runs in one transaction with the row that keeps its answer, so the row exists exactly when
 * the record it answers for does, whichever replica served it. A retry with the same key and the same body gets that
 * first answer again (status, Location, ETag, body, and {@code Idempotency-Replayed: true}) and creates nothing; the
 * same key with another body or on another resource is a 422; two requests with one key at the same time are
 * serialised by the key's row, and the second gets the first's answer. A request that fails keeps nothing: it can be
 * retried with its key. Without the header nothing changes.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";

    @Inject
    HttpServerRequest request;
    @Inject
    Actor actor;
    @Inject
    EntityManager em;
    @Inject
    TransactionManager transactions;
    @Inject
    ObjectMapper json;
    @Inject
    ClusterClock clock;
    @Inject
    IdempotencyKeys keys;

    @AroundInvoke
    Object around(InvocationContext invocation) throws Exception {
        String raw = request.getHeader(HEADER);
        if (raw == null) {
            return invocation.proceed();
        }
        String key = key(raw);
        String fingerprint = fingerprint(invocation.getParameters());
        String method = request.method().name();
        String path = request.path();
        boolean began = transactions.getStatus() == Status.STATUS_NO_TRANSACTION;
        if (began) {
            transactions.begin();
        }
        try {
            Object answer = claimed(key, method, path, fingerprint) ? keep(key, invocation.proceed())
                    : replay(key, method, path, fingerprint);
            if (began) {
                transactions.commit();
            }
            return answer;
        } catch (Exception | Error e) {
            if (began && transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transactions.rollback();
            }
            throw e;
        }
    }

    /** The key as sent: an sf-string ("…") or bare; 1–255 visible ASCII characters. */
    static String key(String raw) {
        String key = raw.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw ApiException.badRequest(HEADER, "problem.idempotency.key");
        }
        return key;
    }

    /**
     * Takes the key for this request, or finds it taken: a row of another transaction with this key makes the insert
     * wait until that transaction ends. An expired row is taken over.
     */
    private boolean claimed(String key, String method, String path, String fingerprint) {
        return em.createNativeQuery("""
                insert into idempotency_key (principal, key, method, path, fingerprint, status, created_at)
                values (:principal, :key, :method, :path, :fingerprint, 0, :now)
                on conflict (principal, key) do update
                   set method = excluded.method, path = excluded.path, fingerprint = excluded.fingerprint,
                       status = 0, location = null, etag = null, body = null, created_at = excluded.created_at
                 where idempotency_key.created_at < :expired""")
                .setParameter("principal", actor.subject()).setParameter("key", key).setParameter("method", method)
                .setParameter("path", path).setParameter("fingerprint", fingerprint)
                .setParameter("now", java.sql.Timestamp.from(clock.now()))
                .setParameter("expired", java.sql.Timestamp.from(keys.expiredBefore())).executeUpdate() == 1;
    }

    /** Keeps the answer of the first request with the key, in its transaction. */
    private Object keep(String key, Object answer) throws JsonProcessingException {
        int status = 200;
        String location = null;
        String etag = null;
        Object entity = answer;
        if (answer instanceof Response response) {
            status = response.getStatus();
            location = response.getLocation() == null ? null : response.getLocation().toString();
            Object tag = response.getHeaders().getFirst(HttpHeaders.ETAG);
            etag = tag == null ? null : tag.toString();
            entity = response.getEntity();
        }
        em.flush();
        em.createNativeQuery("""
                update idempotency_key set status = :status, location = :location, etag = :etag, body = :body
                 where principal = :principal and key = :key""")
                .setParameter("status", status).setParameter("location", location).setParameter("etag", etag)
                .setParameter("body", entity == null ? null : json.writeValueAsString(entity))
                .setParameter("principal", actor.subject()).setParameter("key", key).executeUpdate();
        return answer;
    }

    @SuppressWarnings("unchecked")
    private Response replay(String key, String method, String path, String fingerprint) {
        List<Object[]> rows = em.createNativeQuery("""
                select method, path, fingerprint, status, location, etag, body from idempotency_key
                 where principal = :principal and key = :key""").setParameter("principal", actor.subject())
                .setParameter("key", key).getResultList();
        Object[] row = rows.get(0);
        if (!method.equals(row[0]) || !path.equals(row[1]) || !fingerprint.equals(row[2])) {
            throw new ApiException(422, "idempotency-key-reused", "problem.idempotency.reused", null,
                    List.of(new ApiException.FieldProblem(HEADER, "problem.idempotency.reused")), null);
        }
        Response.ResponseBuilder replay = Response.status(((Number) row[3]).intValue()).header(REPLAYED, "true");
        if (row[4] != null) {
            replay.header(HttpHeaders.LOCATION, row[4]);
        }
        if (row[5] != null) {
            replay.header(HttpHeaders.ETAG, row[5]);
        }
        if (row[6] != null) {
            replay.entity(row[6]).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
        }
        return replay.build();
    }

    /** A digest of what the request asks: its JSON body with members in order, its files' bytes, its parameters. */
    private String fingerprint(Object[] parameters) {
        MessageDigest digest = sha256();
        for (Object parameter : parameters) {
            if (parameter == null || parameter instanceof HttpHeaders || parameter instanceof UriInfo
                    || parameter instanceof Request || parameter instanceof SecurityContext) {
                digest.update((byte) 0);
                continue;
            }
            if (parameter instanceof FileUpload file) {
                digest.update(String.valueOf(file.fileName()).getBytes(StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(Files.newInputStream(file.uploadedFile()), digest)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                } catch (IOException e) {
                    throw ApiException.badRequest("file", "problem.upload.unreadable");
                }
            } else {
                JsonNode tree = parameter instanceof JsonNode node ? node : json.valueToTree(parameter);
                try {
                    digest.update(json.writeValueAsBytes(canonical(tree)));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
            digest.update((byte) 1);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The same value with every object's members in name order, so the order a client writes them in is no matter. */
    private static Object canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> sorted = new TreeMap<>();
            node.fields().forEachRemaining(field -> sorted.put(field.getKey(), canonical(field.getValue())));
            return sorted;
        }
        if (node.isArray()) {
            List<Object> items = new java.util.ArrayList<>();
            node.forEach(item -> items.add(canonical(item)));
            return items;
        }
        return node;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
