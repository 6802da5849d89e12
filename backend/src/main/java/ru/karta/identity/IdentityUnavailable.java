package ru.karta.identity;

import java.util.Map;

import io.quarkus.logging.Log;

import ru.karta.common.ApiException;
import ru.karta.common.Unavailable;

/** Keycloak's admin API did not answer (or refused Karta's own client): 503 with Retry-After, nothing changed here. */
final class IdentityUnavailable {

    private IdentityUnavailable() {
    }

    static ApiException of(Throwable cause) {
        Log.warnf("Keycloak's admin API failed: %s", String.valueOf(cause));
        return new ApiException(503, "identity-provider-unavailable", "problem.identity-provider-unavailable",
                new Object[] { Unavailable.RETRY_AFTER_SECONDS }, null,
                Map.of("Retry-After", Integer.toString(Unavailable.RETRY_AFTER_SECONDS)));
    }
}
