package ru.karta.common;

import java.util.Locale;

/** Small text rules shared by services and repositories. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed text, or null when there is none: blank is "not given", never an empty value. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A LIKE pattern that finds the text anywhere, lower-cased, with its wildcards escaped (escape char '\'). */
    public static String containsPattern(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * The first character of a name that cannot be seen or that changes the direction of the text around it
     * (zero-width spaces and joiners, word joiners, soft hyphen, bidirectional marks, embeddings, overrides and
     * isolates), or -1.
     */
    public static int invisibleCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0x00AD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF || c == 0x061C) {
                return i;
            }
        }
        return -1;
    }
}
