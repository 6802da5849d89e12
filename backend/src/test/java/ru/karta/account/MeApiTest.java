package ru.karta.account;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static ru.karta.support.Api.as;
import static ru.karta.support.Api.asToken;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens;
import ru.karta.support.TestTokens.Demo;

@QuarkusTest
class MeApiTest {

    @Test
    void shouldSayWhoTheCallerIsAndForWhichOrganisation() {
        as(Demo.DEPARTMENT).get("/api/v1/me").then().statusCode(200)
                .body("subject", equalTo(Demo.DEPARTMENT.subject)).body("username", equalTo("department"))
                .body("name", equalTo(Demo.DEPARTMENT.name)).body("roles", contains("department"))
                .body("organisationId", equalTo(Fixtures.DEPARTMENT_ORG))
                .body("organisationName", equalTo("Департамент инвестиционного развития Смоленской области"))
                .body("personId", equalTo("30000000-0000-4000-8000-000000000013"));
        as(Demo.MEMBER2).get("/api/v1/me").then().body("organisationId", equalTo(Fixtures.MEMBER2_ORG));
    }

    @Test
    void shouldKnowAScriptHasNoOrganisation() {
        as(Demo.SCRIPT).get("/api/v1/me").then().statusCode(200).body("roles", contains("integration"))
                .body("organisationId", nullValue()).body("name", equalTo("service-account-karta-script"));
    }

    @Test
    void shouldOnlyListKartaRoles() {
        asToken(TestTokens.token("s-1", "mixed", "Смешанный", "ckr", "offline_access", "uma_authorization"))
                .get("/api/v1/me").then().statusCode(200).body("roles", contains("ckr"));
    }
}
