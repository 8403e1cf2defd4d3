package io.mlaprep.recommender.experiment.domain;

import java.util.List;

/** 95 % intervals for proportions, means and their differences; null where the data cannot give one. */
public final class ConfidenceIntervals {

    /** The 0.975 quantile of the standard normal. */
    static final double Z = 1.959963984540054;

    private ConfidenceIntervals() {
    }

    /** Wilson score interval of {@code k} successes in {@code n}: stays inside [0, 1] and is sound at 0 and n. */
    public static Interval wilson(int k, int n) {
        if (n <= 0) {
            return null;
        }
        double p = (double) k / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        // at 0 and n the bound is exactly 0 or 1; the arithmetic would leave it a rounding error away
        return new Interval(k == 0 ? 0 : Math.max(0, centre - half), k == n ? 1 : Math.min(1, centre + half));
    }

    public static Double mean(List<? extends Number> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Number::doubleValue).average().orElseThrow();
    }

    /** Mean ± z · s/√n with the sample standard deviation s; null below two values. */
    public static Interval ofMean(List<? extends Number> values) {
        if (values.size() < 2) {
            return null;
        }
        double mean = mean(values);
        double half = Z * Math.sqrt(sampleVariance(values, mean) / values.size());
        return new Interval(mean - half, mean + half);
    }

    /**
     * Interval of p1 − p2 by Newcombe's hybrid score method (his method 10), from the two Wilson intervals: better
     * than the Wald interval for small samples and proportions near 0 or 1.
     */
    public static Interval differenceOfProportions(int k1, int n1, int k2, int n2) {
        Interval one = wilson(k1, n1);
        Interval two = wilson(k2, n2);
        if (one == null || two == null) {
            return null;
        }
        double p1 = (double) k1 / n1;
        double p2 = (double) k2 / n2;
        double difference = p1 - p2;
        double below = Math.sqrt(square(p1 - one.low()) + square(two.high() - p2));
        double above = Math.sqrt(square(one.high() - p1) + square(p2 - two.low()));
        return new Interval(difference - below, difference + above);
    }

    /** Interval of mean1 − mean2 by the normal approximation with unpooled (Welch) variances; null below two each. */
    public static Interval differenceOfMeans(List<? extends Number> one, List<? extends Number> two) {
        if (one.size() < 2 || two.size() < 2) {
            return null;
        }
        double mean1 = mean(one);
        double mean2 = mean(two);
        double se = Math.sqrt(sampleVariance(one, mean1) / one.size() + sampleVariance(two, mean2) / two.size());
        double difference = mean1 - mean2;
        return new Interval(difference - Z * se, difference + Z * se);
    }

    private static double sampleVariance(List<? extends Number> values, double mean) {
        double sum = 0;
        for (Number value : values) {
            sum += square(value.doubleValue() - mean);
        }
        return sum / (values.size() - 1);
    }

    private static double square(double x) {
        return x * x;
    }
}
