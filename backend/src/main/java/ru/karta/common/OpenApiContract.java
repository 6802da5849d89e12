package ru.karta.common;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Finishes the generated contract. Response schemas list every property as required (a property that may be empty is
 * marked nullable and sent as null, never left out), so clients can rely on the shape. And it adds the error answers every operation can give, each with the one Problem schema, so the contract lists them
 * consistently: 401/403/500 everywhere, 404 under an id, 400 where there is input, 409/412/428 where a write names a
 * version (PATCH, PUT), 413/415 where there is a body.
 */
public class OpenApiContract implements OASFilter {

    /** The header parameter of the creating POSTs that take an Idempotency-Key (referenced by name). */
    public static final String IDEMPOTENCY_KEY = "IdempotencyKey";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "Invalid input; errors names the fields"),
            Map.entry("401", "No valid bearer token"),
            Map.entry("403", "The caller may see this but not do this"),
            Map.entry("404", "Not found, or not visible to the caller"),
            Map.entry("409", "Conflicts with the current state (stale version field, duplicate, in use)"),
            Map.entry("412", "If-Match names a stale version"),
            Map.entry("413", "Request body too large"),
            Map.entry("415", "Request body is not JSON"),
            Map.entry("422", "This Idempotency-Key was used for another request (another body or resource)"),
            Map.entry("428", "A write must name its version (If-Match or a version field)"),
            Map.entry("500", "Unexpected error; requestId identifies it in the server log"),
            Map.entry("503", "The database or the sign-in server (Keycloak) cannot be reached; nothing was changed. Retry-After says when to try again"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().forEach((name, schema) -> {
                if (schema.getProperties() != null) {
                    schema.getProperties().values().forEach(OpenApiContract::referencedMapValues);
                }
                if (schema.getProperties() == null || name.endsWith("Input")) {
                    return;
                }
                if (name.endsWith("Patch")) {
                    schema.setRequired(null); // a merge patch names only what changes
                    return;
                }
                if (name.equals("Problem")) {
                    schema.setRequired(java.util.List.of("type", "title", "status", "detail", "requestId"));
                } else {
                    schema.setRequired(new java.util.ArrayList<>(schema.getProperties().keySet()));
                }
            });
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addParameter(IDEMPOTENCY_KEY, OASFactory.createParameter().name("Idempotency-Key")
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER).required(false)
                .description("""
                        A key of the caller's choosing (a UUID) that makes a retry safe: a retry with the same key and \
                        body within 24 hours gets the first answer again (with Idempotency-Replayed: true) and \
                        creates nothing; the same key with another body is a 422. Keys are the caller's own.""")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .minLength(1).maxLength(255)));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> addErrors(path, method, operation));
        });
    }

    /**
     * A map whose values name a component schema (a report's values: ReportValue, a number or null) takes that schema
     * alone; the type the scanner adds beside the reference would narrow it (no null).
     */
    private static void referencedMapValues(org.eclipse.microprofile.openapi.models.media.Schema property) {
        var values = property.getAdditionalPropertiesSchema();
        if (values != null && values.getRef() != null) {
            values.setType(null);
        }
    }

    private void addErrors(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        add(responses, "401");
        add(responses, "403");
        add(responses, "500");
        add(responses, "503");
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasQuery = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() != null && "query".equals(p.getIn().toString()));
        if (path.contains("{")) {
            add(responses, "404");
        }
        if (hasBody || hasQuery) {
            add(responses, "400");
        }
        if (hasBody) {
            add(responses, "413");
            add(responses, "415");
        }
        if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.PUT) {
            add(responses, "409");
            add(responses, "412");
            add(responses, "428");
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> ("#/components/parameters/" + IDEMPOTENCY_KEY).equals(p.getRef()))) {
            add(responses, "422");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.DELETE) {
            add(responses, "409");
            if (path.contains("{")) {
                add(responses, "412");
            }
        }
    }

    private static void add(APIResponses responses, String code) {
        if (responses.hasAPIResponse(code) && responses.getAPIResponse(code).getContent() != null) {
            return;
        }
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(DESCRIPTIONS.get(code)).content(content));
    }
}
