package ru.karta.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The real Keycloak of make run / make test (realm karta from keycloak/realm-karta.json): tests under this profile
 * verify its tokens exactly as production does, by discovery and its published keys.
 */
public final class RealKeycloak {

    public static final String URL = System.getProperty("karta.keycloak.url", "http://127.0.0.1:8180");
    public static final String REALM = URL + "/realms/karta";
    public static final String SCRIPT_SECRET = "karta-script-dev-secret";

    private RealKeycloak() {
    }

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", REALM, "quarkus.oidc.public-key", "",
                    "quarkus.oidc.token.issuer", "");
        }
    }

    /** A demo user's access token by the password grant of the development client karta-dev. */
    public static String password(String username) {
        return given().baseUri(URL).formParam("grant_type", "password").formParam("client_id", "karta-dev")
                .formParam("username", username).formParam("password", "karta")
                .post("/realms/karta/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
    }

    /** The integration script's token: client credentials of karta-script. */
    public static String script() {
        return given().baseUri(URL).formParam("grant_type", "client_credentials").formParam("client_id", "karta-script")
                .formParam("client_secret", SCRIPT_SECRET).post("/realms/karta/protocol/openid-connect/token").then()
                .statusCode(200).extract().path("access_token");
    }

    /** Fails with a clear message when Keycloak is not up (make test starts it; so does make keycloak). */
    public static void requireRunning() {
        try {
            given().baseUri(URL).get("/realms/karta").then().statusCode(200);
        } catch (RuntimeException | AssertionError e) {
            throw new AssertionError("Keycloak with realm karta is not answering at " + URL
                    + " — start it with `make keycloak` (make test does this itself)", e);
        }
    }
}
