package io.mlaprep.session.delivery.domain;

/** How sure the learner said they were; feeds the spaced-repetition grade (right and LOW is Hard). */
public enum Confidence {
    LOW, MEDIUM, HIGH
}
