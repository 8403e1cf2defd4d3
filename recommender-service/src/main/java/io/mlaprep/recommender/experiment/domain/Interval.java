package io.mlaprep.recommender.experiment.domain;

/** A 95 % confidence interval. */
public record Interval(double low, double high) {
}
