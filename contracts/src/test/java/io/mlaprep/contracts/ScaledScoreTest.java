package io.mlaprep.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScaledScoreTest {

    private final ScaledScore scale = ScaledScore.EXAM_GUIDE;

    @ParameterizedTest(name = "{0} correct scores {1}")
    @CsvSource({"0, 100", "1, 118", "25, 550", "34, 712", "35, 730", "49, 982", "50, 1000"})
    void mapsCorrectAnswersLinearlyOntoTheScale(int correct, int scaled) {
        assertThat(scale.of(correct)).isEqualTo(scaled);
    }

    @Test
    void thirtyFiveRightPassesAndThirtyFourFails() {
        assertThat(scale.passes(scale.of(35))).isTrue();
        assertThat(scale.passes(scale.of(34))).isFalse();
    }

    @Test
    void thirtyFiveIsTheFewestCorrectAnswersThatPass() {
        int fewest = IntStream.rangeClosed(0, 50).filter(c -> scale.passes(scale.of(c))).findFirst().orElseThrow();
        assertThat(fewest).isEqualTo(35);
        assertThat(scale.passingCorrect()).isEqualTo(fewest);
        assertThat(new ScaledScore(100, 1000, 720, 45).passingCorrect()).isEqualTo(31);
    }

    @ParameterizedTest(name = "{0} expected correct scores {1}")
    @CsvSource({"-3, 100", "0, 100", "34.5, 721", "35, 730", "50, 1000", "57.2, 1000"})
    void anExpectedCountIsScoredOnTheSameScaleAndClamped(double expected, int scaled) {
        assertThat(scale.ofExpected(expected)).isEqualTo(scaled);
    }

    @Test
    void passesExactlyAtThePassingScore() {
        assertThat(scale.passes(720)).isTrue();
        assertThat(scale.passes(719)).isFalse();
        assertThat(scale.passes(721)).isTrue();
    }

    @Test
    void aScoreLandingExactlyOnThePassingScorePasses() {
        ScaledScore fortyFive = new ScaledScore(100, 1000, 720, 45);

        assertThat(fortyFive.of(31)).isEqualTo(720);
        assertThat(fortyFive.passes(fortyFive.of(31))).isTrue();
        assertThat(fortyFive.passes(fortyFive.of(30))).isFalse();
    }

    @Test
    void neverDecreasesAsMoreAnswersAreRightAndStaysOnTheScale() {
        int previous = Integer.MIN_VALUE;
        for (int correct = 0; correct <= 50; correct++) {
            int scaled = scale.of(correct);
            assertThat(scaled).isBetween(100, 1000).isGreaterThan(previous);
            previous = scaled;
        }
    }

    @Test
    void roundsHalvesUp() {
        ScaledScore quarters = new ScaledScore(0, 10, 5, 4);

        assertThat(quarters.of(1)).isEqualTo(3); // 2.5
        assertThat(quarters.of(3)).isEqualTo(8); // 7.5
    }

    @Test
    void roundsToTheNearestPoint() {
        ScaledScore thirds = new ScaledScore(0, 10, 5, 3);

        assertThat(thirds.of(1)).isEqualTo(3); // 3.33
        assertThat(thirds.of(2)).isEqualTo(7); // 6.67
    }

    @Test
    void doesNotOverflowOnLargeScales() {
        ScaledScore large = new ScaledScore(0, 2_000_000_000, 1, 2_000_000_000);

        assertThat(large.of(1_999_999_999)).isEqualTo(1_999_999_999);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 51, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void rejectsACorrectCountOutsideZeroToTheScoredItems(int correct) {
        assertThatThrownBy(() -> scale.of(correct))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..50")
                .hasMessageContaining(String.valueOf(correct));
    }

    @ParameterizedTest(name = "min {0}, max {1}, pass {2}, items {3}")
    @CsvSource({
            "1000, 1000, 1000, 50", // empty range
            "1000, 100, 720, 50",   // min above max
            "100, 1000, 99, 50",    // pass below min
            "100, 1000, 1001, 50",  // pass above max
            "100, 1000, 720, 0",    // no scored items
            "100, 1000, 720, -1"})
    void rejectsAnInconsistentConfiguration(int min, int max, int pass, int items) {
        assertThatThrownBy(() -> new ScaledScore(min, max, pass, items))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("inconsistent scale");
    }

    @ParameterizedTest(name = "min {0}, max {1}, pass {2}, items {3}")
    @CsvSource({"100, 1000, 100, 50", "100, 1000, 1000, 50", "100, 1000, 720, 1", "0, 1, 0, 1"})
    void acceptsAConfigurationOnItsBoundaries(int min, int max, int pass, int items) {
        assertThatCode(() -> new ScaledScore(min, max, pass, items)).doesNotThrowAnyException();
    }

    @Test
    void aPassMarkAtTheMinimumPassesEveryone() {
        ScaledScore lenient = new ScaledScore(100, 1000, 100, 50);

        assertThat(lenient.passes(lenient.of(0))).isTrue();
    }

    @Test
    void aPassMarkAtTheMaximumNeedsEveryAnswerRight() {
        ScaledScore strict = new ScaledScore(100, 1000, 1000, 50);

        assertThat(strict.passes(strict.of(49))).isFalse();
        assertThat(strict.passes(strict.of(50))).isTrue();
    }
}
