package io.mlaprep.servicedefaults.security;

import io.mlaprep.runtime.security.IssuerKeysUnavailable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** 401, 403 and 503 from the security filters, in the same problem+json shape as every other error. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
                    "A valid bearer token is required: sign in and send it in the Authorization header.");
        };
    }

    /**
     * A token that could not be checked at all (the issuer's keys could not be fetched: an
     * {@link AuthenticationServiceException}) is the issuer's outage, not the caller's fault; anything else is a 401.
     * Spring's default rethrows the former, which ends as a 500.
     */
    static AuthenticationFailureHandler failedAuthentication() {
        AuthenticationEntryPoint unauthorized = unauthorized();
        return (request, response, e) -> {
            if (e instanceof AuthenticationServiceException) {
                IssuerKeysUnavailable.report(e);
                response.setHeader("Retry-After", IssuerKeysUnavailable.RETRY_AFTER_SECONDS);
                write(response, HttpStatus.SERVICE_UNAVAILABLE, IssuerKeysUnavailable.TITLE,
                        IssuerKeysUnavailable.DETAIL);
            } else {
                unauthorized.commence(request, response, e);
            }
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "Forbidden",
                "You are not allowed to do this.");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write("""
                {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(title, status.value(), detail).getBytes(StandardCharsets.UTF_8));
    }
}
