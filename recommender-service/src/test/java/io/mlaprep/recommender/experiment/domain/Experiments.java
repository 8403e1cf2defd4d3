package io.mlaprep.recommender.experiment.domain;

import java.time.Instant;
import java.util.List;

/** Experiments for tests. */
final class Experiments {

    private Experiments() {
    }

    static Experiment of(String id, int... shares) {
        List<Arm> arms = new java.util.ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            arms.add(new Arm(i == 0 ? "control" : "variant-" + i, shares[i], PolicyVariant.none()));
        }
        return new Experiment(id, "test " + id, arms, Instant.parse("2026-05-01T00:00:00Z"), ExperimentStatus.ACTIVE);
    }
}
