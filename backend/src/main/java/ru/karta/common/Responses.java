package ru.karta.common;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Response building shared by resources: ETags, 304, 201 with Location. */
public final class Responses {

    private Responses() {
    }

    public static Response versioned(Object body, long version, String ifNoneMatch) {
        String etag = Versions.etag(version);
        if (Versions.notModified(ifNoneMatch, version)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(body).header(HttpHeaders.ETAG, etag).build();
    }

    public static Response created(String location, Object body, long version) {
        return Response.created(URI.create(location)).entity(body).header(HttpHeaders.ETAG, Versions.etag(version))
                .build();
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).header(HttpHeaders.ETAG, Versions.etag(version)).build();
    }
}
