package ru.karta.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/** The operations of the published contract, openapi.yaml, for the sweeps that must cover each of them. */
public final class Contract {

    public record Op(String id, String method, String path, Operation operation) {
        public boolean hasBody() {
            return operation.getRequestBody() != null;
        }
    }

    private static OpenAPI api;

    private Contract() {
    }

    public static synchronized OpenAPI api() {
        if (api == null) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            options.setResolveFully(true);
            api = new OpenAPIV3Parser().read(Api.CONTRACT.toAbsolutePath().toString(), null, options);
        }
        return api;
    }

    public static List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, PathItem> path : api().getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((method, operation) -> ops
                    .add(new Op(operation.getOperationId(), method.name(), path.getKey(), operation)));
        }
        return ops;
    }
}
