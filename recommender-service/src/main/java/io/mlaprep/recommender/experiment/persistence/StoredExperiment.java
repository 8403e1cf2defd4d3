package io.mlaprep.recommender.experiment.persistence;

import io.mlaprep.recommender.experiment.domain.Arm;
import io.mlaprep.recommender.experiment.domain.Experiment;
import io.mlaprep.recommender.experiment.domain.ExperimentStatus;
import io.mlaprep.recommender.experiment.domain.PolicyVariant;
import java.time.Instant;
import java.util.List;

/** An experiment as stored in {@code rec:{x}:experiments} (JSON). */
record StoredExperiment(String id, String name, List<StoredArm> arms, Instant createdAt, String status) {

    record StoredArm(String name, int sharePercent, Double targetRetention, Double maxReviewShare,
                     Double explorationShare, Double spreadDecay) {
    }

    static StoredExperiment of(Experiment experiment) {
        return new StoredExperiment(experiment.id(), experiment.name(), experiment.arms().stream()
                .map(arm -> new StoredArm(arm.name(), arm.sharePercent(), arm.variant().targetRetention(),
                        arm.variant().maxReviewShare(), arm.variant().explorationShare(), arm.variant().spreadDecay()))
                .toList(), experiment.createdAt(), experiment.status().name());
    }

    Experiment toExperiment() {
        return new Experiment(id, name, arms.stream().map(arm -> new Arm(arm.name(), arm.sharePercent(),
                new PolicyVariant(arm.targetRetention(), arm.maxReviewShare(), arm.explorationShare(),
                        arm.spreadDecay()))).toList(), createdAt, ExperimentStatus.valueOf(status));
    }
}
