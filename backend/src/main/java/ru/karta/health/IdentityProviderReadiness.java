package ru.karta.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness includes the identity provider: without it nobody can log in, so a load balancer should know. The
 * answer is cached for a few seconds so that frequent probes do not load Keycloak. (Tokens already issued keep
 * working while it is down: their keys are cached.)
 */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

    private static final Duration CACHE = Duration.ofSeconds(5);

    private final Optional<String> issuer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile HealthCheckResponse last;
    private volatile long lastAt;

    public IdentityProviderReadiness(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> issuer,
            @ConfigProperty(name = "quarkus.oidc.public-key") Optional<String> publicKey) {
        this.issuer = publicKey.isPresent() ? Optional.empty() : issuer;
    }

    @Override
    public HealthCheckResponse call() {
        long now = System.nanoTime();
        HealthCheckResponse cached = last;
        if (cached != null && now - lastAt < CACHE.toNanos()) {
            return cached;
        }
        HealthCheckResponse answer = probe();
        last = answer;
        lastAt = now;
        return answer;
    }

    private HealthCheckResponse probe() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("identity provider");
        if (issuer.isEmpty()) {
            return response.up().withData("verification", "local public key").build();
        }
        String url = issuer.get().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        response.withData("url", url);
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200 ? response.up().build()
                    : response.down().withData("status", answer.statusCode()).build();
        } catch (java.io.IOException e) {
            return response.down().withData("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("error", "interrupted").build();
        }
    }
}
