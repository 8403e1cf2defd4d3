package io.mlaprep.recommender.recommend.web;

import io.mlaprep.recommender.recommend.application.InvalidExamDateException;
import io.mlaprep.servicedefaults.web.FieldProblem;
import io.mlaprep.servicedefaults.web.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The recommendation use cases' refusals as problem+json. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RecommendationErrors {

    @ExceptionHandler(InvalidExamDateException.class)
    ProblemDetail invalidExamDate(InvalidExamDateException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
        problem.setProperty("errors", List.of(new FieldProblem("examDate", e.getMessage())));
        return problem;
    }
}
