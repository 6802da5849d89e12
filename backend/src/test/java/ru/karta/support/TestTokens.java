package ru.karta.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Bearer tokens signed in-process with the test key whose public half is %test.quarkus.oidc.public-key: the same
 * claims Keycloak puts in (sub, preferred_username, name, aud karta-api, realm_access.roles), minted in microseconds.
 */
public final class TestTokens {

    public static final String ISSUER = "https://karta.test/realms/karta";
    public static final String AUDIENCE = "karta-api";
    private static final PrivateKey KEY = load("/test-token-private.pem");

    /** The demo users of the realm, with the subjects the demo data links to organisations. */
    public enum Demo {
        ASSOCIATION("association", "10000000-0000-4000-8000-000000000001", "Анна Соколова", "association"),
        CKR("ckr", "10000000-0000-4000-8000-000000000002", "Дмитрий Орлов", "ckr"),
        DEPARTMENT("department", "10000000-0000-4000-8000-000000000003", "Елена Кузнецова", "department"),
        MEMBER("member", "10000000-0000-4000-8000-000000000004", "Игорь Волков", "member", "organisation-admin"),
        MEMBER2("member2", "10000000-0000-4000-8000-000000000005", "Ольга Морозова", "member"),
        SCRIPT("service-account-karta-script", "10000000-0000-4000-8000-000000000006", null, "integration");

        public final String username;
        public final String subject;
        public final String name;
        /** The realm roles (the member is also its enterprise's administrator). */
        public final String[] roles;

        Demo(String username, String subject, String name, String... roles) {
            this.username = username;
            this.subject = subject;
            this.name = name;
            this.roles = roles;
        }

        public String token() {
            return TestTokens.token(subject, username, name, roles);
        }
    }

    private TestTokens() {
    }

    public static String token(String subject, String username, String name, String... roles) {
        return claims(subject, username, name, roles).sign(KEY);
    }

    public static JwtClaimsBuilder claims(String subject, String username, String name, String... roles) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject)
                .claim("preferred_username", username).claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(600);
        if (name != null) {
            claims.claim("name", name);
        }
        return claims;
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.sign(KEY);
    }

    public static PrivateKey key() {
        return KEY;
    }

    private static PrivateKey load(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
