package io.mlaprep.recommender.mastery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mlaprep.contracts.QuestionType;
import org.junit.jupiter.api.Test;

class ItemInformationTest {

    private final ItemInformation information = new ItemInformation(MasteryParameters.defaults());

    @Test
    void anItemAtTheLearnersLevelTellsMoreThanOneFarFromIt() {
        double atLevel = information.of(0.5, 0.3, 0.5, 0);
        double tooEasy = information.of(0.5, 0.3, -2.0, 0);
        double tooHard = information.of(0.5, 0.3, 3.0, 0);

        assertThat(atLevel).isGreaterThan(tooEasy).isGreaterThan(tooHard);
    }

    @Test
    void anItemThatCanBeGuessedTellsLessThanOneThatCannot() {
        double ordering = information.of(0.0, 0.3, 0.0, AnswerFloor.guess(QuestionType.ORDERING));
        double twoOfFive = information.of(0.0, 0.3, 0.0, AnswerFloor.guess(QuestionType.MULTIPLE_RESPONSE));
        double fourOptions = information.of(0.0, 0.3, 0.0, AnswerFloor.guess(QuestionType.MULTIPLE_CHOICE));

        assertThat(ordering).isGreaterThan(twoOfFive);
        assertThat(twoOfFive).isGreaterThan(fourOptions);
    }

    @Test
    void anItemWithoutADifficultyTellsLessThanOneWithTheSameDifficultyKnown() {
        assertThat(information.of(0.0, 0.3, null, 0)).isLessThan(information.of(0.0, 0.3, 0.0, 0));
    }

    @Test
    void withoutGuessingAtTheLearnersLevelItIsTheProbitSlopeSquaredOverAQuarter() {
        double lambda = Gaussian.PROBIT_SCALE;
        double scale = Math.sqrt(1 + lambda * lambda * (0.3 * 0.3 + 0.5 * 0.5));
        double slope = Gaussian.pdf(0) * lambda / scale;

        assertThat(information.of(1.0, 0.3, 1.0, 0)).isCloseTo(slope * slope / 0.25, within(1e-12));
    }
}
