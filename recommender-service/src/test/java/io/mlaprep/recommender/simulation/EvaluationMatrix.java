package io.mlaprep.recommender.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A robust evaluation matrix (Doroudi, Aleven and Brunskill, 2017): every policy runs on the same synthetic learners
 * over a grid of truths the learner model does not share exactly — domain spread, starting mean, item memory,
 * guessing and difficulty-dependent learning — and is compared per learner with blueprint-random, with bootstrap
 * intervals. The figure of merit is ours' share of the oracle's saving.
 *
 * <p>Run (after {@code ./mvnw install -DskipTests}): {@code ./mvnw -pl recommender-service exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.mlaprep.recommender.simulation.EvaluationMatrix
 * -Dexec.args="--learners 200 --out target/matrix"}. Grid options take comma-separated lists:
 * {@code --domain-sd 0.2,0.4,0.7,1.0 --ability-mean -0.8,-0.3,0.4 --item-memory none,fsrs --guessing 0,1/options
 * --learning flat,adaptive}; every other option is a {@link SimulationConfig} option applied to every cell.
 */
public final class EvaluationMatrix {

    /** A cell counts as one where targeting can pay when the oracle saves at least this much. */
    static final double ORACLE_SAVES_ENOUGH = 0.05;
    /** Ours should get at least this share of the oracle's saving in such cells. */
    static final double SHARE_GOAL = 0.8;
    static final double CALIBRATION_GOAL = 0.05;

    record Grid(List<Double> domainSds, List<Double> abilityMeans, List<Boolean> itemMemory, List<Boolean> guessing,
                List<Boolean> adaptiveLearning) {

        static Grid full() {
            return new Grid(List.of(0.2, 0.4, 0.7, 1.0), List.of(-0.8, -0.3, 0.4), List.of(false, true),
                    List.of(false, true), List.of(false, true));
        }

        int size() {
            return domainSds.size() * abilityMeans.size() * itemMemory.size() * guessing.size()
                    * adaptiveLearning.size();
        }
    }

    /** One cell's figures. */
    record Cell(SimulationConfig config, double randomAnswers, Map<Policy.Kind, PairedComparison.Estimate> savings,
                PairedComparison.Estimate oursShareOfOracle, PairedComparison.Estimate randomPassOnExamDay,
                PairedComparison.Estimate oursPassOnExamDay, PairedComparison.Estimate passGain,
                double worstCalibrationError, double worstCalibrationErrorOurs) {

        PairedComparison.Estimate saving(Policy.Kind kind) {
            return savings.get(kind);
        }

        boolean oracleSavesEnough() {
            return saving(Policy.Kind.ORACLE).value() >= ORACLE_SAVES_ENOUGH;
        }

        boolean meetsShareGoal() {
            return !oracleSavesEnough() || oursShareOfOracle.value() >= SHARE_GOAL;
        }

        boolean oursSignificantlyWorseThanRandom() {
            return saving(Policy.Kind.OURS).significantlyBelowZero();
        }

        boolean calibrated() {
            return Math.abs(worstCalibrationError) <= CALIBRATION_GOAL;
        }
    }

    private final SimulationConfig base;
    private final Grid grid;

    EvaluationMatrix(SimulationConfig base, Grid grid) {
        this.base = base;
        this.grid = grid;
    }

    public static void main(String[] args) {
        Map<String, String> gridOptions = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        Path out = Path.of("target", "matrix");
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + name + " needs a value");
            }
            switch (name) {
                case "--domain-sd", "--ability-mean", "--item-memory", "--guessing", "--learning" ->
                        gridOptions.put(name, args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    rest.add(name);
                    rest.add(args[++i]);
                }
            }
        }
        SimulationConfig base = SimulationConfig.parse(rest.toArray(String[]::new));
        Grid full = Grid.full();
        Grid grid = new Grid(
                reals(gridOptions.get("--domain-sd"), full.domainSds()),
                reals(gridOptions.get("--ability-mean"), full.abilityMeans()),
                switches(gridOptions.get("--item-memory"), full.itemMemory(), "none", "fsrs"),
                switches(gridOptions.get("--guessing"), full.guessing(), "0", "1/options"),
                switches(gridOptions.get("--learning"), full.adaptiveLearning(), "flat", "adaptive"));
        long started = System.nanoTime();
        EvaluationMatrix matrix = new EvaluationMatrix(base, grid);
        List<Cell> cells = matrix.run(cell -> System.err.printf(Locale.ROOT, "cell %s done (%.0f s)%n",
                cell.config().cellName(), (System.nanoTime() - started) / 1e9));
        String markdown = matrix.markdown(cells);
        System.out.println(markdown);
        System.out.printf(Locale.ROOT, "(%d cells × %d learners × %d policies in %.0f s)%n", cells.size(),
                base.learners(), Policy.Kind.values().length, (System.nanoTime() - started) / 1e9);
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("matrix.md"), markdown);
            Files.writeString(out.resolve("matrix.csv"), csv(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("written: " + out.resolve("matrix.md") + ", " + out.resolve("matrix.csv"));
    }

    interface Progress {
        void cellDone(Cell cell);
    }

    List<Cell> run(Progress progress) {
        List<Cell> cells = new ArrayList<>();
        for (boolean memory : grid.itemMemory()) {
            for (boolean guessing : grid.guessing()) {
                for (boolean adaptive : grid.adaptiveLearning()) {
                    for (double mean : grid.abilityMeans()) {
                        for (double spread : grid.domainSds()) {
                            Cell cell = evaluate(cellConfig(spread, mean, memory, guessing, adaptive));
                            progress.cellDone(cell);
                            cells.add(cell);
                        }
                    }
                }
            }
        }
        return cells;
    }

    SimulationConfig cellConfig(double domainSd, double abilityMean, boolean itemMemory, boolean guessing,
                                boolean adaptiveLearning) {
        SimulationConfig b = base;
        return new SimulationConfig(b.learners(), b.seed(), b.answersPerDay(), b.sessionSize(), b.maxDays(),
                b.studyDayProbability(), b.itemsPerTask(), b.target(), b.calibrationEveryDays(), abilityMean,
                b.generalSd(), domainSd, b.taskSd(), b.learningRate(), b.learningRateLogSd(), b.forgettingDays(),
                b.itemDifficultySd(), b.authorNoiseSd(), b.missingDifficulty(), b.threads(), b.maxReviewShare(),
                b.explorationShare(), b.spreadDecay(), true, b.practiceEffect(), b.noisePerAnswer(),
                b.driftVariancePerDay(), itemMemory, guessing, adaptiveLearning, b.repeatValue(), b.keyMemory(),
                b.examDay(), b.examGuessFloor(), b.passGain(), b.learningRateSd());
    }

    static Cell evaluate(SimulationConfig config) {
        SimulationReport report = new Simulation(config).run();
        PairedComparison paired = new PairedComparison(report.outcomes(), config.seed() ^ 0x5DEECE66DL);
        Map<Policy.Kind, PairedComparison.Estimate> savings = new LinkedHashMap<>();
        for (Policy.Kind kind : config.policies()) {
            if (kind != Policy.Kind.BLUEPRINT_RANDOM) {
                savings.put(kind, paired.saving(kind, Policy.Kind.BLUEPRINT_RANDOM));
            }
        }
        double randomAnswers = paired.mean(Policy.Kind.BLUEPRINT_RANDOM, PairedComparison::answersToTarget).value();
        return new Cell(config, randomAnswers, savings,
                paired.shareOfSaving(Policy.Kind.OURS, Policy.Kind.ORACLE, Policy.Kind.BLUEPRINT_RANDOM),
                paired.mean(Policy.Kind.BLUEPRINT_RANDOM, Simulation.PolicyRun::passOnExamDay),
                paired.mean(Policy.Kind.OURS, Simulation.PolicyRun::passOnExamDay),
                paired.difference(Policy.Kind.OURS, Policy.Kind.BLUEPRINT_RANDOM, Simulation.PolicyRun::passOnExamDay),
                worstCalibrationError(report.calibration()),
                worstCalibrationError(report.calibration(Policy.Kind.OURS)));
    }

    /**
     * Mean true minus mean predicted pass probability in the decile, among those with enough samples, where it is
     * largest in magnitude: positive where readiness is too pessimistic, negative where it is too optimistic.
     */
    static double worstCalibrationError(List<SimulationReport.Decile> deciles) {
        double worst = 0;
        for (SimulationReport.Decile decile : deciles) {
            double error = decile.meanTruePassProbability() - decile.meanPredicted();
            if (decile.judged() && Math.abs(error) > Math.abs(worst)) {
                worst = error;
            }
        }
        return worst;
    }

    String markdown(List<Cell> cells) {
        StringBuilder out = new StringBuilder();
        out.append("Savings are answers until the true pass probability reaches ").append(pct(base.target()))
                .append(", paired per learner against blueprint-random (95 % bootstrap intervals); P(pass) is the true")
                .append(" pass probability on exam day ").append(base.examDay())
                .append(" (a fixed budget); calibration is true − predicted P(pass) in the decile where it is largest")
                .append(" in magnitude (+ too pessimistic, − too optimistic), over deciles with ≥ ")
                .append(SimulationReport.MIN_DECILE_SAMPLES).append(" checks, all policies.\n\n");
        out.append("| memory | guessing | learning | mean | spread | random answers | ours saves | oracle saves | ")
                .append("ours/oracle | round-robin | Leitner | P(pass) random → ours (Δ) | calibration | ok |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Cell cell : cells) {
            SimulationConfig c = cell.config();
            out.append(String.format(Locale.ROOT,
                    "| %s | %s | %s | %+.1f | %.1f | %.0f | %s | %s | %s | %s | %s | %.2f → %.2f (%s) | %+.3f | %s |%n",
                    c.itemMemory() ? "fsrs" : "none", c.guessing() ? "1/options" : "0",
                    c.adaptiveLearning() ? "adaptive" : "flat", c.abilityMean(), c.domainSd(), cell.randomAnswers(),
                    interval(cell.saving(Policy.Kind.OURS)), interval(cell.saving(Policy.Kind.ORACLE)),
                    cell.oracleSavesEnough() ? share(cell.oursShareOfOracle())
                            : String.format(Locale.ROOT, "(%s)", pct(cell.oursShareOfOracle().value())),
                    interval(cell.saving(Policy.Kind.ROUND_ROBIN)), interval(cell.saving(Policy.Kind.LEITNER)),
                    cell.randomPassOnExamDay().value(), cell.oursPassOnExamDay().value(),
                    signedInterval(cell.passGain()), cell.worstCalibrationError(), verdict(cell)));
        }
        long enough = cells.stream().filter(Cell::oracleSavesEnough).count();
        long shareMet = cells.stream().filter(c -> c.oracleSavesEnough() && c.meetsShareGoal()).count();
        long worse = cells.stream().filter(Cell::oursSignificantlyWorseThanRandom).count();
        long calibrated = cells.stream().filter(Cell::calibrated).count();
        out.append(String.format(Locale.ROOT, "%nCells where the oracle saves ≥ %s: %d of %d; ours gets ≥ %s of its"
                        + " saving in %d of them. Ours significantly worse than blueprint-random: %d cells. Calibrated"
                        + " within ±%.2f: %d of %d cells.%n", pct(ORACLE_SAVES_ENOUGH), enough, cells.size(),
                pct(SHARE_GOAL), shareMet, worse, CALIBRATION_GOAL, calibrated, cells.size()));
        out.append("\nok: S = share goal met (or the oracle saves < 5 %), W = ours significantly worse than random,")
                .append(" C = calibration outside ±0.05.\n");
        return out.toString();
    }

    private static String verdict(Cell cell) {
        StringBuilder v = new StringBuilder();
        v.append(cell.meetsShareGoal() ? "S" : "–");
        if (cell.oursSignificantlyWorseThanRandom()) {
            v.append(" W");
        }
        if (!cell.calibrated()) {
            v.append(" C");
        }
        return v.toString();
    }

    static String csv(List<Cell> cells) {
        StringBuilder out = new StringBuilder("item_memory,guessing,learning,ability_mean,domain_sd,learners,seed,"
                + "random_answers,policy,saving,saving_low,saving_high,ours_share_of_oracle,share_low,share_high,"
                + "pass_random,pass_ours,pass_gain,pass_gain_low,pass_gain_high,calibration_error,"
                + "calibration_error_ours\n");
        for (Cell cell : cells) {
            SimulationConfig c = cell.config();
            for (Map.Entry<Policy.Kind, PairedComparison.Estimate> saving : cell.savings().entrySet()) {
                PairedComparison.Estimate s = saving.getValue();
                PairedComparison.Estimate share = cell.oursShareOfOracle();
                PairedComparison.Estimate gain = cell.passGain();
                out.append(String.join(",", Arrays.asList(
                        c.itemMemory() ? "fsrs" : "none", c.guessing() ? "1/options" : "0",
                        c.adaptiveLearning() ? "adaptive" : "flat", num(c.abilityMean()), num(c.domainSd()),
                        Integer.toString(c.learners()), Long.toString(c.seed()), num(cell.randomAnswers()),
                        saving.getKey().name().toLowerCase(Locale.ROOT), num(s.value()), num(s.low()), num(s.high()),
                        num(share.value()), num(share.low()), num(share.high()),
                        num(cell.randomPassOnExamDay().value()), num(cell.oursPassOnExamDay().value()),
                        num(gain.value()), num(gain.low()), num(gain.high()), num(cell.worstCalibrationError()),
                        num(cell.worstCalibrationErrorOurs())))).append('\n');
            }
        }
        return out.toString();
    }

    private static String interval(PairedComparison.Estimate e) {
        return String.format(Locale.ROOT, "%.1f %% [%.1f, %.1f]", 100 * e.value(), 100 * e.low(), 100 * e.high());
    }

    private static String signedInterval(PairedComparison.Estimate e) {
        return String.format(Locale.ROOT, "%+.3f [%+.3f, %+.3f]", e.value(), e.low(), e.high());
    }

    private static String share(PairedComparison.Estimate e) {
        return String.format(Locale.ROOT, "%.0f %% [%.0f, %.0f]", 100 * e.value(), 100 * e.low(), 100 * e.high());
    }

    private static String pct(double value) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * value);
    }

    private static String num(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static List<Double> reals(String list, List<Double> fallback) {
        if (list == null) {
            return fallback;
        }
        return Arrays.stream(list.split(",")).map(String::trim).map(Double::parseDouble).toList();
    }

    private static List<Boolean> switches(String list, List<Boolean> fallback, String off, String on) {
        if (list == null) {
            return fallback;
        }
        return Arrays.stream(list.split(",")).map(String::trim).map(v -> {
            if (v.equals(off)) {
                return false;
            }
            if (v.equals(on)) {
                return true;
            }
            throw new IllegalArgumentException("expected " + off + " or " + on + ": " + v);
        }).toList();
    }
}
