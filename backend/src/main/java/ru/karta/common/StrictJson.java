package ru.karta.common;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request JSON is read strictly: a text field takes only a JSON string (no 42 or true silently turned into text),
 * numbers are not parsed out of strings, an enum is never given by its position, nothing may follow the document and
 * no key may appear twice, and text may not contain control characters or broken surrogate pairs —
 * PostgreSQL cannot store a NUL, and a lone surrogate would come back changed. Each is a 400 naming the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings("deprecation")
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        // 1.5 is no count of minutes and no version: a whole number is written as one
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        SimpleModule strings = new SimpleModule("karta-strict-strings");
        strings.addDeserializer(String.class, new StrictString());
        // an instant is written as ISO-8601 text ("2027-03-25T11:00:00+03:00"), never as a number of seconds
        strings.addDeserializer(java.time.Instant.class, new StrictInstant());
        mapper.registerModule(strings);
    }

    /** The first character a text may not contain, or -1. Tabs and line breaks are fine. */
    public static int forbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * An instant only as ISO-8601 text. Registered here and named on the fields that take one
     * ({@code @JsonDeserialize(using = StrictJson.StrictInstant.class)}), since the Java time module registered after
     * this customizer would otherwise read a number as seconds since 1970.
     */
    public static final class StrictInstant extends StdScalarDeserializer<java.time.Instant> {
        public StrictInstant() {
            super(java.time.Instant.class);
        }

        @Override
        public java.time.Instant deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (java.time.Instant) context.handleUnexpectedToken(java.time.Instant.class, p);
            }
            return com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer.INSTANT.deserialize(p, context);
        }
    }

    static final class StrictString extends StdScalarDeserializer<String> {
        StrictString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) context.handleUnexpectedToken(String.class, p);
            }
            String value = p.getText();
            if (forbiddenCharacter(value) >= 0) {
                throw InvalidFormatException.from(p, "control character or broken surrogate pair", value,
                        String.class);
            }
            return value;
        }
    }
}
