package ru.karta.roadmap;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.as;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens.Demo;

/**
 * The same list request, asked again and again, reuses Hibernate's query plans. A plan that is never found again is
 * added on every request: the cache fills up with copies, every lookup walks them, and the backend slows down the
 * longer it runs (found by profiling bench/run.sh).
 */
@QuarkusTest
class QueryPlanCacheTest {

    @Inject
    EntityManagerFactory factory;

    private int cachedPlans() {
        return factory.unwrap(SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache()
                .getNumberOfCachedQueryPlans();
    }

    private static void askTheSameLists() {
        String items = "/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/items";
        as(Demo.DEPARTMENT).get(items + "?q=совещание&size=5").then().statusCode(200);
        as(Demo.DEPARTMENT).get(items + "?status=IN_PROGRESS&overdue=true").then().statusCode(200);
        as(Demo.DEPARTMENT).get(items + "?organisationId=" + Fixtures.DEPARTMENT_ORG).then().statusCode(200);
        as(Demo.DEPARTMENT).get(items + "?sort=-dueDate").then().statusCode(200);
        as(Demo.DEPARTMENT).get("/api/v1/roadmaps/" + Fixtures.SEED_ROADMAP + "/summary").then().statusCode(200);
    }

    @Test
    void repeatedListRequestsReuseTheirQueryPlans() {
        askTheSameLists();
        int before = cachedPlans();
        for (int i = 0; i < 20; i++) {
            askTheSameLists();
        }
        int after = cachedPlans();
        assertTrue(after - before < 5, "20 rounds of the same requests added " + (after - before)
                + " query plans (from " + before + " to " + after + ")");
    }
}
