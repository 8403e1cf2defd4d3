package io.mlaprep.recommender.mastery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class KeyRecallTest {

    private static final double PRIOR = 0.25;
    private static final double PRIOR_WEIGHT = 0.5;

    /** New items right as often as {@code newRight} in 40, repeats (of fully recalled items) as {@code repeatRight}. */
    private static KeyRecall answers(int newRight, int repeatRight, double p) {
        KeyRecall evidence = KeyRecall.NONE;
        for (int i = 0; i < 40; i++) {
            evidence = evidence.plus(i < newRight, p, false, 0);
            evidence = evidence.plus(i < repeatRight, p, true, 1.0);
        }
        return evidence;
    }

    @Test
    void withoutRepeatsTheShareIsThePrior() {
        assertThat(KeyRecall.NONE.share(PRIOR, PRIOR_WEIGHT)).isEqualTo(PRIOR);
        assertThat(answers(20, 0, 0.5).share(PRIOR, PRIOR_WEIGHT)).isZero();
    }

    @Test
    void repeatsRightMoreOftenThanNewItemsRaiseTheShare() {
        // new items right at the model's odds, repeats always right: (40 · 0.5 · 0.5) / (40 · 0.25) before the prior
        assertThat(answers(20, 40, 0.5).share(PRIOR, PRIOR_WEIGHT))
                .isCloseTo((40 * 0.25 + PRIOR * PRIOR_WEIGHT) / (40 * 0.25 + PRIOR_WEIGHT), within(1e-12))
                .isGreaterThan(0.95);
    }

    @Test
    void repeatsRightAsOftenAsNewItemsSayNoKeyIsRecalledEvenWhenTheModelUnderratesTheLearner() {
        // the model says 0.3, the learner gets 60 % of new items and of repeats right: they are better, not recalling
        assertThat(answers(24, 24, 0.3).share(PRIOR, PRIOR_WEIGHT)).isLessThan(0.02);
    }

    @Test
    void theShareStaysBetweenNoneAndAll() {
        assertThat(answers(40, 0, 0.9).share(PRIOR, PRIOR_WEIGHT)).isZero();
        assertThat(answers(0, 40, 0.5).share(PRIOR, PRIOR_WEIGHT)).isEqualTo(1);
    }

    @Test
    void anItemNoLongerRecalledTellsNothingAboutKeys() {
        assertThat(KeyRecall.NONE.plus(true, 0.3, true, 0).share(PRIOR, PRIOR_WEIGHT)).isEqualTo(PRIOR);
    }

    @Test
    void evidenceMustBeFinite() {
        assertThatThrownBy(() -> new KeyRecall(Double.NaN, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyRecall(0, 0, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyRecall(0, 0, 0, 0, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
