package ru.karta.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.asToken;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import ru.karta.support.Fixtures;
import ru.karta.support.RealKeycloak;

/**
 * Accounts end to end against the real Keycloak of make test: Karta provisions users, organizations and clients
 * with its own admin client; people sign in with real tokens; Keycloak's own mails land in the mail catcher.
 */
@QuarkusTest
@TestProfile(RealKeycloak.Profile.class)
class AccountsKeycloakTest {

    static final String MAIL = System.getProperty("karta.mail.url", "http://127.0.0.1:1080");

    @BeforeAll
    static void keycloakIsUp() {
        RealKeycloak.requireRunning();
    }

    static String association() {
        return RealKeycloak.password("association");
    }

    /** A fresh organisation with sign-in enabled: a Keycloak Organization. */
    static String organisationWithSignIn(String token) {
        String id = asToken(token).contentType(ContentType.JSON)
                .body(Map.of("kind", "MEMBER_ENTERPRISE", "fullName", Fixtures.unique("ООО «Партнёр»")))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        asToken(token).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .post("/api/v1/organisations/" + id + "/sign-in").then().statusCode(200)
                .body("signIn.enabled", equalTo(true));
        return id;
    }

    static String person(String token, String organisationId, String email) {
        return asToken(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Иванов Иван " + email.substring(0, 6), "organisationId", organisationId,
                        "email", email))
                .post("/api/v1/people").then().statusCode(201).extract().path("id");
    }

    static String freshEmail() {
        return "i" + UUID.randomUUID().toString().substring(0, 8) + "@partner.example";
    }

    /** Admin REST with Karta's own client (as Karta itself does), to look at what Karta did. */
    static io.restassured.specification.RequestSpecification admin() {
        String token = given().baseUri(RealKeycloak.URL).formParam("grant_type", "client_credentials")
                .formParam("client_id", "karta-admin").formParam("client_secret", "karta-admin-dev-secret")
                .post("/realms/karta/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
        return given().baseUri(RealKeycloak.URL + "/admin/realms/karta").header("Authorization", "Bearer " + token);
    }

    static String keycloakUser(String email) {
        List<String> ids = admin().queryParam("email", email).queryParam("exact", true).get("/users").then()
                .statusCode(200).extract().path("id");
        assertEquals(1, ids.size(), "one Keycloak user for " + email);
        return ids.get(0);
    }

    /** What following the invitation link does: the person sets a password (and the address is verified). */
    static String firstSignIn(String email) {
        String user = keycloakUser(email);
        admin().contentType(ContentType.JSON).body(Map.of("type", "password", "value", "karta-first", "temporary", false))
                .put("/users/" + user + "/reset-password").then().statusCode(204);
        admin().contentType(ContentType.JSON).body(Map.of("requiredActions", List.of(), "emailVerified", true))
                .put("/users/" + user).then().statusCode(204);
        return given().baseUri(RealKeycloak.URL).formParam("grant_type", "password").formParam("client_id", "karta-dev")
                .formParam("username", email).formParam("password", "karta-first")
                .post("/realms/karta/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
    }

    static JsonPath mailTo(String email) {
        List<Map<String, Object>> messages = given().get(MAIL + "/messages").then().statusCode(200).extract()
                .jsonPath().getList("$");
        for (Map<String, Object> message : messages) {
            if (String.valueOf(message.get("to")).contains(email)) {
                return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(message).toString());
            }
        }
        throw new AssertionError("no mail to " + email + " in the mail catcher at " + MAIL);
    }

    @Test
    void shouldInviteAPersonWhoseFirstSignInLinksTheAccount() {
        String token = association();
        String organisation = organisationWithSignIn(token);
        String email = freshEmail();
        String person = person(token, organisation, email);
        asToken(token).post("/api/v1/people/" + person + "/invitation").then().statusCode(200)
                .body("accountState", equalTo("INVITED")).body("roles", hasItem("member"))
                .body("invitedAt", notNullValue());
        // Keycloak's own mail, with the link to set a password
        JsonPath mail = mailTo(email);
        assertTrue(mail.getString("text").contains("/realms/karta/login-actions/action-token"), mail.prettify());
        // the Keycloak user is a member of the organisation's Keycloak Organization
        String user = keycloakUser(email);
        List<String> organizations = admin().get("/organizations/members/" + user + "/organizations").then()
                .statusCode(200).extract().path("alias");
        assertEquals(List.of(organisation), organizations);
        // first sign-in: Karta knows who it is without any database edit
        String personal = firstSignIn(email);
        asToken(personal).get("/api/v1/me").then().statusCode(200).body("personId", equalTo(person))
                .body("organisationId", equalTo(organisation)).body("roles", hasItem("member"));
        asToken(token).get("/api/v1/people/" + person).then().statusCode(200).body("accountState", equalTo("ACTIVE"))
                .body("permissions.invite", equalTo(false));
        asToken(token).get("/api/v1/people/" + person + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("ACCOUNT_ACTIVATED"))
                .body("items[0].actor.subject", equalTo(user)).body("items[1].action", equalTo("INVITED"));
        asToken(token).post("/api/v1/people/" + person + "/invitation").then().statusCode(409);
    }

    @Test
    void shouldLetThePartnersAdministratorManageItsOwnStaffOnly() {
        String token = association();
        asToken(token).contentType(ContentType.JSON).body(Map.of("enabled", true))
                .post("/api/v1/organisations/" + Fixtures.MEMBER_ORG + "/sign-in").then().statusCode(200);
        String admin = RealKeycloak.password("member");
        String email = freshEmail();
        String person = person(admin, Fixtures.MEMBER_ORG, email);
        asToken(admin).post("/api/v1/people/" + person + "/invitation").then().statusCode(200)
                .body("accountState", equalTo("INVITED")).body("roles", equalTo(List.of("member")));
        // re-send while not yet accepted
        asToken(admin).post("/api/v1/people/" + person + "/invitation").then().statusCode(200)
                .body("accountState", equalTo("INVITED"));
        String staff = firstSignIn(email);
        asToken(staff).get("/api/v1/me").then().statusCode(200).body("organisationId", equalTo(Fixtures.MEMBER_ORG));
        // the administrator grants only what it holds: not ckr
        asToken(admin).contentType(ContentType.JSON).body(Map.of("roles", List.of("member", "ckr")))
                .put("/api/v1/people/" + person + "/roles").then().statusCode(403);
        asToken(admin).contentType(ContentType.JSON).body(Map.of("roles", List.of("member", "organisation-admin")))
                .put("/api/v1/people/" + person + "/roles").then().statusCode(200)
                .body("roles", equalTo(List.of("member", "organisation-admin")));
        // disabled: the token already out is refused at once, and Keycloak issues no new one
        asToken(admin).post("/api/v1/people/" + person + "/account/disable").then().statusCode(200)
                .body("accountState", equalTo("DISABLED")).body("permissions.enable", equalTo(true));
        asToken(staff).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        given().baseUri(RealKeycloak.URL).formParam("grant_type", "password").formParam("client_id", "karta-dev")
                .formParam("username", email).formParam("password", "karta-first")
                .post("/realms/karta/protocol/openid-connect/token").then().statusCode(400);
        asToken(admin).post("/api/v1/people/" + person + "/account/enable").then().statusCode(200)
                .body("accountState", equalTo("ACTIVE"));
        String again = given().baseUri(RealKeycloak.URL).formParam("grant_type", "password")
                .formParam("client_id", "karta-dev").formParam("username", email).formParam("password", "karta-first")
                .post("/realms/karta/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
        asToken(again).get("/api/v1/me").then().statusCode(200).body("roles", hasItem("organisation-admin"));
        // nobody else's staff
        String stranger = person(token, Fixtures.MEMBER2_ORG, freshEmail());
        asToken(admin).post("/api/v1/people/" + stranger + "/invitation").then().statusCode(403);
        asToken(admin).post("/api/v1/people/" + stranger + "/account/disable").then().statusCode(403);
    }

    @Test
    void shouldIssueRotateAndRevokeAScriptsServiceAccount() {
        String token = association();
        var created = asToken(token).contentType(ContentType.JSON).body(Map.of("name", "Выгрузка для проверки"))
                .post("/api/v1/service-accounts").then().statusCode(201).body("secret", notNullValue())
                .body("clientId", containsString("karta-script-")).extract();
        String id = created.path("id");
        String clientId = created.path("clientId");
        String secret = created.path("secret");
        asToken(token).get("/api/v1/service-accounts").then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.secret", org.hamcrest.Matchers.nullValue());
        String script = scriptToken(clientId, secret, 200);
        asToken(script).get("/api/v1/me").then().statusCode(200).body("roles", equalTo(List.of("integration")))
                .body("name", equalTo("Выгрузка для проверки"));
        asToken(script).get("/api/v1/roadmaps").then().statusCode(200);
        asToken(token).get("/api/v1/service-accounts").then()
                .body("items.find { it.id == '" + id + "' }.lastUsedAt", notNullValue());
        // rotation: the new secret works, the old one no more
        String rotated = asToken(token).post("/api/v1/service-accounts/" + id + "/secret").then().statusCode(200)
                .extract().path("secret");
        assertNotEquals(secret, rotated);
        scriptToken(clientId, secret, 401);
        String fresh = scriptToken(clientId, rotated, 200);
        // revoked: no new token, and the one it holds is refused
        asToken(token).delete("/api/v1/service-accounts/" + id).then().statusCode(204);
        scriptToken(clientId, rotated, 401);
        asToken(fresh).get("/api/v1/roadmaps").then().statusCode(401);
        asToken(token).get("/api/v1/audit-events?objectType=SERVICE_ACCOUNT&objectId=" + id).then().statusCode(200)
                .body("items.action", equalTo(List.of("REVOKED", "SECRET_ROTATED", "CREATED")));
    }

    static String scriptToken(String clientId, String secret, int status) {
        var response = given().baseUri(RealKeycloak.URL).formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId).formParam("client_secret", secret)
                .post("/realms/karta/protocol/openid-connect/token").then().statusCode(status);
        return status == 200 ? response.extract().path("access_token") : null;
    }

    @Test
    void shouldRenameTheKeycloakOrganizationWithTheOrganisation() {
        String token = association();
        String organisation = organisationWithSignIn(token);
        // a name of this run: a Keycloak kept between runs holds the organizations renamed by earlier ones
        String renamed = ru.karta.support.Fixtures.unique("Партнёр-Переименован");
        String etag = asToken(token).get("/api/v1/organisations/" + organisation).then().extract().header("ETag");
        asToken(token).header("If-Match", etag).contentType(ru.karta.support.Api.MERGE_PATCH)
                .body(Map.of("shortName", renamed)).patch("/api/v1/organisations/" + organisation)
                .then().statusCode(200);
        List<Map<String, Object>> found = admin().queryParam("q", "alias:" + organisation).get("/organizations")
                .then().statusCode(200).extract().path("$");
        String description = admin().queryParam("search", renamed).get("/organizations").then().statusCode(200)
                .extract().path("[0].description");
        assertEquals(renamed, description, String.valueOf(found));
        asToken(token).contentType(ContentType.JSON).body(Map.of("enabled", false))
                .post("/api/v1/organisations/" + organisation + "/sign-in").then().statusCode(200)
                .body("signIn.enabled", equalTo(false));
        boolean enabled = admin().queryParam("search", renamed).get("/organizations").then().extract()
                .path("[0].enabled");
        assertEquals(false, enabled);
    }

    @Test
    void shouldSendAnAddressOfThePartnersDomainToThePartnersOwnIdentityProvider() {
        String token = association();
        String organisation = asToken(token).contentType(ContentType.JSON)
                .body(Map.of("kind", "RESEARCH_EDUCATION", "fullName", Fixtures.unique("НОЦ «Партнёр»")))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String domain = "p" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        asToken(token).contentType(ContentType.JSON).body(Map.of("enabled", true, "domain", domain,
                "identityProvider", Map.of("issuer", RealKeycloak.URL + "/realms/partner", "clientId", "karta-broker",
                        "clientSecret", "karta-broker-dev-secret", "displayName", "Вход для сотрудников партнёра")))
                .post("/api/v1/organisations/" + organisation + "/sign-in").then().statusCode(200)
                .body("signIn.enabled", equalTo(true)).body("signIn.domain", equalTo(domain))
                .body("signIn.identityProvider.alias", equalTo("org-" + organisation))
                .body("signIn.identityProvider.issuer", equalTo(RealKeycloak.URL + "/realms/partner"));
        // Keycloak's login page asks for the address first; one of the partner's domain goes to the partner's realm
        var cookies = new java.util.HashMap<String, String>();
        var page = given().baseUri(RealKeycloak.URL).redirects().follow(false)
                .queryParam("client_id", "karta-web").queryParam("redirect_uri", "http://127.0.0.1:5173/")
                .queryParam("response_type", "code").queryParam("scope", "openid")
                .queryParam("code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
                .queryParam("code_challenge_method", "S256")
                .get("/realms/karta/protocol/openid-connect/auth").then().statusCode(200).extract();
        cookies.putAll(page.cookies());
        java.util.regex.Matcher action = java.util.regex.Pattern.compile("action=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(action.find(), "the login page has a form");
        String next = given().redirects().follow(false).cookies(cookies).contentType(ContentType.URLENC)
                .formParam("username", "petrov@" + domain)
                .post(action.group(1).replace("&amp;", "&")).then().extract().header("Location");
        assertTrue(next != null && next.startsWith(RealKeycloak.URL + "/realms/karta/broker/org-" + organisation + "/login"),
                "handed to the organisation's identity provider, not " + next);
        String partner = given().redirects().follow(false).cookies(cookies).get(next).then().extract()
                .header("Location");
        assertTrue(partner != null && partner.startsWith(RealKeycloak.URL + "/realms/partner/protocol/openid-connect/auth")
                && partner.contains("client_id=karta-broker") && partner.contains("login_hint=petrov%40" + domain), "sent to the partner's own sign-in, not " + partner);
        // the organization holds the domain and the provider
        String organization = admin().get("/organizations?search=" + domain).then().statusCode(200)
                .body("[0].alias", equalTo(organisation)).extract().path("[0].id");
        admin().get("/organizations/" + organization + "/identity-providers").then().statusCode(200)
                .body("alias", equalTo(List.of("org-" + organisation)));
    }
}
