package io.mlaprep.servicedefaults.web;

import io.mlaprep.servicedefaults.errors.ConflictException;
import io.mlaprep.servicedefaults.errors.DependencyUnavailableException;
import io.mlaprep.servicedefaults.errors.FieldProblem;
import io.mlaprep.servicedefaults.errors.InvalidInputException;
import io.mlaprep.servicedefaults.errors.NotFoundException;
import io.mlaprep.servicedefaults.errors.StoreOutages;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.MismatchedInputException;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessException;
import org.springframework.core.annotation.Order;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem+json, with a field list where the client sent something invalid.
 * Lowest precedence: a service's own advice for its domain exceptions is asked first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage()), e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this.");
    }

    @ExceptionHandler(DependencyUnavailableException.class)
    ProblemDetail dependencyUnavailable(DependencyUnavailableException e) {
        log.warn("dependency unavailable: {}", e.getMessage());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", e.getMessage());
    }

    /** A store away for a moment (a restart, a failover) is a 503 the client may try again; anything else is ours. */
    @ExceptionHandler(DataAccessException.class)
    ProblemDetail storeFailure(DataAccessException e) {
        if (!StoreOutages.isTransient(e)) {
            return unexpected(e);
        }
        log.warn("store unavailable: {}", e.getMostSpecificCause().toString());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                "Our data store is unavailable for a moment; try again shortly.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; the request id in the response headers helps us find it.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        ProblemDetail body = withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.size() + " field(s) need fixing."), errors);
        return handleExceptionInternal(e, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        ProblemDetail body = withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                errors.size() + " parameter(s) need fixing."), errors);
        return handleExceptionInternal(e, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "'" + e.getParameterName() + "' is required."),
                List.of(new FieldProblem(e.getParameterName(), "is required")));
        return handleExceptionInternal(e, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : e.getPropertyName();
        List<FieldProblem> errors = List.of(new FieldProblem(name, ExpectedValue.describe(e.getRequiredType())));
        ProblemDetail body = withErrors(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "'" + name + "' has a value of the wrong type."), errors);
        return handleExceptionInternal(e, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail body = switch (jacksonCause(e)) {
            case MismatchedInputException mismatch when !mismatch.getPath().isEmpty() -> withErrors(
                    problem(HttpStatus.BAD_REQUEST, "Invalid request", "A field of the body has the wrong type."),
                    List.of(new FieldProblem(ExpectedValue.path(mismatch.getPath()),
                            ExpectedValue.describe(mismatch.getTargetType()))));
            // the parser's own words name its classes and limits: say what to fix instead
            case StreamConstraintsException limits -> problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    "The request body is nested too deeply or holds a number or text too long to read.");
            case InputCoercionException number -> problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    "A number in the request body is too large for its field" + where(number) + ".");
            case JacksonException json -> problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    "The request body is not valid JSON" + where(json) + ".");
            case null, default -> problem(HttpStatus.BAD_REQUEST, "Invalid request",
                    "The request body is missing or cannot be read as JSON.");
        };
        return handleExceptionInternal(e, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getTitle() == null) {
            problem.setTitle(HttpStatus.valueOf(statusCode.value()).getReasonPhrase());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static String where(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static @Nullable Throwable jacksonCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException) {
                return cause;
            }
        }
        return null;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        return Problems.of(status, title, detail);
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }
}
