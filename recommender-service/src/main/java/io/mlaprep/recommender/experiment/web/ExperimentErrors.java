package io.mlaprep.recommender.experiment.web;

import io.mlaprep.recommender.experiment.application.AnotherExperimentActiveException;
import io.mlaprep.recommender.experiment.application.InvalidExperimentException;
import io.mlaprep.recommender.experiment.application.NoSuchExperimentException;
import io.mlaprep.servicedefaults.web.FieldProblem;
import io.mlaprep.servicedefaults.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The experiment use cases' refusals as problem+json. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ExperimentErrors {

    @ExceptionHandler(InvalidExperimentException.class)
    ProblemDetail invalid(InvalidExperimentException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
        problem.setProperty("errors", e.problems().stream().map(p -> new FieldProblem(p.field(), p.message()))
                .toList());
        return problem;
    }

    @ExceptionHandler(AnotherExperimentActiveException.class)
    ProblemDetail anotherActive(AnotherExperimentActiveException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Conflict", e.getMessage());
        problem.setProperty("activeExperiment", e.activeExperiment());
        return problem;
    }

    @ExceptionHandler(NoSuchExperimentException.class)
    ProblemDetail noSuchExperiment(NoSuchExperimentException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }
}
