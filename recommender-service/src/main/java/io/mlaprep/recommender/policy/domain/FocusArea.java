package io.mlaprep.recommender.policy.domain;

/**
 * A domain to focus on: its exam weight, the learner's mastery there and the resulting priority
 * {@code weight × (1 − mastery)} (the share of the exam still likely to be answered wrongly).
 */
public record FocusArea(int domain, String name, double weight, double mastery, double low, double high,
                        double priority, String explanation) {
}
