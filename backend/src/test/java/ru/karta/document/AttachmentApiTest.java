package ru.karta.document;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.karta.support.Api.as;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import ru.karta.support.Documents;
import ru.karta.support.Fixtures;
import ru.karta.support.TestTokens.Demo;

/** Evidence files on items and progress updates: kept whole, told by their content, read as the item is. */
@QuarkusTest
class AttachmentApiTest {

    @Test
    void shouldKeepAFileWithItsNameAndDigestAndGiveItBackToEveryReaderOfTheItem() throws Exception {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        byte[] pdf = Documents.pdf("соглашение о сотрудничестве № 12");
        JsonPath made = Documents.attach(Demo.DEPARTMENT, item, "Соглашение № 12 «Композит».pdf", pdf,
                "application/octet-stream", null).then().statusCode(201).extract().jsonPath();
        assertEquals("application/pdf", made.getString("mediaType"), "told by the content");
        assertEquals(pdf.length, made.getLong("size"));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertEquals(sha, made.getString("sha256"));
        assertEquals("Соглашение № 12 «Композит».pdf", made.getString("fileName"));
        as(Demo.MEMBER2).get("/api/v1/roadmap-items/" + item + "/attachments").then().statusCode(200)
                .body("items.id", hasItem(made.getString("id"))).body("canUpload", equalTo(false));
        byte[] back = as(Demo.SCRIPT).accept("*/*").get(made.getString("downloadUrl")).then().statusCode(200)
                .contentType("application/pdf").header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("filename*=UTF-8''%D0%A1%D0%BE%D0%B3"))
                .header("Content-Disposition", containsString("filename=\"karta-file-")).extract().asByteArray();
        assertArrayEquals(pdf, back);
    }

    @Test
    void shouldDocumentAProgressUpdateAndTellTypesByContentNotByName() {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        String update = as(Demo.DEPARTMENT).contentType(ContentType.JSON).body(Map.of("text", "Подписано соглашение"))
                .post("/api/v1/roadmap-items/" + item + "/progress-updates").then().statusCode(201).extract()
                .path("id");
        byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1 };
        Documents.attach(Demo.DEPARTMENT, item, "IMG_0001.exe", jpeg, "application/octet-stream", update).then()
                .statusCode(201).body("mediaType", equalTo("image/jpeg")).body("progressUpdateId", equalTo(update));
        byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0 };
        Documents.attach(Demo.DEPARTMENT, item, "отчёт.pdf", program, "application/pdf", null).then().statusCode(415)
                .contentType("application/problem+json").body("errors.field", hasItem("file"));
        Documents.attach(Demo.DEPARTMENT, item, "a.txt", "<html><script>x</script>".getBytes(StandardCharsets.UTF_8),
                "text/plain", null).then().statusCode(415);
        Documents.attach(Demo.DEPARTMENT, item, "a.pdf", new byte[0], "application/pdf", null).then().statusCode(400);
        String other = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        Documents.attach(Demo.DEPARTMENT, other, "a.pdf", Documents.pdf("x"), "application/pdf", update).then()
                .statusCode(400).body("errors.field", hasItem("progressUpdateId"));
        Documents.attach(Demo.DEPARTMENT, item, "big.pdf", new byte[20 * 1024 * 1024 + 1], "application/pdf", null)
                .then().statusCode(413).contentType("application/problem+json");
        as(Demo.SCRIPT).get("/api/v1/roadmap-items/" + item + "/attachments").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("maxSize", equalTo(20 * 1024 * 1024));
    }

    @Test
    void shouldLetOnlyThoseWhoReportAttachAndTheUploaderOrTheClusterDeleteWithAnAuditTrail() {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.MEMBER_ORG).get("item");
        Documents.attach(Demo.MEMBER2, item, "a.pdf", Documents.pdf("x"), "application/pdf", null).then()
                .statusCode(403);
        String draftItem = Fixtures.item(Fixtures.draftRoadmap(), "1", "2030", List.of(Fixtures.MEMBER_ORG), List.of());
        Documents.attach(Demo.ASSOCIATION, draftItem, "a.pdf", Documents.pdf("x"), "application/pdf", null).then()
                .statusCode(409);
        String id = Documents.attach(Demo.MEMBER, item, "акт.pdf", Documents.pdf("акт"), "application/pdf", null)
                .then().statusCode(201).body("permissions.delete", equalTo(true)).extract().path("id");
        as(Demo.MEMBER2).delete("/api/v1/attachments/" + id).then().statusCode(403);
        as(Demo.CKR).delete("/api/v1/attachments/" + id).then().statusCode(204);
        as(Demo.MEMBER).accept("*/*").get("/api/v1/attachments/" + id).then().statusCode(404);
        as(Demo.ASSOCIATION).get("/api/v1/audit-events?objectType=ATTACHMENT&objectId=" + id).then().statusCode(200)
                .body("items.action", hasItem("DELETED"));
        as(Demo.MEMBER).accept("*/*").get("/api/v1/attachments/00000000-0000-4000-8000-000000000000").then()
                .statusCode(404);
    }

    @Test
    void shouldLeaveNothingOfAnUploadThatWasCutOff() throws Exception {
        String item = Fixtures.approvedRoadmapWithItem(Fixtures.DEPARTMENT_ORG).get("item");
        long before = Fixtures.count("attachment") + Fixtures.count("attachment_content");
        String boundary = "karta-cut-off";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n";
        try (Socket socket = new Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/roadmap-items/" + item + "/attachments HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Authorization: Bearer " + Demo.DEPARTMENT.token() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                    + "Content-Length: 5000000\r\n\r\n" + head).getBytes(StandardCharsets.UTF_8));
            out.write(new byte[100_000]);
            out.flush();
        }
        // the server is told the request ended early; give it a moment to throw the upload away
        Thread.sleep(500);
        assertEquals(before, Fixtures.count("attachment") + Fixtures.count("attachment_content"));
        as(Demo.DEPARTMENT).get("/api/v1/roadmap-items/" + item + "/attachments").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }
}
