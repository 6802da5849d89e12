package ru.karta.common;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * Refuses a request whose declared body is over karta.max-body-size with a problem document, before the body is
 * read. (A chunked body without a length meets the HTTP layer's own, larger limit.)
 */
public class BodyLimit {

    private final ObjectMapper json;
    private final long limit;

    @Inject
    public BodyLimit(ObjectMapper json,
            @ConfigProperty(name = "karta.max-body-size", defaultValue = "512K") MemorySize limit) {
        this.json = json;
        this.limit = limit.asLongValue();
    }

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Response check(ContainerRequestContext request, HttpHeaders headers) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (declared <= limit) {
            return null;
        }
        Locale locale = ProblemMappers.locale(headers);
        String requestId = RequestIds.of(request);
        Problem problem = new Problem(Problem.typeUri("payload-too-large"),
                Messages.get(locale, "problem.title.payload-too-large"), 413,
                Messages.get(locale, "problem.payload-too-large.limit", limit / 1024),
                request.getUriInfo().getRequestUri().getRawPath(), requestId, null);
        return Response.status(413).type(Problem.MEDIA_TYPE).header(RequestIds.HEADER, requestId)
                .header("Connection", "close").entity(problem.toJson(json)).build();
    }
}
