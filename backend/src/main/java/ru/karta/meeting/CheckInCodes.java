package ru.karta.meeting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The rotating check-in code: {@code <window>.<HMAC-SHA256 of meeting and window under the meeting's secret>}, the
 * window being the number of {@code seconds}-long periods since the epoch. The current window and the one before are
 * accepted (a code read off the screen just before it rotated still works), and the next one too, for a backend whose
 * clock runs a little behind another's.
 */
public final class CheckInCodes {

    /** What a presented code is. */
    public enum Verdict { VALID, EXPIRED, FORGED }

    private CheckInCodes() {
    }

    public static long window(Instant now, int seconds) {
        return Math.floorDiv(now.getEpochSecond(), seconds);
    }

    public static String token(byte[] secret, UUID meetingId, long window) {
        return window + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(secret, meetingId, window));
    }

    public static Instant expiresAt(long window, int seconds) {
        return Instant.ofEpochSecond((window + 1) * seconds);
    }

    public static Verdict verify(byte[] secret, UUID meetingId, String token, Instant now, int seconds) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot > 19) {
            return Verdict.FORGED;
        }
        long window;
        byte[] presented;
        try {
            window = Long.parseLong(token.substring(0, dot));
            presented = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Verdict.FORGED;
        }
        if (!MessageDigest.isEqual(presented, mac(secret, meetingId, window))) {
            return Verdict.FORGED;
        }
        long current = window(now, seconds);
        if (window < current - 1) {
            return Verdict.EXPIRED;
        }
        return window <= current + 1 ? Verdict.VALID : Verdict.FORGED;
    }

    private static byte[] mac(byte[] secret, UUID meetingId, long window) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal((meetingId + ":" + window).getBytes(StandardCharsets.US_ASCII));
            return java.util.Arrays.copyOf(full, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
