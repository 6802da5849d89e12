package ru.karta.common;

/**
 * ETags and optimistic concurrency. The ETag of a versioned resource is its quoted version. A write names the version
 * it was based on, either in If-Match (stale: 412) or in a {@code version} field (stale: 409); a write that names
 * neither is refused with 428, because it could silently overwrite someone else's change.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** True when an If-None-Match header names the current version (or is *). */
    public static boolean notModified(String ifNoneMatch, long version) {
        return ifNoneMatch != null && matches(ifNoneMatch, version);
    }

    public static void checkWrite(String ifMatch, Long bodyVersion, long current) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            if (!matches(ifMatch, current)) {
                throw ApiException.preconditionFailed();
            }
        } else if (bodyVersion == null) {
            throw ApiException.preconditionRequired();
        }
        if (bodyVersion != null && bodyVersion != current) {
            throw ApiException.staleVersionField();
        }
    }

    /** Like {@link #checkWrite} for actions without a body (approve, delete): If-Match is optional there. */
    public static void checkOptional(String ifMatch, long current) {
        if (ifMatch != null && !ifMatch.isBlank() && !matches(ifMatch, current)) {
            throw ApiException.preconditionFailed();
        }
    }

    static boolean matches(String header, long version) {
        for (String tag : header.split(",")) {
            String t = tag.trim();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(etag(version)) || t.equals(Long.toString(version))) {
                return true;
            }
        }
        return false;
    }
}
