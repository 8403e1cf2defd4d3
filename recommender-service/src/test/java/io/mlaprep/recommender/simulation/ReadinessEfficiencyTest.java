package io.mlaprep.recommender.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadinessEfficiencyTest {

    @Test
    void choosingByValueOfInformationNeedsFewerAnswersThanRandomChoice() {
        ReadinessEfficiency.Result result = new ReadinessEfficiency(SimulationConfig.parse(new String[] {
            "--learners", "60", "--seed", "11"})).run();
        System.out.println(result.format());

        assertThat(result.saving().low()).isGreaterThan(0.1);
        assertThat(result.mean(result.ours())).isLessThan(ReadinessEfficiency.MAX_ANSWERS);
    }

    @Test
    void theBootstrapIntervalHoldsTheEstimate() {
        double[] random = {100, 120, 90, 200, 150};
        double[] ours = {80, 100, 90, 150, 120};

        PairedComparison.Estimate saving = ReadinessEfficiency.saving(random, ours, 1);

        assertThat(saving.value()).isEqualTo(1 - 540.0 / 660.0);
        assertThat(saving.low()).isLessThanOrEqualTo(saving.value());
        assertThat(saving.high()).isGreaterThanOrEqualTo(saving.value());
    }
}
