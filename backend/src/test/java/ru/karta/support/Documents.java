package ru.karta.support;

import static ru.karta.support.Api.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import io.restassured.response.Response;
import ru.karta.support.TestTokens.Demo;

/** Roadmap documents for the import tests: the seed, Word tables built here, and files that are not roadmaps. */
public final class Documents {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** File names in UTF-8, as browsers send them. */
    public static final io.restassured.config.RestAssuredConfig UTF8_NAMES = io.restassured.RestAssured.config()
            .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                    .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));

    private Documents() {
    }

    public static byte[] seed() {
        try (InputStream in = Documents.class.getResourceAsStream("/seeds/roadmap-2017-smolensk-composite-cluster.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small PDF, as a scanned agreement would start. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% Karta test\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Attaches a file to an item (and a progress update, when given). */
    public static Response attach(Demo who, String item, String name, byte[] file, String type, String progressUpdateId) {
        var request = as(who).config(UTF8_NAMES).multiPart("file", name, file, type);
        if (progressUpdateId != null) {
            request = request.multiPart("progressUpdateId", progressUpdateId);
        }
        return request.post("/api/v1/roadmap-items/" + item + "/attachments");
    }

    /** Uploads a file for a preview. */
    public static Response upload(Demo who, String name, byte[] file, String type) {
        return as(who).config(UTF8_NAMES).multiPart("file", name, file, type).post("/api/v1/roadmap-imports");
    }

    /** A cell's text: "\n" starts a new paragraph; "^" continues the merge from the row above; "»n" spans n columns. */
    public static byte[] docx(List<String> title, List<List<String>> rows) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : title) {
                document.createParagraph().createRun().setText(line);
            }
            int width = rows.get(0).size();
            XWPFTable table = document.createTable(rows.size(), width);
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                List<String> cells = rows.get(r);
                int c = 0;
                for (String text : cells) {
                    XWPFTableCell cell = row.getCell(c);
                    CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    if (text.startsWith("»")) {
                        int span = Integer.parseInt(text.substring(1, 2));
                        pr.addNewGridSpan().setVal(java.math.BigInteger.valueOf(span));
                        text = text.substring(2);
                        for (int i = 1; i < span; i++) {
                            row.getCtRow().removeTc(c + 1);
                        }
                    }
                    if (text.equals("^")) {
                        pr.addNewVMerge().setVal(STMerge.CONTINUE);
                        text = "";
                    } else if (r + 1 < rows.size() && c < rows.get(r + 1).size()
                            && "^".equals(rows.get(r + 1).get(c))) {
                        pr.addNewVMerge().setVal(STMerge.RESTART);
                    }
                    String[] paragraphs = text.split("\n", -1);
                    XWPFParagraph first = cell.getParagraphs().get(0);
                    first.createRun().setText(paragraphs[0]);
                    for (int p = 1; p < paragraphs.length; p++) {
                        cell.addParagraph().createRun().setText(paragraphs[p]);
                    }
                    c++;
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip with the given entries. */
    public static byte[] zip(String name, byte[] content) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX whose document part unpacks to 40 MB of spaces: a zip bomb. */
    public static byte[] zipBomb() {
        byte[] valid = docx(List.of("Карта"), List.of(List.of("№", "Мероприятие", "Сроки")));
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes);
                java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                        new java.io.ByteArrayInputStream(valid))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    byte[] xml = in.readAllBytes();
                    String s = new String(xml, StandardCharsets.UTF_8);
                    int at = s.indexOf("<w:body>") + "<w:body>".length();
                    zip.write(s.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 40; i++) {
                        zip.write(spaces);
                    }
                    zip.write(s.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(in.readAllBytes());
                }
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
