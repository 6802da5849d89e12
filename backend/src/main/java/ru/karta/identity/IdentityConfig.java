package ru.karta.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where Karta's own Keycloak client lives: a confidential client (karta-admin in the development realm) whose service
 * account holds only the realm-management roles that provisioning needs (see README, "Connecting Karta to your
 * Keycloak"). Never the master realm's admin.
 */
@ConfigMapping(prefix = "karta.identity")
public interface IdentityConfig {

    /** Keycloak's base URL (without /realms/...). */
    @WithDefault("http://127.0.0.1:8180")
    String url();

    /** The realm whose users, organizations and clients Karta manages. */
    @WithDefault("karta")
    String realm();

    @WithDefault("karta-admin")
    String clientId();

    @WithDefault("karta-admin-dev-secret")
    String clientSecret();

    /** The SPA's client: invitation mails lead back to it after the password is set. */
    @WithDefault("karta-web")
    String webClientId();

    /** Where an invited person lands after setting the password; the SPA's address (KARTA_APP_URL). */
    @WithDefault("http://127.0.0.1:5173/")
    String appUrl();

    /** A page of the SPA ("meetings/…", "api/v1/…" through its proxy) with one slash after the app's address. */
    default String appLink(String path) {
        return appUrl().replaceAll("/+$", "") + "/" + path.replaceAll("^/+", "");
    }

    /** How long an invitation link works, in hours. */
    @WithDefault("72")
    int invitationHours();
}
