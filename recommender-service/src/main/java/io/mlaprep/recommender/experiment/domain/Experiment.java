package io.mlaprep.recommender.experiment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Policy variants tried on real learners; the first arm is the control the others are compared with. */
public record Experiment(String id, String name, List<Arm> arms, Instant createdAt, ExperimentStatus status) {

    public Experiment {
        arms = List.copyOf(arms);
    }

    public boolean active() {
        return status == ExperimentStatus.ACTIVE;
    }

    public Experiment stopped() {
        return new Experiment(id, name, arms, createdAt, ExperimentStatus.STOPPED);
    }

    public Optional<Arm> arm(String name) {
        return arms.stream().filter(arm -> arm.name().equals(name)).findFirst();
    }
}
