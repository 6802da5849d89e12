package ru.karta.common;

import java.util.List;
import java.util.Map;

/**
 * An error the API answers with a problem+json document. Services throw it; {@link ProblemMappers} renders it in the
 * caller's language. The message key resolves in {@code messages*.properties}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String messageKey;
    private final transient Object[] args;
    private final transient List<FieldProblem> errors;
    private final transient Map<String, String> headers;

    public ApiException(int status, String code, String messageKey, Object[] args, List<FieldProblem> errors,
            Map<String, String> headers) {
        super(code + ": " + messageKey, null, false, false);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A field-level error: the field's JSON path and a message key with its arguments. */
    public record FieldProblem(String field, String messageKey, Object... args) {
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not-found", "problem.not-found." + what, null, null, null);
    }

    public static ApiException forbidden(String messageKey, Object... args) {
        return new ApiException(403, "forbidden", messageKey, args, null, null);
    }

    public static ApiException badRequest(String field, String messageKey, Object... args) {
        return new ApiException(400, "invalid-request", "problem.invalid-request", null,
                List.of(new FieldProblem(field, messageKey, args)), null);
    }

    public static ApiException conflict(String code, String messageKey, Object... args) {
        return new ApiException(409, code, messageKey, args, null, null);
    }

    public static ApiException conflict(String code, String field, String messageKey, Object... args) {
        return new ApiException(409, code, messageKey, args, List.of(new FieldProblem(field, messageKey, args)), null);
    }

    public static ApiException preconditionFailed() {
        return new ApiException(412, "stale-version", "problem.stale-version.if-match", null,
                List.of(new FieldProblem("If-Match", "problem.stale-version.if-match")), null);
    }

    public static ApiException staleVersionField() {
        return new ApiException(409, "stale-version", "problem.stale-version.field", null,
                List.of(new FieldProblem("version", "problem.stale-version.field")), null);
    }

    public static ApiException preconditionRequired() {
        return new ApiException(428, "precondition-required", "problem.precondition-required", null,
                List.of(new FieldProblem("If-Match", "problem.precondition-required")), null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
