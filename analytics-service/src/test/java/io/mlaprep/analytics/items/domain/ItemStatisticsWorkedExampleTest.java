package io.mlaprep.analytics.items.domain;

import static io.mlaprep.analytics.items.domain.AttemptFixtures.correct;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.incorrect;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.unanswered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemStatisticsWorkedExampleTest {

    private static final double TOLERANCE = 1e-9;
    private static final List<String> OPTIONS = List.of("A", "B", "C", "D");
    private static final Set<String> KEY = Set.of("B");

    /*
     * Ten attempts at a single-select item keyed B (x = item score, y = rest score):
     *
     *   #   y  x  chose
     *   1   8  1  B
     *   2   7  1  B
     *   3   6  1  B
     *   4   6  0  A
     *   5   5  1  B
     *   6   4  0  C
     *   7   4  0  (unanswered)
     *   8   3  1  B
     *   9   2  0  A
     *  10   5  0  D
     *
     * n = 10
     * Σx  = 5                          → facility p = 5/10 = 0.5
     * Σx² = 5 (x is 0 or 1)
     * Σy  = 8+7+6+6+5+4+4+3+2+5 = 50   → ȳ = 5
     * Σy² = 64+49+36+36+25+16+16+9+4+25 = 280
     * Σxy = 8+7+6+5+3 = 29
     *
     * Sxx = Σx² − (Σx)²/n = 5 − 25/10 = 2.5     (population variance of x: 0.25 = p·q)
     * Syy = Σy² − (Σy)²/n = 280 − 2500/10 = 30  (population variance of y: 3)
     * Sxy = Σxy − ΣxΣy/n = 29 − 250/10 = 4      (population covariance: 0.4)
     * r   = Sxy / √(Sxx·Syy) = 4 / √75 = 4 / (5√3) = 0.8/√3 ≈ 0.4618802
     *
     * Point-biserial cross-check: M₁ = 29/5 = 5.8, M₀ = 21/5 = 4.2, s = √3,
     * r = (5.8 − 4.2)/√3 · √(0.5·0.5) = 0.8/√3.
     *
     * Rates over all 10 attempts: A 2/10, B 5/10, C 1/10, D 1/10, unanswered 1/10.
     * Flags: n = 10 ≥ 10 so facility is judged (0.2 ≤ 0.5 ≤ 0.95: neither flag); n < 20 so discrimination and the
     * top third are not judged.
     */
    private static final List<Attempt> ATTEMPTS = List.of(
            correct(8, "B"),
            correct(7, "B"),
            correct(6, "B"),
            incorrect(6, "A"),
            correct(5, "B"),
            incorrect(4, "C"),
            unanswered(4),
            correct(3, "B"),
            incorrect(2, "A"),
            incorrect(5, "D"));

    private static final double HAND_DISCRIMINATION = 0.8 / Math.sqrt(3);

    @Test
    void theStatisticsMatchTheHandCalculation() {
        ItemStatistics statistics = ItemStatistics.of(ATTEMPTS, KEY, OPTIONS);

        assertThat(statistics.attempts()).isEqualTo(10);
        assertThat(statistics.facility().getAsDouble()).isCloseTo(0.5, within(TOLERANCE));
        assertThat(statistics.discrimination().getAsDouble()).isCloseTo(HAND_DISCRIMINATION, within(TOLERANCE));
        assertThat(statistics.discrimination().getAsDouble()).isCloseTo(0.4618802, within(1e-7));
        assertHandRates(statistics.selectionRates().orElseThrow());
        assertThat(statistics.flags()).containsExactly(ItemFlag.INSUFFICIENT_ATTEMPTS_FOR_DISCRIMINATION_FLAGS);
    }

    private static void assertHandRates(SelectionRates rates) {
        assertThat(rates.byOption()).containsOnlyKeys(OPTIONS);
        assertThat(rates.of("A")).isCloseTo(0.2, within(TOLERANCE));
        assertThat(rates.of("B")).isCloseTo(0.5, within(TOLERANCE));
        assertThat(rates.of("C")).isCloseTo(0.1, within(TOLERANCE));
        assertThat(rates.of("D")).isCloseTo(0.1, within(TOLERANCE));
        assertThat(rates.unanswered()).isCloseTo(0.1, within(TOLERANCE));
    }
}
