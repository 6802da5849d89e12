package ru.karta.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.as;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import ru.karta.support.Documents;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens.Demo;

/**
 * Evidence in an S3-compatible store: make test runs s3rver, which checks request signatures as S3 does. Files go to
 * the bucket and nowhere else, come back byte for byte, leave with their deletion, and an object written for a
 * transaction that rolls back is gone; files kept in PostgreSQL before the store was changed are still served.
 */
@QuarkusTest
@TestProfile(AttachmentS3StoreTest.S3.class)
class AttachmentS3StoreTest {

    static final String URL = System.getProperty("karta.test.s3.url", "http://127.0.0.1:4568");

    public static class S3 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("karta.attachments.store", "s3", "karta.attachments.s3.endpoint", URL,
                    "karta.attachments.s3.bucket", "karta-test", "karta.attachments.s3.path-style", "true",
                    "karta.attachments.s3.access-key-id", "S3RVER", "karta.attachments.s3.secret-access-key",
                    "S3RVER", "karta.attachments.s3.prefix", "evidence/");
        }
    }

    @Inject
    EvidenceStores stores;

    @Inject
    DataSource db;

    @BeforeAll
    static void requireServer() {
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress(java.net.URI.create(URL).getHost(),
                    java.net.URI.create(URL).getPort()), 2000);
        } catch (java.io.IOException e) {
            throw new AssertionError("No S3-compatible server at " + URL + ": make test starts one (s3rver from"
                    + " scripts/s3-test-server); or run it by hand with --configure-bucket karta-test", e);
        }
    }

    private S3EvidenceStore s3() {
        return (S3EvidenceStore) stores.current();
    }

    @Test
    void shouldKeepUploadsInTheBucketOnlyAndServeThemWhole() throws Exception {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'evidence store' }.data.store", equalTo("s3"))
                .body("checks.find { it.name == 'evidence store' }.status", equalTo("UP"));
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        byte[] pdf = Documents.pdf("акт приёмки, хранится в S3");
        long contentRows = Fixtures.count("attachment_content");
        String id = Documents.attach(Demo.DEPARTMENT, item, "Акт приёмки.pdf", pdf, "application/pdf", null).then()
                .statusCode(201).body("sha256", equalTo(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(pdf))))
                .extract().path("id");
        assertTrue(s3().exists(UUID.fromString(id)), "the object is in the bucket");
        assertEquals(contentRows, Fixtures.count("attachment_content"), "no bytes in PostgreSQL");
        assertEquals("s3", storeOf(id));
        byte[] back = as(Demo.MEMBER2).accept("*/*").get("/api/v1/attachments/" + id).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(pdf, back);

        as(Demo.DEPARTMENT).delete("/api/v1/attachments/" + id).then().statusCode(204);
        assertFalse(s3().exists(UUID.fromString(id)), "the object left with the file");
        as(Demo.DEPARTMENT).accept("*/*").get("/api/v1/attachments/" + id).then().statusCode(404);
    }

    @Test
    void shouldRemoveTheObjectOfARolledBackUploadAndKeepTheObjectOfARolledBackDeletion() throws Exception {
        Path file = Files.createTempFile("karta-s3", ".pdf");
        byte[] pdf = Documents.pdf("откат");
        Files.write(file, pdf);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        UUID rolledBack = UUID.randomUUID();
        QuarkusTransaction.begin();
        s3().put(rolledBack, file, pdf.length, "application/pdf", sha);
        assertTrue(s3().exists(rolledBack), "written before the commit");
        QuarkusTransaction.rollback();
        assertFalse(s3().exists(rolledBack), "gone with the rollback");

        UUID kept = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> s3().put(kept, file, pdf.length, "application/pdf", sha));
        QuarkusTransaction.begin();
        s3().remove(kept);
        QuarkusTransaction.rollback();
        assertTrue(s3().exists(kept), "a deletion that rolled back removes nothing");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s3().copy(kept, out);
        assertArrayEquals(pdf, out.toByteArray());
        QuarkusTransaction.requiringNew().run(() -> s3().remove(kept));
        assertFalse(s3().exists(kept));
        Files.delete(file);
    }

    @Test
    void shouldStillServeFilesKeptInPostgresqlBeforeTheStoreChanged() throws Exception {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        byte[] pdf = Documents.pdf("хранился в базе");
        UUID id = UUID.randomUUID();
        try (var c = db.getConnection()) {
            try (var insert = c.prepareStatement("""
                    insert into attachment (id, item_id, file_name, media_type, size_bytes, sha256, created_at,
                                            created_by, created_by_name, store)
                    values (?, ?::uuid, 'старый.pdf', 'application/pdf', ?, ?, now(), 'someone', 'Кто-то',
                            'database')""")) {
                insert.setObject(1, id);
                insert.setString(2, item);
                insert.setLong(3, pdf.length);
                insert.setString(4, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
                insert.executeUpdate();
            }
            try (var insert = c.prepareStatement(
                    "insert into attachment_content (attachment_id, content) values (?, ?)")) {
                insert.setObject(1, id);
                insert.setBytes(2, pdf);
                insert.executeUpdate();
            }
        }
        as(Demo.DEPARTMENT).get("/api/v1/roadmap-items/" + item + "/attachments").then().statusCode(200)
                .body("items.fileName", hasItem("старый.pdf"));
        assertArrayEquals(pdf, as(Demo.DEPARTMENT).accept("*/*").get("/api/v1/attachments/" + id).then()
                .statusCode(200).extract().asByteArray());
        as(Demo.ASSOCIATION).delete("/api/v1/attachments/" + id).then().statusCode(204);
        assertEquals(0, count("select count(*) from attachment_content where attachment_id = '" + id + "'"));
    }

    private String storeOf(String id) throws Exception {
        try (var c = db.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("select store from attachment where id = '" + id + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private long count(String sql) throws Exception {
        try (var c = db.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
