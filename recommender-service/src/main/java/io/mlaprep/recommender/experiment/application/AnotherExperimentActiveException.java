package io.mlaprep.recommender.experiment.application;

/** One experiment runs at a time: another cannot start until it is stopped. */
public class AnotherExperimentActiveException extends RuntimeException {

    private final String activeExperiment;

    public AnotherExperimentActiveException(String activeExperiment) {
        super("Experiment " + activeExperiment + " is active; stop it before starting another.");
        this.activeExperiment = activeExperiment;
    }

    public String activeExperiment() {
        return activeExperiment;
    }
}
