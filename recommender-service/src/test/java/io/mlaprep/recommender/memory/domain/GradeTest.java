package io.mlaprep.recommender.memory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GradeTest {

    @Test
    void aWrongAnswerIsAgainWhateverTheConfidence() {
        assertThat(Grade.fromAnswer(false, null)).isEqualTo(Grade.AGAIN);
        for (Confidence confidence : Confidence.values()) {
            assertThat(Grade.fromAnswer(false, confidence)).isEqualTo(Grade.AGAIN);
        }
    }

    @Test
    void aRightAnswerWithLowConfidenceIsHard() {
        assertThat(Grade.fromAnswer(true, Confidence.LOW)).isEqualTo(Grade.HARD);
    }

    @Test
    void aRightAnswerWithMediumConfidenceIsGood() {
        assertThat(Grade.fromAnswer(true, Confidence.MEDIUM)).isEqualTo(Grade.GOOD);
    }

    @Test
    void aRightAnswerWithoutConfidenceIsGood() {
        assertThat(Grade.fromAnswer(true, null)).isEqualTo(Grade.GOOD);
    }

    @Test
    void aRightAnswerWithHighConfidenceIsEasy() {
        assertThat(Grade.fromAnswer(true, Confidence.HIGH)).isEqualTo(Grade.EASY);
    }

    @Test
    void gradesCarryTheFsrsRatingValues() {
        assertThat(Grade.AGAIN.value()).isEqualTo(1);
        assertThat(Grade.HARD.value()).isEqualTo(2);
        assertThat(Grade.GOOD.value()).isEqualTo(3);
        assertThat(Grade.EASY.value()).isEqualTo(4);
    }
}
