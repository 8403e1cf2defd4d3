package io.mlaprep.recommender.mastery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaussianTest {

    @Test
    void theNormalDistributionFunctionMatchesKnownValues() {
        assertThat(Gaussian.cdf(0)).isCloseTo(0.5, within(1e-7));
        assertThat(Gaussian.cdf(1.959963984540054)).isCloseTo(0.975, within(1e-7));
        assertThat(Gaussian.cdf(-1)).isCloseTo(0.15865525393145707, within(1e-7));
        assertThat(Gaussian.cdf(3)).isCloseTo(0.9986501019683699, within(1e-7));
    }

    @Test
    void theMillsRatioStaysFiniteFarIntoTheTail() {
        assertThat(Gaussian.millsRatio(-40)).isCloseTo(40, within(0.1));
        assertThat(Gaussian.millsRatio(0)).isCloseTo(0.7978845608, within(1e-6));
        assertThat(Gaussian.millsRatio(10)).isCloseTo(0, within(1e-12));
    }

    @Test
    void theProbitApproximationOfTheExpectedLogisticIsClose() {
        // E[σ(θ)] for θ ~ N(1, 1), by fine numerical integration: 0.6967...
        double exact = 0;
        double norm = 0;
        for (int i = -4000; i <= 4000; i++) {
            double z = i / 500.0;
            double w = Math.exp(-0.5 * z * z);
            exact += w / (1 + Math.exp(-(1 + z)));
            norm += w;
        }
        assertThat(Gaussian.expectedLogistic(1, 1)).isCloseTo(exact / norm, within(0.005));
    }
}
