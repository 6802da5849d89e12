package ru.karta.common;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns a JSON tree (a patched resource) into a request record and validates it like a request body. */
public final class Bodies {

    private Bodies() {
    }

    /** A body that did not bind; rendered by {@link ProblemMappers} exactly like an unreadable request body. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(JsonProcessingException cause) {
            super(cause.getOriginalMessage(), cause, false, false);
        }

        public JsonProcessingException json() {
            return (JsonProcessingException) getCause();
        }
    }

    /** Binds and validates a request body; a missing body or one that is not a JSON object is a 400. */
    public static <T> T convert(ObjectMapper json, Validator validator, JsonNode tree, Class<T> type) {
        MergePatch.requireObject(tree);
        T value;
        try {
            value = json.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new Unreadable(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
