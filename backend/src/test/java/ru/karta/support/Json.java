package ru.karta.support;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Small helpers for comparing JSON read back from the API. */
public final class Json {

    private Json() {
    }

    /** The map without its null values: a deadline compares by what it says, not by which fields are empty. */
    public static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> result = new HashMap<>(map);
        result.values().removeIf(Objects::isNull);
        return result;
    }
}
