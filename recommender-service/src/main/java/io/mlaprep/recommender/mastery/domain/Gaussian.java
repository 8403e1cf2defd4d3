package io.mlaprep.recommender.mastery.domain;

/**
 * Normal-distribution helpers for the learner model. Everything goes through {@link StrictMath} so that the same
 * inputs give bit-identical results on every JVM (replaying a learner's events must rebuild identical state).
 */
public final class Gaussian {

    /** Scale of the probit approximation of the logistic function: σ(x) ≈ Φ(λx), λ² = π/8. */
    public static final double PROBIT_SCALE = StrictMath.sqrt(StrictMath.PI / 8);

    private static final double INV_SQRT_2PI = 1 / StrictMath.sqrt(2 * StrictMath.PI);
    private static final double SQRT_HALF = StrictMath.sqrt(0.5);

    private Gaussian() {
    }

    /** Standard normal density φ(z). */
    public static double pdf(double z) {
        return INV_SQRT_2PI * StrictMath.exp(-0.5 * z * z);
    }

    /** Standard normal distribution function Φ(z) (relative error below 1.2e-7). */
    public static double cdf(double z) {
        double x = -z * SQRT_HALF;
        if (x >= 0) {
            return 0.5 * erfcScaled(x) * StrictMath.exp(-x * x);
        }
        return 1 - 0.5 * erfcScaled(-x) * StrictMath.exp(-x * x);
    }

    /**
     * φ(z)/Φ(z), the inverse Mills ratio, computed without underflow for very negative z (where it tends to −z).
     */
    public static double millsRatio(double z) {
        if (z >= 0) {
            return pdf(z) / cdf(z);
        }
        // Φ(z) = ½·erfcx(x)·exp(−x²) and φ(z) = exp(−x²)/√(2π) with x = −z/√2: the exponentials cancel.
        double x = -z * SQRT_HALF;
        return INV_SQRT_2PI / (0.5 * erfcScaled(x));
    }

    /** Logistic function 1 / (1 + e^−x). */
    public static double logistic(double x) {
        if (x >= 0) {
            return 1 / (1 + StrictMath.exp(-x));
        }
        double e = StrictMath.exp(x);
        return e / (1 + e);
    }

    /** Inverse of {@link #logistic}, for p in (0, 1). */
    public static double logit(double p) {
        return StrictMath.log(p / (1 - p));
    }

    /**
     * E[σ(θ)] for θ ~ N(mean, variance) by the probit approximation (MacKay): σ(mean / √(1 + π·variance/8)).
     */
    public static double expectedLogistic(double mean, double variance) {
        return logistic(mean / StrictMath.sqrt(1 + StrictMath.PI * variance / 8));
    }

    /**
     * exp(x²)·erfc(x) for x ≥ 0, from the Chebyshev fit of Numerical Recipes {@code erfcc} (fractional error of
     * erfc below 1.2e-7 everywhere), rearranged so the Gaussian factor is not evaluated.
     */
    static double erfcScaled(double x) {
        double t = 1 / (1 + 0.5 * x);
        return t * StrictMath.exp(-1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
    }
}
