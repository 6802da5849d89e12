package ru.karta.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.karta.support.Api;

/** openapi.yaml at the root is the published contract: it must be exactly what the code generates. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void publishedContractMatchesTheCode() throws IOException {
        Path generated = Path.of("target", "openapi", "openapi.yaml");
        assertTrue(Files.exists(generated), "SmallRye OpenAPI did not write " + generated);
        assertTrue(Files.exists(Api.CONTRACT), "openapi.yaml is missing at the repository root: run `make openapi`");
        assertEquals(Files.readString(generated), Files.readString(Api.CONTRACT),
                "openapi.yaml differs from what the code generates: run `make openapi` and commit the result");
    }
}
