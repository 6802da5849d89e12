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
}
