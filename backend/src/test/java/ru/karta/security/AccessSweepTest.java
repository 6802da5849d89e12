package ru.karta.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.anonymous;
import static ru.karta.support.Api.as;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import ru.karta.support.Contract;
import ru.karta.support.Operations;
import ru.karta.support.Spreadsheets;
import ru.karta.support.TestTokens.Demo;

/**
 * Calls every operation of openapi.yaml as every caller and checks the answer against docs/access.md, the one
 * place the access table is written down. A new operation without a row there fails here.
 */
@QuarkusTest
class AccessSweepTest {

    static final Path TABLE = Path.of("..", "docs", "access.md");
    static final List<String> CALLERS = List.of("association", "ckr", "department", "member", "member2",
            "integration", "anonymous");

    record Row(String operation, String target, Map<String, Integer> expected) {
    }

    static List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE)) {
            if (!line.startsWith("| ") || line.startsWith("| operation") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
            if (cells.length != 2 + CALLERS.size()) {
                throw new IllegalStateException(
                        "docs/access.md: a row needs " + (2 + CALLERS.size()) + " cells: " + line);
            }
            Map<String, Integer> expected = new LinkedHashMap<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                expected.put(CALLERS.get(i), Integer.parseInt(cells[2 + i].trim()));
            }
            rows.add(new Row(cells[0].trim(), cells[1].trim(), expected));
        }
        return rows;
    }

    static RequestSpecification caller(String name) {
        return switch (name) {
            case "association" -> as(Demo.ASSOCIATION);
            case "ckr" -> as(Demo.CKR);
            case "department" -> as(Demo.DEPARTMENT);
            case "member" -> as(Demo.MEMBER);
            case "member2" -> as(Demo.MEMBER2);
            case "integration" -> as(Demo.SCRIPT);
            default -> anonymous();
        };
    }

    @Test
    void everyOperationOfTheContractHasARowInTheAccessTable() throws IOException {
        Set<String> inTable = table().stream().map(Row::operation).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        Set<String> inContract = new TreeSet<>();
        for (Contract.Op op : Contract.operations()) {
            inContract.add(op.id());
            if (!inTable.contains(op.id())) {
                missing.add(op.id() + " (" + op.method() + " " + op.path() + ")");
            }
        }
        assertTrue(missing.isEmpty(), "operations of openapi.yaml without a row in docs/access.md: " + missing);
        Set<String> stale = new TreeSet<>(inTable);
        stale.removeAll(inContract);
        assertTrue(stale.isEmpty(), "rows of docs/access.md for operations openapi.yaml does not have: " + stale);
    }

    @Test
    void onlyHealthMetricsAndTheApiDocumentArePublic() {
        for (String path : List.of("/q/health/live", "/q/health/ready", "/q/openapi", "/q/metrics")) {
            assertEquals(200, RestAssured.given().get(path).statusCode(), path);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEveryCallerAsTheTableSays() throws IOException {
        Map<String, Contract.Op> byId = Contract.operations().stream()
                .collect(Collectors.toMap(Contract.Op::id, op -> op));
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : table()) {
            Contract.Op op = byId.get(row.operation());
            if (op == null) {
                continue; // reported by everyOperationOfTheContractHasARowInTheAccessTable
            }
            row.expected().forEach((who, status) -> tests.add(DynamicTest.dynamicTest(
                    op.id() + " " + row.target() + " as " + who + " → " + status, () -> {
                        Supplier<String> target = Operations.TARGETS.get(row.target());
                        assertTrue(target != null, "docs/access.md names an unknown target: " + row.target());
                        Response response = call(op, caller(who), target.get());
                        assertEquals(status, response.statusCode(), () -> op.method() + " " + op.path() + " as "
                                + who + " answered " + response.statusCode() + ": " + response.asString());
                        if (status >= 400) {
                            response.then().contentType("application/problem+json");
                        }
                    })));
        }
        return tests.stream();
    }

    static Response call(Contract.Op op, RequestSpecification request, String target) {
        String path = Operations.path(op, target);
        var file = Operations.FILES.get(op.id());
        var upload = Operations.UPLOADS.get(op.id());
        if (upload != null) {
            request = request.multiPart("file", upload.name(), upload.file().get(), upload.type());
        } else if (file != null) {
            request = request.contentType(Spreadsheets.XLSX).body(file.apply(target));
        } else if (op.hasBody()) {
            Supplier<Object> body = Operations.BODIES.get(op.id());
            assertTrue(body != null, "Operations.BODIES needs a valid body for " + op.id());
            request = request.contentType(ContentType.JSON).body(body.get());
        }
        if (op.method().equals("PATCH")) {
            // the version field names the current version whoever asks (the ETag differs by caller)
            Object version = ru.karta.support.Api.as(ru.karta.support.TestTokens.Demo.ASSOCIATION).get(path).then()
                    .extract().path("version");
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> body = new java.util.HashMap<>((java.util.Map<String, Object>) Operations.BODIES
                    .get(op.id()).get());
            body.put("version", version);
            request = request.contentType(ContentType.JSON).body(body);
        }
        if (hasQueryParameter(op, "version")) {
            // a write that names its version in the query: the current one, whoever asks
            Object version = ru.karta.support.Api.as(ru.karta.support.TestTokens.Demo.ASSOCIATION)
                    .get(path.substring(0, path.lastIndexOf('/'))).then().extract().path("version");
            request = request.queryParam("version", version);
        }
        return request.request(op.method(), path);
    }

    static boolean hasQueryParameter(Contract.Op op, String name) {
        return op.operation().getParameters() != null && op.operation().getParameters().stream()
                .anyMatch(p -> "query".equals(p.getIn()) && name.equals(p.getName()));
    }
}
