package ru.karta.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Request body limits per route. JSON bodies are small (karta.max-body-size, 512 KB); upload routes (the paths that
 * start with one of karta.upload-paths: documents and evidence, a quarterly report's spreadsheet) take their own,
 * larger limit (karta.max-upload-size, or the size an entry names after {@code =}). An entry is a path prefix in which
 * {@code *} stands for one path segment: {@code /api/v1/quarterly-reports/*}{@code /import=2M}; one that ends with
 * {@code $} is that path alone, not the paths under it. Over its route's limit a
 * request gets a 413 problem document:
 * <ul>
 * <li>when it declares its length: at once, before the body is read;</li>
 * <li>when it is sent in chunks without a length: a JSON body is read up to the limit here, and refused as soon as it
 * goes over, before anything parses it; an upload is read by its resource through {@link #read}, which stops at the
 * limit.</li>
 * </ul>
 */
@Singleton
public class BodyLimit {

    private final ObjectMapper json;
    private final long jsonLimit;
    private final List<Upload> uploads;

    /** An upload route: its path prefix as a pattern ({@code *}: one segment) and its limit in bytes. */
    private record Upload(Pattern prefix, long limit) {
    }

    @Inject
    public BodyLimit(ObjectMapper json,
            @ConfigProperty(name = "karta.max-body-size", defaultValue = "512K") MemorySize jsonLimit,
            @ConfigProperty(name = "karta.max-upload-size", defaultValue = "25M") MemorySize uploadLimit,
            @ConfigProperty(name = "karta.upload-paths", defaultValue = "/api/v1/uploads/") List<String> uploadPaths) {
        this.json = json;
        this.jsonLimit = jsonLimit.asLongValue();
        this.uploads = uploadPaths.stream().map(entry -> upload(entry.trim(), uploadLimit.asLongValue())).toList();
    }

    private static Upload upload(String entry, long defaultLimit) {
        int equals = entry.lastIndexOf('=');
        String prefix = equals < 0 ? entry : entry.substring(0, equals).trim();
        long limit = equals < 0 ? defaultLimit
                : new MemorySizeConverter().convert(entry.substring(equals + 1).trim()).asLongValue();
        boolean exact = prefix.endsWith("$");
        if (exact) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        String[] parts = prefix.split("\\*", -1);
        StringBuilder pattern = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            pattern.append("[^/]+").append(Pattern.quote(parts[i]));
        }
        return new Upload(Pattern.compile(pattern + (exact ? "/?" : ".*"), Pattern.DOTALL), limit);
    }

    /** The limit of a route, in bytes. */
    public long limitOf(String path) {
        for (Upload upload : uploads) {
            if (upload.prefix().matcher(path).matches()) {
                return upload.limit();
            }
        }
        return jsonLimit;
    }

    /**
     * An upload's body, read up to its route's limit: a body sent in chunks without a length that goes over it is a
     * 413 (one that declares its length was refused before it was read). Empty when there is no body.
     */
    public byte[] read(InputStream body, String path) {
        long limit = limitOf(path);
        if (body == null) {
            return new byte[0];
        }
        try (body) {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new ApiException(413, "payload-too-large", "problem.payload-too-large.limit",
                        new Object[] { limit / 1024 }, null, Map.of("Connection", "close"));
            }
            return bytes;
        } catch (IOException e) {
            throw new ApiException(400, "invalid-request", "problem.upload.unreadable", null, null, null);
        }
    }

    /** Declared length over the route's limit: refused before the body is read. */
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
        long limit = limitOf(request.getUriInfo().getRequestUri().getRawPath());
        if (declared <= limit) {
            return null;
        }
        Locale locale = ProblemMappers.locale(headers);
        String requestId = RequestIds.of(request);
        return Response.status(413).type(Problem.MEDIA_TYPE).header(RequestIds.HEADER, requestId)
                .header("Connection", "close").entity(problem(locale, limit,
                        request.getUriInfo().getRequestUri().getRawPath(), requestId))
                .build();
    }

    /** Chunked JSON bodies: read here up to the limit, so nothing larger ever reaches the JSON parser. */
    void routes(@Observes Router router) {
        BodyHandler reader = BodyHandler.create(false).setBodyLimit(jsonLimit);
        router.route("/api/*").order(-100).handler(ctx -> {
            var request = ctx.request();
            boolean chunked = request.headers().get(HttpHeaders.CONTENT_LENGTH) == null
                    && "chunked".equalsIgnoreCase(request.headers().get("Transfer-Encoding"));
            if (!chunked || limitOf(request.path()) != jsonLimit) {
                ctx.next();
                return;
            }
            reader.handle(ctx);
        }).failureHandler(this::tooLarge);
    }

    private void tooLarge(RoutingContext ctx) {
        if (ctx.statusCode() != 413 || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Locale locale = Messages.choose(ctx.parsedHeaders().acceptLanguage().stream()
                .map(l -> Locale.forLanguageTag(l.value())).toList());
        String requestId = java.util.UUID.randomUUID().toString();
        ctx.response().setStatusCode(413).putHeader(RequestIds.HEADER, requestId).putHeader("Content-Type", Problem.MEDIA_TYPE).putHeader("Connection", "close")
                .end(problem(locale, jsonLimit, ctx.request().path(), requestId));
    }

    private String problem(Locale locale, long limit, String path, String requestId) {
        return new Problem(Problem.typeUri("payload-too-large"), Messages.get(locale, "problem.title.payload-too-large"),
                413, Messages.get(locale, "problem.payload-too-large.limit", limit / 1024), path, requestId, null)
                .toJson(json);
    }
}
