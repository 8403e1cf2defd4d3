package io.mlaprep.recommender.experiment.application;

public class NoSuchExperimentException extends RuntimeException {

    public NoSuchExperimentException(String id) {
        super("There is no experiment " + id + ".");
    }
}
