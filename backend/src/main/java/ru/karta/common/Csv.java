package ru.karta.common;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** CSV as Excel in a Russian locale opens it: semicolons, CRLF, quotes only where needed, formulas defused. */
public final class Csv {

    private Csv() {
    }

    public static void line(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(';');
            }
            writer.write(quoted(fields.get(i)));
        }
        writer.write("\r\n");
    }

    /** A field as RFC 4180 wants it: in quotes (doubled inside) when it holds a separator, a quote or a line break. */
    public static String quoted(String field) {
        if (field.indexOf(';') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets an apostrophe in front. */
    public static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
