package ru.karta.common;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, as every error of the API is answered. */
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", example = "urn:karta:problem:invalid-request") String type,
        @Schema(example = "Некорректный запрос") String title,
        @Schema(example = "400") int status,
        @Schema(description = "Human explanation in the caller's language (Accept-Language: ru, en)") String detail,
        @Schema(example = "/api/v1/roadmap-items/7c9e6679-7425-40de-944b-e07fc1f90ae7") String instance,
        @Schema(description = "Request id, also in the X-Request-Id header and the server log") String requestId,
        @Schema(description = "Per-field errors, when the problem is about specific fields") List<FieldError> errors) {

    @Schema(name = "FieldError")
    public record FieldError(@Schema(example = "deadline.text") String field,
            @Schema(example = "не должно быть пустым") String message) {
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The document as JSON; written by hand so the media type is exactly application/problem+json. */
    public String toJson(com.fasterxml.jackson.databind.ObjectMapper json) {
        try {
            return json.writeValueAsString(this);
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            return "{\"status\":" + status + "}";
        }
    }

    public static String typeUri(String code) {
        return "urn:karta:problem:" + code;
    }
}
