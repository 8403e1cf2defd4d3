package io.mlaprep.recommender.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One cell of the evaluation matrix whose learners remember items (FSRS-6 forgetting) and recall seen keys: readiness
 * that took a remembered key for ability said "ready" far too early there (0.30 off in this cell, 0.12 with the
 * estimate, 0.044 since a repeat's learning step is a quarter of a new question's, 0.078 too pessimistic since the
 * step follows the answer's challenge, which this cell's truth does not, 0.085 since a repeat's difficulty is read
 * from the learner's earlier answers to it). The key-recall estimate must keep it within reach of the truth.
 */
class ReadinessUnderItemMemoryTest {

    @Test
    void readinessIsNotFooledByRememberedKeys() {
        SimulationConfig config = SimulationConfig.parse(new String[] {
            "--learners", "100", "--max-days", "90", "--seed", "42", "--item-memory", "true", "--guessing", "true",
            "--ability-mean", "0.4", "--domain-sd", "0.4"});

        SimulationReport report = new Simulation(config).run();
        double worst = Math.abs(EvaluationMatrix.worstCalibrationError(report.calibration()));
        System.out.println(report.format());

        assertThat(worst).as("largest |predicted − true P(pass)| over the judged deciles").isLessThan(0.1);
    }
}
