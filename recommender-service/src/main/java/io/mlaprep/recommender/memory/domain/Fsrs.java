package io.mlaprep.recommender.memory.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * FSRS-6 scheduler, long-term scheduling only (no same-day learning steps) and no fuzz.
 *
 * <p>Mirrors ts-fsrs 5.4.x configured with {@code generatorParameters({enable_fuzz: false, enable_short_term:
 * false})}, down to its rounding of intermediate values to 8 decimals, so that both give the same stability,
 * difficulty and due instant for the same review history. Computations use {@link StrictMath} (fdlibm), the same
 * algorithms as V8's {@code Math}. Instants are taken at millisecond precision, as ts-fsrs uses JavaScript dates.
 */
public final class Fsrs {

    private static final double MIN_STABILITY = 0.001;
    private static final double MAX_STABILITY = 36_500;
    private static final long DAY_MILLIS = 86_400_000L;

    private final FsrsParameters parameters;
    private final double decay;
    private final double factor;
    private final double intervalModifier;

    public Fsrs() {
        this(FsrsParameters.defaults());
    }

    public Fsrs(FsrsParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        decay = -w(20);
        factor = round8(StrictMath.exp(StrictMath.pow(decay, -1) * StrictMath.log(0.9)) - 1);
        intervalModifier = round8((StrictMath.pow(parameters.requestRetention(), 1 / decay) - 1) / factor);
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    /**
     * Applies one review.
     *
     * <p>Reviews are expected in event-time order. A review stamped before {@code prior.lastReview()} (a late,
     * out-of-order event) is treated as if it happened at {@code prior.lastReview()}: zero elapsed days, and
     * neither the last review nor the due date moves backwards. (ts-fsrs would reject the negative elapsed time.)
     *
     * @param prior the state after the previous review, or {@code null} for the first review of an item
     */
    public MemoryState review(MemoryState prior, Grade grade, Instant at) {
        Objects.requireNonNull(grade, "grade");
        Instant reviewedAt = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
        if (prior == null) {
            return initialState(grade, reviewedAt);
        }
        if (reviewedAt.isBefore(prior.lastReview())) {
            reviewedAt = prior.lastReview();
        }
        long elapsedDays = elapsedDays(prior.lastReview(), reviewedAt);
        double r = forgettingCurve(elapsedDays, prior.stability());
        double[] stabilityByGrade = new double[5];
        for (Grade g : Grade.values()) {
            stabilityByGrade[g.value()] = nextStability(prior.difficulty(), prior.stability(), r, g);
        }
        return new MemoryState(
                stabilityByGrade[grade.value()],
                nextDifficulty(prior.difficulty(), grade),
                prior.reps() + 1,
                prior.lapses() + (grade == Grade.AGAIN ? 1 : 0),
                reviewedAt,
                due(reviewedAt, stabilityByGrade, grade));
    }

    /**
     * Applies an answer as a review, graded by {@link Grade#fromAnswer}: the learner model's update and the schedule
     * preview both come through here, so they cannot map an answer differently.
     *
     * @param prior the state before the answer, or {@code null} if the item was never answered
     */
    public MemoryState answer(MemoryState prior, boolean correct, Confidence confidence, Instant at) {
        return review(prior, Grade.fromAnswer(correct, confidence), at);
    }

    /** The first review of an item, same as {@code review(null, grade, at)}. */
    public MemoryState firstReview(Grade grade, Instant at) {
        return review(null, grade, at);
    }

    private MemoryState initialState(Grade grade, Instant reviewedAt) {
        double[] stabilityByGrade = new double[5];
        for (Grade g : Grade.values()) {
            stabilityByGrade[g.value()] = Math.max(w(g.value() - 1), 0.1);
        }
        return new MemoryState(
                stabilityByGrade[grade.value()],
                clamp(initialDifficulty(grade), 1, 10),
                1,
                0, // ts-fsrs counts a lapse only for Again on an already-reviewed card
                reviewedAt,
                due(reviewedAt, stabilityByGrade, grade));
    }

    /**
     * Probability of recall at {@code at}, as ts-fsrs {@code get_retrievability(card, at, false)}: elapsed time
     * is counted in whole 24-hour periods since the last review (floored, never negative).
     */
    public double retrievability(MemoryState state, Instant at) {
        long elapsedMillis = at.toEpochMilli() - state.lastReview().toEpochMilli();
        long elapsedDays = Math.max(Math.floorDiv(elapsedMillis, DAY_MILLIS), 0);
        return forgettingCurve(elapsedDays, toFixed8(state.stability()));
    }

    /** Days until the next review for a stability, before the per-grade ordering {@link #review} applies. */
    public int nextIntervalDays(double stability) {
        long days = Math.round(stability * intervalModifier);
        return (int) Math.min(Math.max(1, days), parameters.maximumInterval());
    }

    /**
     * Elapsed days between two reviews as ts-fsrs's scheduler counts them: the difference of their UTC calendar
     * dates, so 23:59 to 00:01 the next day is 1 day while 00:01 to 23:59 the same day is 0 days.
     */
    static long elapsedDays(Instant lastReview, Instant reviewedAt) {
        return Math.floorDiv(reviewedAt.toEpochMilli(), DAY_MILLIS)
                - Math.floorDiv(lastReview.toEpochMilli(), DAY_MILLIS);
    }

    /**
     * ts-fsrs computes the interval of every grade and then forces Again &lt; Hard &lt; Good &lt; Easy, so the
     * chosen grade's interval depends on the other grades' stabilities (the first Good is 3 days, not 2). The
     * forced increments are not clamped to the maximum interval again.
     */
    private Instant due(Instant reviewedAt, double[] stabilityByGrade, Grade grade) {
        long again = nextIntervalDays(stabilityByGrade[Grade.AGAIN.value()]);
        long hard = nextIntervalDays(stabilityByGrade[Grade.HARD.value()]);
        long good = nextIntervalDays(stabilityByGrade[Grade.GOOD.value()]);
        long easy = nextIntervalDays(stabilityByGrade[Grade.EASY.value()]);
        again = Math.min(again, hard);
        hard = Math.max(hard, again + 1);
        good = Math.max(good, hard + 1);
        easy = Math.max(easy, good + 1);
        long days = switch (grade) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
        return reviewedAt.plusMillis(days * DAY_MILLIS);
    }

    private double nextStability(double d, double s, double r, Grade grade) {
        if (grade == Grade.AGAIN) {
            double afterFail = round8(clamp(
                    w(11) * StrictMath.pow(d, -w(12)) * (StrictMath.pow(s + 1, w(13)) - 1)
                            * StrictMath.exp((1 - r) * w(14)),
                    MIN_STABILITY,
                    MAX_STABILITY));
            // The short-term floor S / e^(w17·w18) is just S when short-term scheduling is off.
            return clamp(round8(s), MIN_STABILITY, afterFail);
        }
        double hardPenalty = grade == Grade.HARD ? w(15) : 1;
        double easyBonus = grade == Grade.EASY ? w(16) : 1;
        return round8(clamp(
                s * (1 + StrictMath.exp(w(8)) * (11 - d) * StrictMath.pow(s, -w(9))
                        * (StrictMath.exp((1 - r) * w(10)) - 1) * hardPenalty * easyBonus),
                MIN_STABILITY,
                MAX_STABILITY));
    }

    private double nextDifficulty(double d, Grade grade) {
        double delta = -w(6) * (grade.value() - 3);
        double next = d + round8(delta * (10 - d) / 9); // linear damping
        // Mean reversion towards the (unclamped) initial difficulty of Easy.
        double reverted = round8(w(7) * initialDifficulty(Grade.EASY) + (1 - w(7)) * next);
        return clamp(reverted, 1, 10);
    }

    private double initialDifficulty(Grade grade) {
        return round8(w(4) - StrictMath.exp((grade.value() - 1) * w(5)) + 1);
    }

    private double forgettingCurve(long elapsedDays, double stability) {
        return round8(StrictMath.pow(1 + factor * elapsedDays / stability, decay));
    }

    private double w(int index) {
        return parameters.weight(index);
    }

    private static double clamp(double value, double min, double max) {
        return Math.min(Math.max(value, min), max);
    }

    /** ts-fsrs {@code roundTo(x, 8)}: {@code Math.round(x * 1e8) / 1e8}, ties towards positive infinity. */
    private static double round8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }

    /** JavaScript {@code +x.toFixed(8)} (exact decimal value of x, ties away from zero). */
    static double toFixed8(double x) {
        // Stored stabilities already are the double nearest an 8-decimal number, which toFixed(8) gives back
        // unchanged (below 1e7 half an ulp is under half of 1e-8); the exact decimal route costs microseconds.
        if (Math.abs(x) < 1e7 && Math.round(x * 1e8) / 1e8 == x) {
            return x;
        }
        return Double.parseDouble(new BigDecimal(x).setScale(8, RoundingMode.HALF_UP).toPlainString());
    }
}
