package io.mlaprep.recommender.memory.domain;

import java.util.Arrays;

/**
 * FSRS-6 parameters.
 *
 * <p>Weights are used as given; ts-fsrs would first clip out-of-range custom weights to its bounds.
 *
 * @param weights          the 21 model weights w0..w20 (copied in and out, so the record stays immutable)
 * @param requestRetention desired probability of recall at the due date, in (0, 1]
 * @param maximumInterval  upper bound of a scheduled interval, in days
 */
public record FsrsParameters(double[] weights, double requestRetention, int maximumInterval) {

    public static final int WEIGHT_COUNT = 21;

    /** Default FSRS-6 weights of ts-fsrs 5.4.x. */
    private static final double[] DEFAULT_WEIGHTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
    };

    public FsrsParameters {
        if (weights == null || weights.length != WEIGHT_COUNT) {
            throw new IllegalArgumentException("FSRS-6 needs exactly " + WEIGHT_COUNT + " weights");
        }
        weights = weights.clone();
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("weights must be finite: " + Arrays.toString(weights));
            }
        }
        if (!(requestRetention > 0 && requestRetention <= 1)) {
            throw new IllegalArgumentException("requestRetention must be in (0, 1]: " + requestRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("maximumInterval must be at least 1 day: " + maximumInterval);
        }
    }

    /** ts-fsrs defaults: default weights, 90% desired retention, at most 36,500 days between reviews. */
    public static FsrsParameters defaults() {
        return new FsrsParameters(DEFAULT_WEIGHTS, 0.9, 36_500);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    double weight(int index) {
        return weights[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FsrsParameters that
                && Arrays.equals(weights, that.weights)
                && Double.compare(requestRetention, that.requestRetention) == 0
                && maximumInterval == that.maximumInterval;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(weights) + Double.hashCode(requestRetention)) + maximumInterval;
    }

    @Override
    public String toString() {
        return "FsrsParameters[weights=" + Arrays.toString(weights) + ", requestRetention=" + requestRetention
                + ", maximumInterval=" + maximumInterval + "]";
    }
}
