package io.mlaprep.recommender.simulation;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Per-learner paired comparisons of the policies in one cell, with percentile bootstrap 95 % intervals: learners are
 * resampled with replacement, and each resample keeps a learner's runs under every policy together, so differences
 * between people cancel.
 */
final class PairedComparison {

    static final int RESAMPLES = 1000;

    /** A point estimate and its 95 % interval. */
    record Estimate(double value, double low, double high) {

        boolean significantlyBelowZero() {
            return high < 0;
        }

        boolean significantlyAboveZero() {
            return low > 0;
        }
    }

    private final List<Simulation.LearnerOutcome> outcomes;
    private final int[][] resamples;

    PairedComparison(List<Simulation.LearnerOutcome> outcomes, long seed) {
        this.outcomes = List.copyOf(outcomes);
        SplittableRandom random = new SplittableRandom(seed);
        int n = outcomes.size();
        resamples = new int[RESAMPLES][n];
        for (int[] resample : resamples) {
            for (int i = 0; i < n; i++) {
                resample[i] = random.nextInt(n);
            }
        }
    }

    /**
     * Answers until the learner's true pass probability reached the target; a learner who never reached it counts
     * with the whole run's answers (censored at the budget, which is the same under every policy).
     */
    static double answersToTarget(Simulation.PolicyRun run) {
        return run.answersToTarget() >= 0 ? run.answersToTarget() : run.answers();
    }

    /** Share of the baseline's answers a policy saves: 1 − Σ answers(policy) / Σ answers(baseline). */
    Estimate saving(Policy.Kind policy, Policy.Kind baseline) {
        return estimate(indices -> saving(indices, policy, baseline));
    }

    /** Ours' saving as a share of the oracle's, both against the baseline. */
    Estimate shareOfSaving(Policy.Kind ours, Policy.Kind oracle, Policy.Kind baseline) {
        return estimate(indices -> saving(indices, ours, baseline) / saving(indices, oracle, baseline));
    }

    /** Mean of a per-run figure under one policy. */
    Estimate mean(Policy.Kind policy, ToDoubleFunction<Simulation.PolicyRun> figure) {
        return estimate(indices -> {
            double sum = 0;
            for (int i : indices) {
                sum += figure.applyAsDouble(run(outcomes.get(i), policy));
            }
            return sum / indices.length;
        });
    }

    /** Mean paired difference of a per-run figure: policy − baseline. */
    Estimate difference(Policy.Kind policy, Policy.Kind baseline, ToDoubleFunction<Simulation.PolicyRun> figure) {
        return estimate(indices -> {
            double sum = 0;
            for (int i : indices) {
                Simulation.LearnerOutcome outcome = outcomes.get(i);
                sum += figure.applyAsDouble(run(outcome, policy)) - figure.applyAsDouble(run(outcome, baseline));
            }
            return sum / indices.length;
        });
    }

    private double saving(int[] indices, Policy.Kind policy, Policy.Kind baseline) {
        double ours = 0;
        double base = 0;
        for (int i : indices) {
            Simulation.LearnerOutcome outcome = outcomes.get(i);
            ours += answersToTarget(run(outcome, policy));
            base += answersToTarget(run(outcome, baseline));
        }
        return 1 - ours / base;
    }

    private Estimate estimate(ToDoubleFunction<int[]> statistic) {
        int[] all = new int[outcomes.size()];
        Arrays.setAll(all, i -> i);
        double value = statistic.applyAsDouble(all);
        double[] values = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            values[r] = statistic.applyAsDouble(resamples[r]);
        }
        Arrays.sort(values);
        return new Estimate(value, values[(int) Math.floor(0.025 * (RESAMPLES - 1))],
                values[(int) Math.ceil(0.975 * (RESAMPLES - 1))]);
    }

    static Simulation.PolicyRun run(Simulation.LearnerOutcome outcome, Policy.Kind kind) {
        for (Simulation.PolicyRun run : outcome.runs()) {
            if (run.kind() == kind) {
                return run;
            }
        }
        throw new IllegalArgumentException("no run under " + kind);
    }
}
