package ru.karta.common;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP details that come before any resource runs:
 * <ul>
 * <li>a bearer that is not even shaped like a token (".", "a.b") is a 401 problem here, before the OIDC layer, which
 * would otherwise fail on it with a 500;</li>
 * <li>the methods each API path answers, read from the resources at start: a 405 names them in {@code Allow}, and a
 * plain OPTIONS (not a CORS preflight) lists exactly them.</li>
 * </ul>
 */
@Singleton
public class HttpGuards {

    private static final Pattern JWT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private record Route(Pattern path, Set<String> methods) {
    }

    private final ObjectMapper json;
    private final List<Route> routes = new ArrayList<>();

    @Inject
    public HttpGuards(ObjectMapper json) {
        this.json = json;
    }

    void collect(@Observes StartupEvent event) {
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null || !type.getPackageName().startsWith("ru.karta")) {
                continue;
            }
            for (Method method : type.getMethods()) {
                String verb = verbOf(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String template = (root.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
                Pattern path = Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+").replaceAll("/$", "") + "/?");
                Route route = routes.stream().filter(r -> r.path().pattern().equals(path.pattern())).findFirst()
                        .orElseGet(() -> {
                            Route fresh = new Route(path, new TreeSet<>());
                            routes.add(fresh);
                            return fresh;
                        });
                route.methods().add(verb);
                if (verb.equals("GET")) {
                    route.methods().add("HEAD");
                }
            }
        }
    }

    private static String verbOf(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** The Allow header of an API path, or null when no resource answers it. */
    public String allowed(String path) {
        for (Route route : routes) {
            if (route.path().matcher(path).matches()) {
                Set<String> methods = new TreeSet<>(route.methods());
                methods.add("OPTIONS");
                return String.join(", ", methods);
            }
        }
        return null;
    }

    void routes(@Observes Router router) {
        router.route("/api/*").order(-200).handler(this::guard);
    }

    private void guard(RoutingContext ctx) {
        var request = ctx.request();
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer", 0, 6)
                && !JWT.matcher(authorization.substring(6).trim()).matches()) {
            Locale locale = locale(ctx);
            String requestId = java.util.UUID.randomUUID().toString();
            ctx.response().setStatusCode(401).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader(RequestIds.HEADER, requestId)
                    .putHeader("WWW-Authenticate", "Bearer realm=\"karta\", error=\"invalid_token\"")
                    .end(problem(locale, 401, "unauthenticated", Messages.get(locale, "problem.unauthenticated"),
                            request.path(), requestId));
            return;
        }
        if (request.method().name().equals("OPTIONS") && request.getHeader("Access-Control-Request-Method") == null) {
            String allow = allowed(request.path());
            if (allow != null) {
                ctx.response().setStatusCode(204).putHeader("Allow", allow).end();
                return;
            }
        }
        ctx.next();
    }

    private static Locale locale(RoutingContext ctx) {
        return Messages.choose(ctx.parsedHeaders().acceptLanguage().stream()
                .map(l -> Locale.forLanguageTag(l.value())).toList());
    }

    private String problem(Locale locale, int status, String code, String detail, String path, String requestId) {
        return new Problem(Problem.typeUri(code), Messages.get(locale, "problem.title." + code), status, detail, path,
                requestId, null).toJson(json);
    }
}
