package ru.karta.common;

import java.nio.charset.StandardCharsets;

/**
 * Files the API answers with: their media types and a Content-Disposition that gives browsers the Russian name
 * (RFC 6266 with RFC 5987's {@code filename*}) and everything else a plain ASCII one.
 */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";
    private static final int MAX_NAME = 120;

    private Downloads() {
    }

    /** A file to answer with: its name as shown and in ASCII, its media type, and how to write it. */
    public record File(String name, String asciiName, String mediaType, Body body) {
    }

    @FunctionalInterface
    public interface Body {
        void write(java.io.OutputStream out) throws java.io.IOException;
    }

    /** The answer that streams the file as an attachment under its names. */
    public static jakarta.ws.rs.core.Response response(File file) {
        jakarta.ws.rs.core.StreamingOutput body = file.body()::write;
        return jakarta.ws.rs.core.Response.ok(body, file.mediaType())
                .header("Content-Disposition", attachment(file.name(), file.asciiName())).build();
    }

    /**
     * {@code attachment; filename="karta-report-2017-Q2.xlsx"; filename*=UTF-8''%D0%9E%D1%82...}: {@code name} as
     * typed (made safe for a file system), {@code ascii} for clients that do not read {@code filename*}.
     */
    public static String attachment(String name, String ascii) {
        return "attachment; filename=\"" + ascii.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + encode(safeName(name));
    }

    /**
     * A file name from free text (an organisation's name): letters, digits, spaces and {@code . , - _ ( )} kept, every
     * other character (quotes, slashes, «», control characters) a space; spaces collapsed; at most 120 characters.
     */
    public static String safeName(String text) {
        StringBuilder name = new StringBuilder();
        text.codePoints().forEach(c -> name.appendCodePoint(
                Character.isLetterOrDigit(c) || ".,-_()".indexOf(c) >= 0 ? c : ' '));
        String collapsed = name.toString().replaceAll("\\s+", " ").replaceAll(" \\.", ".").trim();
        if (collapsed.length() > MAX_NAME) {
            int dot = collapsed.lastIndexOf('.');
            String extension = dot > 0 && collapsed.length() - dot <= 6 ? collapsed.substring(dot) : "";
            collapsed = collapsed.substring(0, MAX_NAME - extension.length()).trim() + extension;
        }
        return collapsed.isEmpty() ? "file" : collapsed;
    }

    /** RFC 5987 value-chars: attr-char as it is, every other byte of the UTF-8 form percent-encoded. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
