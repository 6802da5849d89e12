package ru.karta.common;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Response building shared by resources: ETags (version and the caller's permissions), 304, 201 with Location. */
public final class Responses {

    private Responses() {
    }

    public static Response versioned(Object body, long version, Permissions permissions, String ifNoneMatch) {
        String etag = Versions.etag(version, permissions);
        if (Versions.notModified(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(body).header(HttpHeaders.ETAG, etag).build();
    }

    public static Response created(String location, Object body, long version, Permissions permissions) {
        return Response.created(URI.create(location)).entity(body)
                .header(HttpHeaders.ETAG, Versions.etag(version, permissions)).build();
    }

    public static Response ok(Object body, long version, Permissions permissions) {
        return Response.ok(body).header(HttpHeaders.ETAG, Versions.etag(version, permissions)).build();
    }

    /** Like {@link #versioned} for a resource whose ETag says more than its version and permissions. */
    public static Response tagged(Object body, String etag, String ifNoneMatch) {
        if (Versions.notModified(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(body).header(HttpHeaders.ETAG, etag).build();
    }

    /**
     * For a computed view that has no version (completeness, the consolidated summary): the JSON is written once, and
     * its ETag is a digest of it, so it changes exactly when the answer does.
     */
    public static Response hashed(ObjectMapper json, Object body, String ifNoneMatch) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String etag;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            etag = "\"h" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (Versions.notModified(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(bytes, new MediaType("application", "json", StandardCharsets.UTF_8.name()))
                .header(HttpHeaders.ETAG, etag).build();
    }

    public static Response created(String location, Object body, String etag) {
        return Response.created(URI.create(location)).entity(body).header(HttpHeaders.ETAG, etag).build();
    }

    public static Response ok(Object body, String etag) {
        return Response.ok(body).header(HttpHeaders.ETAG, etag).build();
    }
}
