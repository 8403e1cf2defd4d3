package io.mlaprep.session.delivery.web;

import io.mlaprep.servicedefaults.errors.FieldProblem;
import io.mlaprep.servicedefaults.web.Problems;
import io.mlaprep.session.delivery.domain.ItemAlreadyAnsweredException;
import io.mlaprep.session.delivery.domain.NoSuchItemException;
import io.mlaprep.session.delivery.domain.SessionClosedException;
import io.mlaprep.session.grading.domain.MalformedResponseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The session rules' refusals as problem+json. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SessionErrors {

    @ExceptionHandler(MalformedResponseException.class)
    ProblemDetail malformed(MalformedResponseException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid response", e.getMessage());
        problem.setProperty("errors", e.problems().stream().map(p -> new FieldProblem(e.field(), p)).toList());
        return problem;
    }

    @ExceptionHandler(SessionClosedException.class)
    ProblemDetail closed(SessionClosedException e) {
        return problem(HttpStatus.CONFLICT, "Session closed", e.getMessage());
    }

    @ExceptionHandler(ItemAlreadyAnsweredException.class)
    ProblemDetail answered(ItemAlreadyAnsweredException e) {
        return problem(HttpStatus.CONFLICT, "Already answered", e.getMessage());
    }

    @ExceptionHandler(NoSuchItemException.class)
    ProblemDetail noSuchItem(NoSuchItemException e) {
        return problem(HttpStatus.NOT_FOUND, "No such item", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        return Problems.of(status, title, detail);
    }
}
