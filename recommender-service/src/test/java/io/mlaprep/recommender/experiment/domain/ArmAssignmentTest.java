package io.mlaprep.recommender.experiment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArmAssignmentTest {

    @Test
    void theBucketIsTheFirstEightBytesOfSha256AsUnsignedModTenThousand() {
        // python3: int.from_bytes(hashlib.sha256(b"exp-1:learner-1").digest()[:8], "big") % 10000
        assertThat(ArmAssignment.bucket("exp-1", "learner-1")).isEqualTo(9388);
        assertThat(ArmAssignment.bucket("exp-1", "learner-2")).isEqualTo(4900);
        assertThat(ArmAssignment.bucket("x", "y")).isEqualTo(8558);
    }

    @Test
    void bucketsLieOnTheCumulativeShares() {
        Experiment fiftyFifty = Experiments.of("exp-1", 50, 50);

        assertThat(ArmAssignment.assign(fiftyFifty, "learner-1").name()).as("bucket 9388").isEqualTo("variant-1");
        assertThat(ArmAssignment.assign(fiftyFifty, "learner-2").name()).as("bucket 4900").isEqualTo("control");
        assertThat(ArmAssignment.assign(Experiments.of("exp-1", 49, 51), "learner-2").name()).as("bucket 4900")
                .isEqualTo("variant-1");
    }

    @Test
    void aLearnerGetsTheSameArmEveryTimeOnAnyCopyOfTheExperiment() {
        Experiment one = Experiments.of("exp-sticky", 30, 30, 40);
        Experiment copy = Experiments.of("exp-sticky", 30, 30, 40);

        for (int i = 0; i < 1_000; i++) {
            String learner = "learner-" + i;
            assertThat(ArmAssignment.assign(copy, learner)).isEqualTo(ArmAssignment.assign(one, learner));
            assertThat(ArmAssignment.assign(one, learner)).isEqualTo(ArmAssignment.assign(one, learner));
        }
    }

    @Test
    void tenThousandLearnersSplitWithinOnePointOfTheShares() {
        assertSplit(Experiments.of("exp-even", 50, 50), 50, 50);
        assertSplit(Experiments.of("exp-uneven", 10, 20, 70), 10, 20, 70);
        assertSplit(Experiments.of("exp-six", 1, 19, 20, 20, 20, 20), 1, 19, 20, 20, 20, 20);
    }

    @Test
    void anotherExperimentSplitsTheSameLearnersAnotherWay() {
        Experiment first = Experiments.of("exp-a", 50, 50);
        Experiment second = Experiments.of("exp-b", 50, 50);
        int same = 0;
        for (int i = 0; i < 10_000; i++) {
            String learner = "learner-" + i;
            if (ArmAssignment.assign(first, learner).name().equals(ArmAssignment.assign(second, learner).name())) {
                same++;
            }
        }
        assertThat(same).as("learners in the same arm of both, about half by chance").isBetween(4_800, 5_200);
    }

    private static void assertSplit(Experiment experiment, int... shares) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            counts.merge(ArmAssignment.assign(experiment, "learner-" + i).name(), 1, Integer::sum);
        }
        for (int i = 0; i < shares.length; i++) {
            int expected = shares[i] * 100;
            assertThat(counts.getOrDefault(experiment.arms().get(i).name(), 0)).as(experiment.arms().get(i).name())
                    .isBetween(expected - 100, expected + 100);
        }
    }
}
