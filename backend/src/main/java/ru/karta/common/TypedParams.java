package ru.karta.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Path and query parameters arrive typed (UUID, Integer, Boolean, LocalDate, Instant, enums), converted here and only
 * here. A value that is not what it must be is a 400 naming the parameter ({@link Params} says how each is read); a
 * malformed id in the path cannot name anything, so it is a 404 like an id that does not exist.
 */
@Provider
public class TypedParams implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String query = null;
        boolean path = false;
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam q) {
                query = q.value();
            } else if (annotation instanceof PathParam) {
                path = true;
            }
        }
        if (query == null && !path) {
            return null;
        }
        String name = query;
        Function<String, Object> parse;
        if (rawType == UUID.class) {
            parse = path ? v -> Params.id(v, "resource") : v -> Params.uuid(name, v);
        } else if (path) {
            return null;
        } else if (rawType == Integer.class) {
            parse = v -> v.isBlank() ? null : Params.integer(name, v);
        } else if (rawType == Boolean.class) {
            parse = v -> Params.bool(name, v);
        } else if (rawType == LocalDate.class) {
            parse = v -> Params.date(name, v);
        } else if (rawType == Instant.class) {
            parse = v -> Params.instant(name, v);
        } else if (rawType.isEnum()) {
            parse = v -> Params.enumValue(name, v, (Class) rawType);
        } else {
            return null;
        }
        return (ParamConverter<T>) new Converter(parse);
    }

    private record Converter(Function<String, Object> parse) implements ParamConverter<Object> {

        @Override
        public Object fromString(String value) {
            try {
                return parse.apply(value);
            } catch (ApiException e) {
                // RESTEasy passes a WebApplicationException through as it is; ProblemMappers renders its cause.
                throw new WebApplicationException(e, e.status());
            }
        }

        @Override
        public String toString(Object value) {
            return value == null ? null : value.toString();
        }
    }
}
