package ru.karta.support;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Requests as the users of Karta make them. Every answer is validated against the published openapi.yaml (responses
 * only: some tests send bad requests on purpose).
 */
public final class Api {

    public static final Path CONTRACT = Path.of("..", "openapi.yaml");
    public static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
    private static final OpenApiValidationFilter CONTRACT_FILTER = contractFilter();

    private Api() {
    }

    public static RequestSpecification as(TestTokens.Demo user) {
        return asToken(user.token());
    }

    public static RequestSpecification asToken(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification anonymous() {
        RequestSpecification spec = given().accept(ContentType.JSON);
        if (CONTRACT_FILTER != null) {
            spec = spec.filter(CONTRACT_FILTER);
        }
        return spec;
    }

    private static OpenApiValidationFilter contractFilter() {
        if (!Files.exists(CONTRACT)) {
            return null;
        }
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForSpecificationUrl(CONTRACT.toAbsolutePath().toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .withLevel("validation.response.status.unknown", ValidationReport.Level.ERROR)
                        .build())
                .build();
        return new OpenApiValidationFilter(validator);
    }
}
