package io.mlaprep.recommender.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Results of a run: answers to the target per policy, and the calibration of readiness by decile. */
public final class SimulationReport {

    /** A decile's observed pass rate is only judged with at least this many samples. */
    public static final int MIN_DECILE_SAMPLES = 200;

    private final SimulationConfig config;
    private final List<Simulation.LearnerOutcome> outcomes;

    SimulationReport(SimulationConfig config, List<Simulation.LearnerOutcome> outcomes) {
        this.config = config;
        this.outcomes = List.copyOf(outcomes);
    }

    List<Simulation.LearnerOutcome> outcomes() {
        return outcomes;
    }

    public record PolicySummary(Policy.Kind kind, double median, double mean, double reachedShare,
                                double meanAnswersReachedByAll) {
    }

    public record Decile(int index, int samples, double meanPredicted, double observedPassRate,
                         double meanTruePassProbability) {

        public boolean judged() {
            return samples >= MIN_DECILE_SAMPLES;
        }

        public double error() {
            return observedPassRate - meanPredicted;
        }
    }

    public PolicySummary summary(Policy.Kind kind) {
        int n = outcomes.size();
        double[] answers = new double[n];
        double sum = 0;
        int reached = 0;
        for (int i = 0; i < n; i++) {
            int a = run(outcomes.get(i), kind).answersToTarget();
            answers[i] = a < 0 ? Double.POSITIVE_INFINITY : a; // not reached: censored, sorts last
            if (a >= 0) {
                sum += a;
                reached++;
            }
        }
        Arrays.sort(answers);
        double median = n % 2 == 1 ? answers[n / 2] : (answers[n / 2 - 1] + answers[n / 2]) / 2;
        // Mean over the learners every policy brought to the target, so policies are compared on the same people.
        double common = 0;
        int commonCount = 0;
        for (Simulation.LearnerOutcome outcome : outcomes) {
            if (outcome.runs().stream().allMatch(r -> r.answersToTarget() >= 0)) {
                common += run(outcome, kind).answersToTarget();
                commonCount++;
            }
        }
        return new PolicySummary(kind, median, reached == 0 ? Double.NaN : sum / reached, (double) reached / n,
                commonCount == 0 ? Double.NaN : common / commonCount);
    }

    /** Calibration deciles over the readiness predictions of every policy's learners. */
    public List<Decile> calibration() {
        return calibration(null);
    }

    /** Calibration deciles for one policy's learners ({@code null}: all). */
    public List<Decile> calibration(Policy.Kind kind) {
        int[] count = new int[10];
        double[] predicted = new double[10];
        double[] passed = new double[10];
        double[] truth = new double[10];
        for (Simulation.LearnerOutcome outcome : outcomes) {
            for (Simulation.PolicyRun run : outcome.runs()) {
                if (kind != null && run.kind() != kind) {
                    continue;
                }
                for (Simulation.CalibrationPoint point : run.calibration()) {
                    int d = Math.min(9, (int) Math.floor(point.predicted() * 10));
                    count[d]++;
                    predicted[d] += point.predicted();
                    passed[d] += point.passed() ? 1 : 0;
                    truth[d] += point.truePassProbability();
                }
            }
        }
        List<Decile> deciles = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            int c = count[d];
            deciles.add(new Decile(d, c, c == 0 ? Double.NaN : predicted[d] / c, c == 0 ? Double.NaN : passed[d] / c,
                    c == 0 ? Double.NaN : truth[d] / c));
        }
        return deciles;
    }

    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(config.describeTruth()).append("\n\n");
        out.append(String.format(Locale.ROOT, "%-26s %10s %10s %9s %14s %8s%n", "policy", "median", "mean",
                "reached", "mean(all hit)", "vs rand"));
        double baseline = summary(Policy.Kind.BLUEPRINT_RANDOM).median();
        for (Policy.Kind kind : config.policies()) {
            PolicySummary s = summary(kind);
            out.append(String.format(Locale.ROOT, "%-26s %10s %10.0f %8.1f%% %14.0f %+7.1f%%%n", kind.label,
                    Double.isInfinite(s.median()) ? "not reached" : String.format(Locale.ROOT, "%.0f", s.median()),
                    s.mean(), 100 * s.reachedShare(), s.meanAnswersReachedByAll(),
                    100 * (s.median() / baseline - 1)));
        }
        out.append(String.format(Locale.ROOT,
                "(answers until the TRUE pass probability ≥ %.2f; median over all learners with not-reached counted"
                        + " as infinite; mean over those who reached it; mean(all hit) over learners every policy"
                        + " brought there)%n%n", config.target()));
        out.append(formatCalibration("Readiness calibration, all policies", calibration()));
        out.append(formatCalibration("Readiness calibration, ours only", calibration(Policy.Kind.OURS)));
        return out.toString();
    }

    private static String formatCalibration(String title, List<Decile> deciles) {
        StringBuilder out = new StringBuilder(title).append(String.format(Locale.ROOT,
                " (predicted P(pass) vs simulated exam; judged when n ≥ %d)%n", MIN_DECILE_SAMPLES));
        out.append(String.format(Locale.ROOT, "%-9s %7s %10s %10s %10s %8s%n", "decile", "n", "predicted",
                "observed", "true P", "error"));
        for (Decile d : deciles) {
            out.append(String.format(Locale.ROOT, "%.1f–%.1f %8d %10s %10s %10s %8s%s%n", d.index() / 10.0,
                    (d.index() + 1) / 10.0, d.samples(), f(d.meanPredicted()), f(d.observedPassRate()),
                    f(d.meanTruePassProbability()), d.samples() == 0 ? "" : String.format(Locale.ROOT, "%+.3f",
                            d.error()), d.samples() == 0 ? "" : d.judged() ? "" : "  (few samples, not judged)"));
        }
        return out.append('\n').toString();
    }

    private static String f(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static Simulation.PolicyRun run(Simulation.LearnerOutcome outcome, Policy.Kind kind) {
        return outcome.runs().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }
}
