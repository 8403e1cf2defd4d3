package io.mlaprep.recommender.experiment.domain;

import io.mlaprep.recommender.policy.domain.PolicyParameters;

/**
 * What an arm changes in the recommendation policy: each parameter given here replaces the base one, each
 * one left null keeps it. No overrides at all is the control policy.
 */
public record PolicyVariant(Double targetRetention, Double maxReviewShare, Double explorationShare,
                            Double spreadDecay) {

    public static PolicyVariant none() {
        return new PolicyVariant(null, null, null, null);
    }

    /** @throws IllegalArgumentException if an override is out of its range (see {@link PolicyParameters}) */
    public PolicyParameters apply(PolicyParameters base) {
        return base.with(
                targetRetention == null ? base.targetRetention() : targetRetention,
                maxReviewShare == null ? base.maxReviewShare() : maxReviewShare,
                explorationShare == null ? base.explorationShare() : explorationShare,
                spreadDecay == null ? base.spreadDecay() : spreadDecay);
    }
}
