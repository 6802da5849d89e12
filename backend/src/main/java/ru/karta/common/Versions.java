package ru.karta.common;

/**
 * ETags and optimistic concurrency. The ETag of a versioned resource is its version and the caller's permissions on
 * it ({@code "3-5"}): what one caller may do is part of the answer, so callers with other permissions never share a
 * cached copy, and a copy goes stale when the permissions change (the roadmap of an item was approved).
 * <p>
 * A write names the version it is based on, either as If-Match with the ETag (strong comparison: exactly one ETag as
 * this caller was given it; a weak, bare or listed value does not match, stale: 412) or in a {@code version} field
 * (stale: 409). A write that names neither, or sends {@code If-Match: *}, which names no version, is refused with 428,
 * because it could silently overwrite someone else's change.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version, Permissions permissions) {
        return "\"" + version + "-" + permissions.bits() + "\"";
    }

    /** If-None-Match uses the weak comparison (RFC 9110): W/ is ignored, lists and * are allowed. */
    public static boolean notModified(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** A write with a body: If-Match (strong) or the body's version must name the current state. */
    public static void checkWrite(String ifMatch, Long bodyVersion, long currentVersion, String currentEtag) {
        if (namesVersion(ifMatch)) {
            if (!ifMatch.trim().equals(currentEtag)) {
                throw ApiException.preconditionFailed();
            }
        } else if (bodyVersion == null) {
            throw ApiException.preconditionRequired();
        }
        if (bodyVersion != null && bodyVersion != currentVersion) {
            throw ApiException.staleVersionField();
        }
    }

    /** Like {@link #checkWrite} for actions without a body (approve, delete): If-Match is optional there. */
    public static void checkOptional(String ifMatch, String currentEtag) {
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals(currentEtag)) {
            throw ApiException.preconditionFailed();
        }
    }

    private static boolean namesVersion(String ifMatch) {
        return ifMatch != null && !ifMatch.isBlank() && !ifMatch.trim().equals("*");
    }
}
