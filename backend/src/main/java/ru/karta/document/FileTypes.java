package ru.karta.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a file is, told by its content, never by its name: the evidence a cluster keeps is documents (PDF, Word,
 * Excel, OpenDocument, plain text) and pictures (JPEG, PNG, HEIC from phones, WebP, GIF). Anything else (executables,
 * HTML, archives of other things) is refused.
 */
final class FileTypes {

    private FileTypes() {
    }

    /** The media type of the file, or null when it is not one Karta keeps. */
    static String detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        if (head.length == 0) {
            return null;
        }
        if (starts(head, "%PDF-")) {
            return "application/pdf";
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (head.length >= 8 && (head[0] & 0xff) == 0x89 && starts(head, 1, "PNG\r\n\u001a\n")) {
            return "image/png";
        }
        if (starts(head, "GIF87a") || starts(head, "GIF89a")) {
            return "image/gif";
        }
        if (starts(head, "RIFF") && starts(head, 8, "WEBP")) {
            return "image/webp";
        }
        if (head.length >= 12 && starts(head, 4, "ftyp")) {
            String brand = new String(head, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (brand.matches("heic|heix|hevc|mif1|msf1|heif")) {
                return "image/heic";
            }
            return null;
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0) {
            return "application/x-ole-storage"; // .doc, .xls of old Office
        }
        if (starts(head, "PK\u0003\u0004")) {
            return office(file);
        }
        return text(head) ? "text/plain" : null;
    }

    /** An Office Open XML or OpenDocument package, by what it holds. */
    private static String office(Path file) throws IOException {
        boolean contentTypes = false;
        String word = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 2000) {
                String name = entry.getName();
                if (name.equals("mimetype")) {
                    String mime = new String(zip.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII).strip();
                    return mime.startsWith("application/vnd.oasis.opendocument.") ? mime : null;
                }
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.startsWith("word/")) {
                    word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                } else if (name.startsWith("xl/")) {
                    word = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                } else if (name.startsWith("ppt/")) {
                    word = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                }
                if (contentTypes && word != null) {
                    return word;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /** UTF-8 (or Windows-1251) text without control characters other than tabs and line breaks, and not HTML. */
    private static boolean text(byte[] head) {
        for (byte b : head) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
        }
        String start = new String(head, 0, Math.min(head.length, 512), java.nio.charset.StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(Locale.ROOT);
        return !(start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<script")
                || start.startsWith("<svg") || start.startsWith("<?xml"));
    }

    private static boolean starts(byte[] head, String magic) {
        return starts(head, 0, magic);
    }

    private static boolean starts(byte[] head, int offset, String magic) {
        if (head.length < offset + magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if ((head[offset + i] & 0xff) != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
