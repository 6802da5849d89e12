package ru.karta.common;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

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

    public static Response created(String location, Object body, String etag) {
        return Response.created(URI.create(location)).entity(body).header(HttpHeaders.ETAG, etag).build();
    }

    public static Response ok(Object body, String etag) {
        return Response.ok(body).header(HttpHeaders.ETAG, etag).build();
    }
}
