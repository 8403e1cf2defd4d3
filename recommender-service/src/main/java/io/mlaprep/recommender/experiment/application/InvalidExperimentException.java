package io.mlaprep.recommender.experiment.application;

import io.mlaprep.recommender.experiment.domain.ExperimentDefinition;
import java.util.List;

/** An experiment definition refused for what is wrong with it, field by field. */
public class InvalidExperimentException extends RuntimeException {

    private final List<ExperimentDefinition.Problem> problems;

    public InvalidExperimentException(List<ExperimentDefinition.Problem> problems) {
        super("The experiment definition is invalid.");
        this.problems = List.copyOf(problems);
    }

    public List<ExperimentDefinition.Problem> problems() {
        return problems;
    }
}
