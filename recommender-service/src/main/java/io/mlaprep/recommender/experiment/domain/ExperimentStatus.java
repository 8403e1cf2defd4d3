package io.mlaprep.recommender.experiment.domain;

public enum ExperimentStatus {
    /** Learners are assigned as they answer and follow their arm's policy. */
    ACTIVE,
    /** Nobody is assigned any more and everybody follows the default policy; the results stay readable. */
    STOPPED
}
