package io.mlaprep.recommender.memory.domain;

/** How sure the learner said they were when answering. */
public enum Confidence {
    LOW,
    MEDIUM,
    HIGH
}
