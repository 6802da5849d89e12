package ru.karta.common;

import java.util.Map;

/**
 * Parses {@code sort} parameters: a field name, optionally prefixed with '-' or suffixed with ',desc' / ',asc'. Only
 * names in the allow-list are accepted; each maps to a fixed SQL expression, so no caller text reaches SQL.
 */
public final class Sorts {

    private Sorts() {
    }

    public record Sort(String field, String sql, boolean descending) {
        public String orderBy() {
            return sql + (descending ? " desc" : " asc");
        }
    }

    public static Sort parse(String value, Map<String, String> allowed, String defaultField) {
        String v = value == null || value.isBlank() ? defaultField : value.trim();
        boolean descending = false;
        if (v.startsWith("-")) {
            descending = true;
            v = v.substring(1);
        }
        int comma = v.indexOf(',');
        if (comma >= 0) {
            String direction = v.substring(comma + 1).trim().toLowerCase(java.util.Locale.ROOT);
            v = v.substring(0, comma).trim();
            if (direction.equals("desc")) {
                descending = true;
            } else if (!direction.equals("asc")) {
                throw ApiException.badRequest("sort", "problem.param.sort", String.join(", ", allowed.keySet()));
            }
        }
        String sql = allowed.get(v);
        if (sql == null) {
            throw ApiException.badRequest("sort", "problem.param.sort", String.join(", ", allowed.keySet()));
        }
        return new Sort(v, sql, descending);
    }
}
