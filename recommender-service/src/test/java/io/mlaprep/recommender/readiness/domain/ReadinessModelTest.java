package io.mlaprep.recommender.readiness.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.ScaledScore;
import io.mlaprep.recommender.mastery.domain.AbilityPosterior;
import io.mlaprep.recommender.mastery.domain.Gaussian;
import io.mlaprep.recommender.mastery.domain.MasteryModel;
import io.mlaprep.recommender.mastery.domain.TaskIndex;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadinessModelTest {

    private final ReadinessModel readiness = new ReadinessModel();

    private static AbilityPosterior everywhere(double ability, double variance) {
        int n = TaskIndex.size();
        double[] means = new double[n];
        double[][] covariance = new double[n][n];
        for (int i = 0; i < n; i++) {
            means[i] = ability;
            covariance[i][i] = variance;
        }
        return new AbilityPosterior(means, covariance, new int[n]);
    }

    @Test
    void guessingRaisesThePredictionOfAWeakLearnerMost() {
        ReadinessModel noGuessing = new ReadinessModel(new ReadinessParameters(1.0, 128, 0), ScaledScore.EXAM_GUIDE);

        Readiness weakWithGuessing = readiness.predict(everywhere(-4, 0.01));
        Readiness weakWithout = noGuessing.predict(everywhere(-4, 0.01));
        Readiness strongWithGuessing = readiness.predict(everywhere(4, 0.01));
        Readiness strongWithout = noGuessing.predict(everywhere(4, 0.01));

        assertThat(weakWithGuessing.expectedCorrect() - weakWithout.expectedCorrect()).isGreaterThan(6);
        assertThat(strongWithGuessing.expectedCorrect() - strongWithout.expectedCorrect()).isPositive().isLessThan(1);
    }

    @Test
    void theAbilityIntervalNarrowsAsTheAbilitiesBecomeKnown() {
        double unsure = readiness.abilityHalfWidth(everywhere(0, 1.0));
        double surer = readiness.abilityHalfWidth(everywhere(0, 0.1));
        double sure = readiness.abilityHalfWidth(everywhere(0, 0.001));

        assertThat(unsure).isGreaterThan(surer);
        assertThat(surer).isGreaterThan(sure);
        assertThat(sure).isLessThan(10);
    }

    @Test
    void theMostInformativeTaskIsTheLeastKnownOneOfAHeavilyWeightedDomain() {
        AbilityPosterior posterior = everywhere(0, 0.05);
        double[][] covariance = new double[TaskIndex.size()][TaskIndex.size()];
        for (int i = 0; i < covariance.length; i++) {
            covariance[i][i] = i == TaskIndex.of("1.2") || i == TaskIndex.of("4.2") ? 1.0 : 0.05;
        }
        AbilityPosterior twoUnknown = new AbilityPosterior(posterior.means(), covariance, new int[TaskIndex.size()]);

        // equally unknown, but domain 1 has 14 scored items over 3 tasks and domain 4 has 12
        double[] information = readiness.informationPerAnswer(twoUnknown);
        for (int t = 0; t < information.length; t++) {
            if (t != TaskIndex.of("1.2")) {
                assertThat(information[TaskIndex.of("1.2")]).as("task %s", TaskIndex.id(t)).isGreaterThan(information[t]);
            }
        }
    }

    @Test
    void anAnswerIsWorthMostOnAWeakHeavilyWeightedTaskStatementNearThePassMark() {
        double[] means = new double[TaskIndex.size()];
        java.util.Arrays.fill(means, 1.2);
        means[TaskIndex.of("1.1")] = -0.5;
        means[TaskIndex.of("4.3")] = -0.5;
        double[][] covariance = new double[TaskIndex.size()][TaskIndex.size()];
        for (int i = 0; i < covariance.length; i++) {
            covariance[i][i] = 0.05;
        }
        double[] gain = readiness.passGainPerAnswer(new AbilityPosterior(means, covariance, new int[means.length]),
                0.03);

        assertThat(gain[TaskIndex.of("1.1")]).isGreaterThan(gain[TaskIndex.of("4.3")]); // domain 1 weighs more
        assertThat(gain[TaskIndex.of("4.3")]).isGreaterThan(gain[TaskIndex.of("4.2")]); // weaker, more to learn
        assertThat(readiness.passGainPerAnswer(everywhere(6, 0.05), 0.03)[0])
                .as("a learner sure to pass gains nothing").isLessThan(1e-6);
    }

    @Test
    void aLearnerWhoKnowsEverythingScoresAboutAThousandAndPasses() {
        Readiness r = readiness.predict(everywhere(12, 0.01));

        assertThat(r.predictedScore()).isGreaterThanOrEqualTo(990);
        assertThat(r.high()).isEqualTo(ExamGuide.MAX_SCORE);
        assertThat(r.passProbability()).isGreaterThan(0.999);
    }

    @Test
    void aLearnerWhoKnowsNothingOnlyGuessesAndFails() {
        Readiness r = readiness.predict(everywhere(-12, 0.01));
        double guessed = ReadinessParameters.defaults().examGuessFloor() * ExamGuide.SCORED_COUNT;

        assertThat(r.expectedCorrect()).isCloseTo(guessed, within(0.01));
        assertThat(r.predictedScore()).isEqualTo(ScaledScore.EXAM_GUIDE.ofExpected(guessed));
        assertThat(r.passProbability()).isLessThan(0.001);
    }

    @Test
    void passProbabilityRisesWithMastery() {
        double previous = -1;
        int previousScore = 0;
        for (double ability = -3; ability <= 4; ability += 0.25) {
            Readiness r = readiness.predict(everywhere(ability, 0.3));
            if (r.passProbability() > 1e-6 && r.passProbability() < 1 - 1e-6) {
                assertThat(r.passProbability()).isGreaterThan(previous);
            } else {
                assertThat(r.passProbability()).isGreaterThanOrEqualTo(previous);
            }
            assertThat(r.predictedScore()).isGreaterThanOrEqualTo(previousScore);
            previous = r.passProbability();
            previousScore = r.predictedScore();
        }
        assertThat(readiness.predict(everywhere(-3, 0.3)).passProbability()).isLessThan(0.001);
        assertThat(readiness.predict(everywhere(4, 0.3)).passProbability()).isGreaterThan(0.999);
    }

    @Test
    void moreUncertaintyWidensTheScoreInterval() {
        Readiness sure = readiness.predict(everywhere(1, 0.01));
        Readiness unsure = readiness.predict(everywhere(1, 1.5));

        assertThat(unsure.high() - unsure.low()).isGreaterThan(sure.high() - sure.low());
    }

    @Test
    void theIntervalContainsThePrediction() {
        for (double ability = -2; ability <= 3; ability += 0.5) {
            Readiness r = readiness.predict(everywhere(ability, 0.5));
            assertThat(r.predictedScore()).isBetween(r.low(), r.high());
        }
    }

    @Test
    void withKnownAbilitiesThePassProbabilityMatchesTheExactBinomialSum() {
        double ability = 1.3;
        double shrink = 1 / Math.sqrt(1 + Math.PI / 8); // exam difficulty sd 1
        double floor = ReadinessParameters.defaults().examGuessFloor();
        double p = floor + (1 - floor) * Gaussian.logistic(ability * shrink);
        double exact = 0;
        for (int c = ScaledScore.EXAM_GUIDE.passingCorrect(); c <= ExamGuide.SCORED_COUNT; c++) {
            exact += binomial(ExamGuide.SCORED_COUNT, c) * Math.pow(p, c) * Math.pow(1 - p, ExamGuide.SCORED_COUNT - c);
        }

        Readiness r = readiness.predict(everywhere(ability, 1e-9));

        assertThat(r.passProbability()).isCloseTo(exact, within(0.02));
        assertThat(r.expectedCorrect()).isCloseTo(ExamGuide.SCORED_COUNT * p, within(0.01));
    }

    @Test
    void aNewLearnerHasAnUncertainButLowReadiness() {
        MasteryModel model = new MasteryModel();
        Instant now = Instant.parse("2025-03-10T09:15:00Z");

        Readiness r = readiness.predict(model.posterior(model.initial(), now));

        assertThat(r.passProbability()).isBetween(0.05, 0.4);
        assertThat(r.high() - r.low()).isGreaterThan(300);
    }

    @Test
    void theSamePosteriorAlwaysGivesTheSameReadiness() {
        AbilityPosterior posterior = everywhere(0.7, 0.4);

        assertThat(new ReadinessModel().predict(posterior)).isEqualTo(readiness.predict(posterior));
    }

    @Test
    void everyPredictionIsReportedToTheListenerGiven() {
        AtomicInteger predictions = new AtomicInteger();
        ReadinessModel counted = new ReadinessModel(ReadinessParameters.defaults(), ScaledScore.EXAM_GUIDE,
                predictions::incrementAndGet);

        counted.predict(everywhere(0.7, 0.4));
        counted.predict(everywhere(0, 0.05));

        assertThat(predictions).hasValue(2);
    }

    @Test
    void aStricterConfiguredPassMarkLowersThePassProbability() {
        AbilityPosterior posterior = everywhere(0.7, 0.4);
        ReadinessModel strict = new ReadinessModel(ReadinessParameters.defaults(), new ScaledScore(100, 1000, 800, 50));

        assertThat(strict.predict(posterior).passProbability()).isLessThan(readiness.predict(posterior).passProbability());
        assertThat(strict.predict(posterior).expectedCorrect()).isEqualTo(readiness.predict(posterior).expectedCorrect());
    }

    @Test
    void aScaleForAnotherNumberOfScoredItemsIsRefused() {
        assertThatThrownBy(() -> new ReadinessModel(ReadinessParameters.defaults(), new ScaledScore(100, 1000, 720, 40)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("50");
    }

    private static double binomial(int n, int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}
