package ru.karta.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.hibernate.StaleObjectStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one table from exceptions to problem documents. No stack trace or class name ever reaches a client; a 500 is
 * logged once with the request id the client also receives.
 */
public class ProblemMappers {

    private final ObjectMapper json;
    private final HttpGuards guards;

    @Inject
    public ProblemMappers(ObjectMapper json, HttpGuards guards) {
        this.json = json;
        this.guards = guards;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers, ContainerRequestContext request) {
        Locale locale = locale(headers);
        List<Problem.FieldError> errors = e.errors().stream()
                .map(f -> new Problem.FieldError(f.field(), Messages.get(locale, f.messageKey(), f.args())))
                .toList();
        Response.ResponseBuilder builder = respond(request, locale, e.status(), e.code(),
                Messages.get(locale, e.messageKey(), e.args()), errors);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    /** Quarkus's own exception for violations on resource parameters; same answer as any other violation. */
    @ServerExceptionMapper
    public Response parameterValidation(ResteasyReactiveViolationException e, HttpHeaders headers,
            ContainerRequestContext request) {
        if (e.getConstraintViolations().stream()
                .anyMatch(v -> v.getPropertyPath().toString().contains("<return value>"))) {
            return internal(e, headers, request);
        }
        return validation(e, headers, request);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, ContainerRequestContext request) {
        Locale locale = locale(headers);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return respond(request, locale, 400, "invalid-request", Messages.get(locale, "problem.invalid-request"), errors)
                .build();
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, ContainerRequestContext request) {
        Locale locale = locale(headers);
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : null;
        String key;
        Object[] args = new Object[0];
        if (e instanceof UnrecognizedPropertyException unknown) {
            key = "problem.json.unknown-field";
            field = field == null ? unknown.getPropertyName() : field;
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            key = "problem.json.unknown-value";
            args = new Object[] { String.valueOf(invalid.getValue()), enumValues(invalid.getTargetType()) };
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class) {
            key = "problem.json.control-characters";
        } else if (e instanceof InvalidFormatException) {
            key = "problem.json.wrong-format";
        } else if (e instanceof InvalidTypeIdException || e instanceof MismatchedInputException) {
            key = field == null ? "problem.json.wrong-shape" : "problem.json.wrong-type";
        } else if (e instanceof StreamConstraintsException) {
            key = "problem.json.too-large";
        } else {
            key = "problem.json.malformed";
            field = null;
        }
        List<Problem.FieldError> errors = field == null ? List.of()
                : List.of(new Problem.FieldError(field, Messages.get(locale, key, args)));
        return respond(request, locale, 400, "invalid-request",
                field == null ? Messages.get(locale, key, args) : Messages.get(locale, "problem.invalid-request"), errors)
                .build();
    }

    /** Jackson's binding errors, which Quarkus would otherwise answer in its own format. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, ContainerRequestContext request) {
        return unreadable(e, headers, request);
    }

    @ServerExceptionMapper
    public Response unreadableTree(Bodies.Unreadable e, HttpHeaders headers, ContainerRequestContext request) {
        return unreadable(e.json(), headers, request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, ContainerRequestContext request) {
        return unauthenticated(headers, request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers,
            ContainerRequestContext request) {
        return unauthenticated(headers, request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, ContainerRequestContext request) {
        Locale locale = locale(headers);
        return respond(request, locale, 403, "forbidden", Messages.get(locale, "problem.forbidden.role"), List.of())
                .build();
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleObjectStateException.class })
    public Response concurrentChange(RuntimeException e, HttpHeaders headers, ContainerRequestContext request) {
        Locale locale = locale(headers);
        return respond(request, locale, 409, "concurrent-change", Messages.get(locale, "problem.concurrent-change"),
                List.of()).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, ContainerRequestContext request) {
        Locale locale = locale(headers);
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException processing) {
            return unreadable(processing, headers, request);
        }
        if (e.getCause() instanceof ApiException api) {
            return api(api, headers, request);
        }
        String code;
        String key;
        if (e instanceof NotFoundException) {
            code = "not-found";
            key = "problem.not-found.resource";
        } else if (e instanceof NotAllowedException) {
            code = "method-not-allowed";
            key = "problem.method-not-allowed";
        } else if (e instanceof NotSupportedException) {
            code = "unsupported-media-type";
            key = "problem.unsupported-media-type";
        } else if (e instanceof NotAcceptableException) {
            code = "not-acceptable";
            key = "problem.not-acceptable";
        } else if (status == 413) {
            code = "payload-too-large";
            key = "problem.payload-too-large";
        } else if (status >= 400 && status < 500) {
            code = "invalid-request";
            key = "problem.invalid-request";
        } else {
            return internal(e, headers, request);
        }
        Response.ResponseBuilder builder = respond(request, locale, status, code, Messages.get(locale, key), List.of());
        if (e instanceof NotAllowedException) {
            String allow = guards.allowed(request.getUriInfo().getRequestUri().getRawPath());
            if (allow != null) {
                builder.header(HttpHeaders.ALLOW, allow);
            }
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response internal(Throwable e, HttpHeaders headers, ContainerRequestContext request) {
        var refused = Constraints.problemFor(e);
        if (refused.isPresent()) {
            return api(refused.get(), headers, request);
        }
        String requestId = RequestIds.of(request);
        if (Unavailable.isDatabaseDown(e)) {
            Log.warnf("Database unreachable while answering request %s: %s", requestId, e.getMessage());
            Locale locale = locale(headers);
            return respond(request, locale, 503, "service-unavailable",
                    Messages.get(locale, "problem.service-unavailable", Unavailable.RETRY_AFTER_SECONDS), List.of())
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(Unavailable.RETRY_AFTER_SECONDS)).build();
        }
        if (clientWentAway(e)) {
            Log.debugf("Client closed the connection during request %s", requestId);
        } else {
            Log.errorf(e, "Unexpected error answering request %s", requestId);
        }
        Locale locale = locale(headers);
        return respond(request, locale, 500, "internal-error", Messages.get(locale, "problem.internal-error", requestId),
                List.of()).build();
    }

    /** The caller hung up (a load test stopping, a closed browser tab): nothing went wrong on our side. */
    private static boolean clientWentAway(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Connection was closed") || message.contains("Broken pipe")
                    || message.contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }

    private Response unauthenticated(HttpHeaders headers, ContainerRequestContext request) {
        Locale locale = locale(headers);
        return respond(request, locale, 401, "unauthenticated", Messages.get(locale, "problem.unauthenticated"),
                List.of()).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"karta\"").build();
    }

    private Response.ResponseBuilder respond(ContainerRequestContext request, Locale locale, int status, String code,
            String detail, List<Problem.FieldError> errors) {
        String requestId = RequestIds.of(request);
        String instance = request == null ? null : request.getUriInfo().getRequestUri().getRawPath();
        Problem problem = new Problem(Problem.typeUri(code), Messages.get(locale, "problem.title." + code), status,
                detail, instance, requestId, errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).header(RequestIds.HEADER, requestId)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage()).entity(problem.toJson(json));
    }

    public static Locale locale(HttpHeaders headers) {
        try {
            return Messages.choose(headers == null ? null : headers.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            return Messages.RUSSIAN;
        }
    }

    /** The JSON path of a field from a validation path: the method and parameter nodes are dropped. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        boolean afterParameter = false;
        String parameterName = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                afterParameter = true;
                parameterName = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getName() != null
                    && node.getName().startsWith("<")) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.length() == 0 && afterParameter && parameterName != null) {
            return parameterName;
        }
        return field.toString();
    }

    static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? null : field.toString();
    }

    private static String enumValues(Class<?> type) {
        StringBuilder values = new StringBuilder();
        for (Object constant : type.getEnumConstants()) {
            if (values.length() > 0) {
                values.append(", ");
            }
            values.append(constant);
        }
        return values.toString();
    }
}
