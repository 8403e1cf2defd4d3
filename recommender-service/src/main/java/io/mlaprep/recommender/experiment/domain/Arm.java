package io.mlaprep.recommender.experiment.domain;

/** One policy variant under test and the share of learners (percent) it gets. */
public record Arm(String name, int sharePercent, PolicyVariant variant) {

    public Arm {
        variant = variant == null ? PolicyVariant.none() : variant;
    }
}
