package io.mlaprep.recommender.mastery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mlaprep.contracts.QuestionType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MasteryModelTest {

    private static final Instant START = Instant.parse("2025-03-10T09:15:00Z");

    private static final double RATE_SD = 0.5;

    private final MasteryModel model = new MasteryModel();
    private final MasteryModel rated = new MasteryModel(MasteryParameters.defaults().withLearningRateSd(RATE_SD));

    private static Answer answer(String task, boolean correct, Double difficulty, Instant at) {
        return new Answer(task, correct, difficulty, at);
    }

    private TaskMastery task(MasteryState state, String id, Instant now) {
        return model.mastery(state, now).taskStatement(id).orElseThrow();
    }

    @Test
    void aNewLearnerIsUncertainRatherThanAtZero() {
        TaskMastery mastery = task(model.initial(), "2.3", START);

        assertThat(mastery.mastery()).isCloseTo(0.5, within(0.01));
        assertThat(mastery.low()).isLessThan(0.2);
        assertThat(mastery.high()).isGreaterThan(0.8);
        assertThat(mastery.answers()).isZero();
    }

    @Test
    void masteryRisesAfterACorrectAnswerAndFallsAfterAWrongOne() {
        MasteryState start = model.initial();

        double before = task(start, "1.2", START).mastery();
        double afterRight = task(model.apply(start, answer("1.2", true, 0.0, START)), "1.2", START).mastery();
        double afterWrong = task(model.apply(start, answer("1.2", false, 0.0, START)), "1.2", START).mastery();

        assertThat(afterRight).isGreaterThan(before);
        assertThat(afterWrong).isLessThan(before);
    }

    @Test
    void uncertaintyShrinksWithEvidence() {
        MasteryState state = model.initial();
        double previous = task(state, "3.1", START).abilitySd();
        for (int i = 0; i < 10; i++) {
            state = model.apply(state, answer("3.1", i % 3 != 0, 0.0, START.plusSeconds(60L * i)));
            double sd = task(state, "3.1", START.plusSeconds(60L * i)).abilitySd();
            assertThat(sd).isLessThan(previous);
            previous = sd;
        }
        TaskMastery prior = task(model.initial(), "3.1", START);
        TaskMastery mastery = task(state, "3.1", START.plusSeconds(600));
        assertThat(mastery.high() - mastery.low()).isLessThan(0.75 * (prior.high() - prior.low()));
    }

    @Test
    void uncertaintyGrowsWithTimeWithoutAnswers() {
        MasteryState state = model.initial();
        for (int i = 0; i < 20; i++) {
            state = model.apply(state, answer("4.1", true, 0.0, START.plusSeconds(60L * i)));
        }
        Instant last = START.plusSeconds(60L * 19);

        TaskMastery now = task(state, "4.1", last);
        TaskMastery monthLater = task(state, "4.1", last.plus(Duration.ofDays(30)));

        assertThat(monthLater.abilitySd()).isGreaterThan(now.abilitySd());
        assertThat(monthLater.high() - monthLater.low()).isGreaterThan(now.high() - now.low());
        assertThat(monthLater.abilityMean()).isEqualTo(now.abilityMean());
    }

    @Test
    void aHardItemAnsweredRightRaisesMasteryMoreThanAnEasyOne() {
        MasteryState start = model.initial();

        double hard = task(model.apply(start, answer("2.2", true, 2.0, START)), "2.2", START).mastery();
        double easy = task(model.apply(start, answer("2.2", true, -2.0, START)), "2.2", START).mastery();

        assertThat(hard).isGreaterThan(easy);
    }

    @Test
    void anEasyItemAnsweredWrongLowersMasteryMoreThanAHardOne() {
        MasteryState start = model.initial();

        double easy = task(model.apply(start, answer("2.2", false, -2.0, START)), "2.2", START).mastery();
        double hard = task(model.apply(start, answer("2.2", false, 2.0, START)), "2.2", START).mastery();

        assertThat(easy).isLessThan(hard);
    }

    @Test
    void anItemWithoutADifficultyCountsAsAverageButTellsLess() {
        MasteryState start = model.initial();

        double unknown = task(model.apply(start, answer("1.1", true, null, START)), "1.1", START).abilityMean();
        double average = task(model.apply(start, answer("1.1", true, 0.0, START)), "1.1", START).abilityMean();

        assertThat(unknown).isPositive().isLessThan(average);
    }

    @Test
    void evidenceOnATaskStatementSaysMoreAboutItsDomainThanAboutOtherDomains() {
        MasteryState state = model.initial();
        for (int i = 0; i < 10; i++) {
            state = model.apply(state, answer("3.1", true, 0.0, START.plusSeconds(i)));
        }
        Mastery mastery = model.mastery(state, START.plusSeconds(10));

        double practised = mastery.taskStatement("3.1").orElseThrow().mastery();
        double sibling = mastery.taskStatement("3.2").orElseThrow().mastery();
        double otherDomain = mastery.taskStatement("1.1").orElseThrow().mastery();

        assertThat(practised).isGreaterThan(sibling);
        assertThat(sibling).isGreaterThan(otherDomain);
        assertThat(otherDomain).isGreaterThan(0.5);
    }

    @Test
    void recentAnswersWeighMoreThanOldOnes() {
        List<Answer> improving = new ArrayList<>();
        List<Answer> declining = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Instant early = START.plus(Duration.ofMinutes(i));
            Instant late = START.plus(Duration.ofDays(90)).plus(Duration.ofMinutes(i));
            improving.add(answer("2.1", false, 0.0, early));
            declining.add(answer("2.1", true, 0.0, early));
            improving.add(answer("2.1", true, 0.0, late));
            declining.add(answer("2.1", false, 0.0, late));
        }
        improving.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        declining.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        Instant now = START.plus(Duration.ofDays(91));

        double improved = task(model.replay(improving), "2.1", now).mastery();
        double declined = task(model.replay(declining), "2.1", now).mastery();

        assertThat(improved).isGreaterThan(0.5);
        assertThat(declined).isLessThan(0.5);
    }

    @Test
    void replayingTheSameAnswersRebuildsAnIdenticalState() {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String task = io.mlaprep.contracts.ExamGuide.allTaskStatements().get(i * 7 % 12).id();
            answers.add(answer(task, i % 3 != 1, i % 5 == 0 ? null : (i % 7) - 3.0,
                    START.plus(Duration.ofHours(5L * i))));
        }

        MasteryState first = model.replay(answers);
        MasteryState second = new MasteryModel().replay(answers);

        assertThat(second).isEqualTo(first);
        assertThat(second.toString()).isEqualTo(first.toString());
        assertThat(second.totalAnswers()).isEqualTo(200);
        assertThat(model.mastery(second, START.plus(Duration.ofDays(60))))
                .isEqualTo(model.mastery(first, START.plus(Duration.ofDays(60))));
        MasteryState rate = rated.replay(answers);
        assertThat(new MasteryModel(rated.parameters()).replay(answers)).as("with the learning rate estimated")
                .isEqualTo(rate).isNotEqualTo(first);
        assertThat(rate.learningRate()).isNotEqualTo(LearningRate.NONE);
    }

    @Test
    void aLateEventIsAppliedWithoutMovingTimeBackwards() {
        MasteryState state = model.apply(model.initial(), answer("1.3", true, 0.0, START.plusSeconds(3600)));

        MasteryState late = model.apply(state, answer("1.3", false, 0.0, START));

        assertThat(late.lastAnswerAt()).isEqualTo(START.plusSeconds(3600));
        assertThat(late.answers()[TaskIndex.of("1.3")]).isEqualTo(2);
    }

    @Test
    void aRightAnswerThatCouldBeAGuessIsWeakerEvidence() {
        MasteryState start = model.initial();
        MasteryState knowing = model.apply(start, new Answer("3.1", true, 0.0, START, false, 0));
        MasteryState guessable = model.apply(start, new Answer("3.1", true, 0.0, START, false,
                AnswerFloor.guess(QuestionType.MULTIPLE_CHOICE)));
        int task = TaskIndex.of("3.1");

        assertThat(guessable.means()[task] - start.means()[task]).isPositive()
                .isLessThan(knowing.means()[task] - start.means()[task]);
        assertThat(guessable.covariance()[MasteryState.packed(task, task)])
                .isGreaterThan(knowing.covariance()[MasteryState.packed(task, task)]);
    }

    @Test
    void aWrongAnswerMeansTheSameWhateverTheGuessingFloor() {
        MasteryState start = model.initial();
        MasteryState plain = model.apply(start, new Answer("3.1", false, 0.5, START, false, 0));
        MasteryState guessable = model.apply(start, new Answer("3.1", false, 0.5, START, false, 0.25));

        assertThat(guessable.means()).containsExactly(plain.means());
        assertThat(guessable.covariance()).containsExactly(plain.covariance());
    }

    @Test
    void guessingFloorsFollowTheNumberOfPossibleResponses() {
        assertThat(AnswerFloor.guess(QuestionType.MULTIPLE_CHOICE)).isEqualTo(0.25);
        assertThat(AnswerFloor.guess(QuestionType.MULTIPLE_RESPONSE)).isEqualTo(0.1);
        assertThat(AnswerFloor.guess(QuestionType.ORDERING)).isEqualTo(1 / 24.0);
        assertThat(AnswerFloor.guess(QuestionType.MATCHING)).isEqualTo(1 / 24.0);
        assertThat(AnswerFloor.guess(null)).isZero();
        assertThatThrownBy(() -> new Answer("3.1", true, 0.0, START, false, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("floor");
    }

    @Test
    void aRepeatedItemIsWeakerEvidenceThanANewOne() {
        MasteryState start = model.initial();
        MasteryState afterNew = model.apply(start, new Answer("2.2", true, 0.0, START, false));
        MasteryState afterRepeat = model.apply(start, new Answer("2.2", true, 0.0, START, true));
        int task = TaskIndex.of("2.2");

        assertThat(afterRepeat.means()[task] - start.means()[task]).isPositive()
                .isLessThan(afterNew.means()[task] - start.means()[task]);
        assertThat(afterRepeat.covariance()[MasteryState.packed(task, task)])
                .as("less certainty gained").isGreaterThan(afterNew.covariance()[MasteryState.packed(task, task)]);
    }

    /** A learner's repeats, all right, of items they still recall well, after as many new items answered half right. */
    private MasteryState repeatsOfRememberedItems(int repeats, boolean repeatsRight) {
        MasteryState state = model.initial();
        Instant at = START;
        for (int i = 0; i < repeats; i++) {
            at = at.plusSeconds(90);
            state = model.apply(state, new Answer("2.1", i % 2 == 0, 0.0, at, false, 0.25, 0));
            at = at.plusSeconds(90);
            state = model.apply(state, new Answer("2.1", repeatsRight || i % 2 == 0, 0.0, at, true, 0.25, 0.9));
        }
        return state;
    }

    @Test
    void aLearnerWhoseRepeatsOutrunTheirNewAnswersIsTakenToRecallKeys() {
        MasteryState recallsKeys = repeatsOfRememberedItems(60, true);
        MasteryState reasons = repeatsOfRememberedItems(60, false);

        assertThat(model.keyShare(recallsKeys.keyRecall())).isGreaterThan(0.5);
        assertThat(model.keyShare(reasons.keyRecall())).isLessThan(0.1);
    }

    @Test
    void aRightRepeatOfARecalledItemSaysLessOnceTheLearnerIsKnownToRecallKeys() {
        MasteryState recallsKeys = repeatsOfRememberedItems(60, true);
        MasteryState reasons = new MasteryState(recallsKeys.means(), recallsKeys.covariance(), recallsKeys.answers(),
                recallsKeys.lastAnswerAt(), KeyRecall.NONE, recallsKeys.learningRate());
        Answer rightRepeat = new Answer("2.1", true, 0.0, START.plusSeconds(86_400), true, 0.25, 0.9);
        int task = TaskIndex.of("2.1");

        double riseIfRecalling = model.apply(recallsKeys, rightRepeat).means()[task] - recallsKeys.means()[task];
        double riseOtherwise = model.apply(reasons, rightRepeat).means()[task] - reasons.means()[task];

        assertThat(riseIfRecalling).isPositive().isLessThan(riseOtherwise * 0.7);
    }

    @Test
    void aWrongRepeatMeansTheSameWhateverTheKeyRecall() {
        MasteryState state = repeatsOfRememberedItems(20, true);
        Answer wrongRepeat = new Answer("2.1", false, 0.0, START.plusSeconds(86_400), true, 0.25, 0.9);
        MasteryState noEvidence = new MasteryState(state.means(), state.covariance(), state.answers(),
                state.lastAnswerAt(), KeyRecall.NONE, state.learningRate());

        assertThat(model.apply(state, wrongRepeat).means()).isEqualTo(model.apply(noEvidence, wrongRepeat).means());
    }

    /** How far a wrong repeat moves the ability, by evidence alone (no learning step), after the given history. */
    private static double fallAfterWrongRepeat(int earlierRight, int earlierWrong) {
        MasteryModel evidenceOnly = new MasteryModel(practice(0, 0.25));
        MasteryState start = evidenceOnly.initial();
        int task = TaskIndex.of("3.1");
        return start.means()[task] - evidenceOnly.apply(start,
                new Answer("3.1", false, 0.0, START, true, 0.25, 0.5, earlierRight, earlierWrong)).means()[task];
    }

    @Test
    void aWrongRepeatOfAnItemTheLearnerGotWrongBeforeIsMostlyTheSameEvidenceAgain() {
        double noHistory = fallAfterWrongRepeat(0, 0);

        assertThat(fallAfterWrongRepeat(0, 1)).as("wrong before: the item is harder for them than planned")
                .isPositive().isLessThan(noHistory);
        assertThat(fallAfterWrongRepeat(0, 3)).as("wrong three times before").isPositive()
                .isLessThan(fallAfterWrongRepeat(0, 1));
        assertThat(fallAfterWrongRepeat(1, 0)).as("right before: now wrong is news").isGreaterThan(noHistory);
    }

    @Test
    void aRightRepeatOfAnItemTheLearnerGotRightBeforeRaisesTheAbilityLess() {
        MasteryModel evidenceOnly = new MasteryModel(practice(0, 0.25));
        MasteryState start = evidenceOnly.initial();
        int task = TaskIndex.of("3.1");
        Answer noHistory = new Answer("3.1", true, 0.0, START, true, 0.25, 0.5, 0, 0);
        Answer rightBefore = new Answer("3.1", true, 0.0, START, true, 0.25, 0.5, 2, 0);

        double rise = evidenceOnly.apply(start, noHistory).means()[task] - start.means()[task];
        double riseAfterRights = evidenceOnly.apply(start, rightBefore).means()[task] - start.means()[task];

        assertThat(riseAfterRights).isPositive().isLessThan(rise);
    }

    @Test
    void earlierAnswersBelongToARepeatAndAreNeverNegative() {
        assertThatThrownBy(() -> new Answer("2.1", true, 0.0, START, false, 0.25, 0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeat");
        assertThatThrownBy(() -> new Answer("2.1", true, 0.0, START, true, 0.25, 0.5, 0, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void onlyARepeatCanBeRecalled() {
        assertThatThrownBy(() -> new Answer("2.1", true, 0.0, START, false, 0.25, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeat");
        assertThatThrownBy(() -> new Answer("2.1", true, 0.0, START, true, 0.25, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recall");
    }

    @Test
    void practiceItselfCountsForALittleLearning() {
        MasteryModel withoutPractice = new MasteryModel(practice(0, 0.25));
        Answer right = answer("4.3", true, 0.0, START);

        double with = model.apply(model.initial(), right).means()[TaskIndex.of("4.3")];
        double without = withoutPractice.apply(withoutPractice.initial(), right).means()[TaskIndex.of("4.3")];

        assertThat(with).isGreaterThan(without);
    }

    @Test
    void aQuestionAnsweredBeforeTeachesItsShareOfANewOnesLearning() {
        int t = TaskIndex.of("4.3");
        MasteryState seen = model.apply(model.initial(), answer("4.3", false, 0.0, START));
        Answer repeat = new Answer("4.3", true, 0.0, START.plusSeconds(60), true, 0, 0.9);
        Answer fresh = answer("4.3", true, 0.0, START.plusSeconds(60));

        double none = new MasteryModel(practice(0, 0.25)).apply(seen, repeat).means()[t];
        double quarter = new MasteryModel(practice(0.04, 0.25)).apply(seen, repeat).means()[t];
        double whole = new MasteryModel(practice(0.04, 1)).apply(seen, repeat).means()[t];
        double newQuestion = new MasteryModel(practice(0.04, 0.25)).apply(seen, fresh).means()[t]
                - new MasteryModel(practice(0, 0.25)).apply(seen, fresh).means()[t];

        assertThat(quarter - none).isPositive().isCloseTo(0.25 * (whole - none), within(1e-12));
        double challenge = MasteryParameters.defaults().challenge(seen.means()[t] - 0.0, true);
        assertThat(newQuestion).as("a new question's learning, whatever the share")
                .isCloseTo(0.04 * challenge * (1 - model.mastery(model.apply(seen, fresh), START.plusSeconds(60))
                        .taskStatement("4.3").orElseThrow().mastery()), within(0.0005));
    }

    @Test
    void aQuestionAboveTheLearnerAndAMistakeTeachMoreThanASuccessBelowThem() {
        MasteryParameters d = MasteryParameters.defaults();

        assertThat(d.challenge(0, true)).as("a success at the learner's level").isCloseTo(0.8, within(1e-12));
        assertThat(d.challenge(0, false)).as("a mistake at the learner's level").isCloseTo(1.2, within(1e-12));
        assertThat(d.challenge(-2, false)).as("a mistake two logits above the learner")
                .isCloseTo(2 * 1.2 / (1 + Math.exp(-2)), within(1e-12));
        assertThat(d.challenge(2, true)).as("a success two logits below the learner")
                .isCloseTo(2 * 0.8 / (1 + Math.exp(2)), within(1e-12));
        assertThat(practice(0.04, 0.25, 0).challenge(2, true)).as("with no weight on the challenge").isEqualTo(1);
        assertThat(practice(0.04, 0.25, 0.5).challenge(2, true))
                .isCloseTo(0.5 + 0.5 * 2 * 0.8 / (1 + Math.exp(2)), within(1e-12));
    }

    @Test
    void theLearningStepOfAnAnswerIsScaledByItsChallengeAtTheAbilityBeforeIt() {
        int t = TaskIndex.of("1.2");
        MasteryState state = model.apply(model.initial(), answer("1.2", true, -1.0, START));
        double abilityBefore = state.means()[t];
        for (double difficulty : new double[] {-2, 0, 2}) {
            for (boolean correct : new boolean[] {true, false}) {
                Answer next = answer("1.2", correct, difficulty, START.plusSeconds(60));
                double flat = learningStep(practice(0.04, 0.25, 0), state, next, t);
                double shaped = learningStep(practice(0.04, 0.25, 1), state, next, t);

                assertThat(flat).isPositive();
                assertThat(shaped / flat).as("b = %s, %s", difficulty, correct ? "right" : "wrong")
                        .isCloseTo(MasteryParameters.defaults().challenge(abilityBefore - difficulty, correct),
                                within(1e-9));
            }
        }
    }

    @Test
    void aLearnerWhoseAnswersDoNotImproveAsTheLearningStepsSayIsTakenToLearnSlower() {
        MasteryState state = rated.initial();
        for (int i = 0; i < 120; i++) { // one in two right on average items, from the first answer to the last
            state = rated.apply(state, answer(TaskIndex.id(i % 3), i % 2 == 0, 0.0, START.plusSeconds(3_600L * i)));
        }

        LearningRate rate = state.learningRate();
        assertThat(rate.mean()).isLessThan(0.8);
        assertThat(rate.variance()).isLessThan(0.9 * RATE_SD * RATE_SD);
    }

    @Test
    void aLearnerWhoseAnswersImproveFasterThanTheLearningStepsSayIsTakenToLearnFaster() {
        MasteryState state = rated.initial();
        for (int i = 0; i < 120; i++) { // one in four right at first, three in four at the end
            boolean right = i % 4 < 1 + i / 40;
            state = rated.apply(state, answer(TaskIndex.id(i % 3), right, 0.0, START.plusSeconds(3_600L * i)));
        }

        assertThat(state.learningRate().mean()).isGreaterThan(1.2);
    }

    @Test
    void theLearnersRateScalesEachLearningStep() {
        int t = TaskIndex.of("3.2");
        MasteryState state = rated.apply(rated.initial(), answer("3.2", true, 0.5, START));
        Answer next = answer("3.2", false, 0.5, START.plusSeconds(60));
        double[] noCovariance = new double[TaskIndex.size()];

        double slow = learningStep(rated.parameters(), withRate(state, 0.5, noCovariance), next, t);
        double usual = learningStep(rated.parameters(), withRate(state, 1, noCovariance), next, t);

        assertThat(usual).isPositive();
        assertThat(slow / usual).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aLearningStepTiesThePractisedAbilityToTheRate() {
        int t = TaskIndex.of("1.1");
        Answer first = answer("1.1", false, 1.0, START);

        double step = learningStep(rated.parameters(), rated.initial(), first, t);
        double[] withRate = rated.apply(rated.initial(), first).learningRate().covariance();

        assertThat(withRate[t]).as("Cov(θ_t, r) = step × Var(r)").isCloseTo(step * RATE_SD * RATE_SD, within(1e-12));
        for (int i = 0; i < TaskIndex.size(); i++) {
            if (i != t) {
                assertThat(withRate[i]).as("task %s was not practised", TaskIndex.id(i)).isZero();
            }
        }
    }

    @Test
    void theRateLearnsFromAnAnswerAsAnyAbilityWouldThatSharesItsMoments() {
        // give r exactly the moments of one ability: the evidence must then move r exactly as it moves that ability
        MasteryState state = afterAnswers(rated, 30);
        MasteryModel evidenceOnly = new MasteryModel(practice(0, 0.25).withLearningRateSd(RATE_SD));
        Answer next = answer("2.3", false, 0.4, state.lastAnswerAt()); // no drift, which widens the abilities only
        for (String copied : new String[] {"2.3", "2.1", "4.2"}) {
            int k = TaskIndex.of(copied);
            MasteryState copy = withRateAsAbility(state, k);

            MasteryState after = evidenceOnly.apply(copy, next);

            double noise = copied.equals("2.3") ? MasteryParameters.defaults().noisePerAnswer() : 0;
            LearningRate rate = after.learningRate();
            assertThat(rate.mean()).isCloseTo(after.means()[k], within(1e-12));
            assertThat(rate.variance()).isCloseTo(covariance(after, k, k) - noise, within(1e-12));
            for (int j = 0; j < TaskIndex.size(); j++) {
                double expected = covariance(after, k, j) - (j == k ? noise : 0);
                assertThat(rate.covariance()[j]).as("Cov(r, θ_%s)", TaskIndex.id(j))
                        .isCloseTo(expected, within(1e-12));
            }
        }
    }

    @Test
    void aLearningStepMapsTheJointPosteriorOfAbilitiesAndRateLinearly() {
        MasteryState state = afterAnswers(rated, 30);
        MasteryModel evidenceOnly = new MasteryModel(practice(0, 0.25).withLearningRateSd(RATE_SD));
        Answer next = answer("3.3", true, 0.8, START.plus(Duration.ofDays(3)));
        int t = TaskIndex.of("3.3");
        int r = TaskIndex.size();

        MasteryState evidence = evidenceOnly.apply(state, next); // after the evidence, before the step
        MasteryState after = rated.apply(state, next);
        double step = (after.means()[t] - evidence.means()[t]) / evidence.learningRate().mean();
        double[][] before = joint(evidence);

        double[][] expected = new double[r + 1][r + 1]; // A Σ Aᵀ with A = I + step·e_t·e_rᵀ
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= r; j++) {
                double rowI = i == t ? step : 0;
                double rowJ = j == t ? step : 0;
                expected[i][j] = before[i][j] + rowI * before[r][j] + rowJ * before[i][r] + rowI * rowJ * before[r][r];
            }
        }
        assertThat(step).isPositive();
        double[][] actual = joint(after);
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= r; j++) {
                assertThat(actual[i][j]).as("(%d, %d)", i, j).isCloseTo(expected[i][j], within(1e-12));
            }
        }
    }

    private static MasteryState afterAnswers(MasteryModel model, int count) {
        MasteryState state = model.initial();
        for (int i = 0; i < count; i++) {
            state = model.apply(state, answer(TaskIndex.id(i * 5 % TaskIndex.size()), i % 3 != 0, (i % 5 - 2) * 0.4,
                    START.plusSeconds(5_000L * i)));
        }
        return state;
    }

    /** The state with r given the moments of ability k. */
    private static MasteryState withRateAsAbility(MasteryState state, int k) {
        double[] withK = new double[TaskIndex.size()];
        for (int j = 0; j < withK.length; j++) {
            withK[j] = covariance(state, k, j);
        }
        return new MasteryState(state.means(), state.covariance(), state.answers(), state.lastAnswerAt(),
                state.keyRecall(), new LearningRate(state.means()[k], covariance(state, k, k), withK));
    }

    private static double covariance(MasteryState state, int i, int j) {
        return state.covariance()[MasteryState.packed(i, j)];
    }

    /** The joint covariance of the twelve abilities and the rate (index 12). */
    private static double[][] joint(MasteryState state) {
        int n = TaskIndex.size();
        double[][] joint = new double[n + 1][n + 1];
        LearningRate rate = state.learningRate();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                joint[i][j] = covariance(state, i, j);
            }
            joint[i][n] = rate.covariance()[i];
            joint[n][i] = rate.covariance()[i];
        }
        joint[n][n] = rate.variance();
        return joint;
    }

    @Test
    void byDefaultEveryLearnerLearnsAtTheModelsStep() {
        MasteryState state = model.initial();
        for (int i = 0; i < 60; i++) {
            state = model.apply(state, answer(TaskIndex.id(i % 5), i % 2 == 0, 0.0, START.plusSeconds(3_600L * i)));
        }

        assertThat(state.learningRate()).isEqualTo(LearningRate.NONE);
    }

    @Test
    void aModelThatEstimatesNoRateIgnoresOneEstimatedBefore() {
        int t = TaskIndex.of("2.2");
        MasteryState slow = withRate(rated.apply(rated.initial(), answer("2.2", true, 0.0, START)), 0.3,
                new double[TaskIndex.size()]);
        MasteryState unrated = withRate(slow, 1, new double[TaskIndex.size()]);
        Answer next = answer("2.2", false, 0.0, START.plusSeconds(60));

        assertThat(model.apply(slow, next)).isEqualTo(model.apply(unrated, next));
        assertThat(model.apply(slow, next).learningRate()).isEqualTo(LearningRate.NONE);
        assertThat(learningStep(model.parameters(), slow, next, t)).isPositive();
    }

    @Test
    void aStateWhoseRateWasNeverEstimatedStartsFromTheRatesPrior() {
        MasteryState unrated = model.apply(model.initial(), answer("4.2", true, 0.0, START));

        LearningRate rate = rated.apply(unrated, answer("4.2", false, 0.0, START.plusSeconds(60))).learningRate();

        assertThat(rate.variance()).isPositive().isLessThanOrEqualTo(RATE_SD * RATE_SD);
        assertThat(rate.covariance()[TaskIndex.of("4.2")]).isPositive();
    }

    private static MasteryState withRate(MasteryState state, double mean, double[] covariance) {
        return new MasteryState(state.means(), state.covariance(), state.answers(), state.lastAnswerAt(),
                state.keyRecall(), new LearningRate(mean, 0, covariance));
    }

    /** How far one answer's learning moves the task's ability: the move with the practice effect less the one without. */
    private static double learningStep(MasteryParameters parameters, MasteryState state, Answer answer, int task) {
        MasteryParameters none = practice(0, parameters.repeatPracticeShare(), parameters.challengeWeight());
        return new MasteryModel(parameters).apply(state, answer).means()[task]
                - new MasteryModel(none).apply(state, answer).means()[task];
    }

    /** The default parameters with the given practice effect and repeat share. */
    private static MasteryParameters practice(double effect, double repeatShare) {
        return practice(effect, repeatShare, MasteryParameters.defaults().challengeWeight());
    }

    /** The default parameters with the given practice effect, repeat share and weight on the answer's challenge. */
    private static MasteryParameters practice(double effect, double repeatShare, double challengeWeight) {
        MasteryParameters d = MasteryParameters.defaults();
        return new MasteryParameters(d.priorMean(), d.priorGeneralSd(), d.priorDomainSd(), d.priorTaskSd(),
                d.driftVariancePerDay(), d.noisePerAnswer(), effect, repeatShare, challengeWeight,
                d.authorDifficultySd(), d.unknownDifficultySd(), d.repeatedItemSd(), d.keyRecallPrior(),
                d.keyRecallPriorWeight(), d.learningRateSd());
    }

    @Test
    void domainMasteryIsTheMeanOfItsTaskStatementsWithAnIntervalAroundIt() {
        MasteryState state = model.initial();
        for (int i = 0; i < 8; i++) {
            state = model.apply(state, answer("2.1", true, 0.0, START.plusSeconds(i)));
            state = model.apply(state, answer("2.3", false, 0.0, START.plusSeconds(i)));
        }
        Mastery mastery = model.mastery(state, START.plusSeconds(10));

        DomainMastery domain = mastery.domain(2).orElseThrow();
        double mean = mastery.taskStatements().stream().filter(t -> t.domain() == 2)
                .mapToDouble(TaskMastery::mastery).average().orElseThrow();

        assertThat(domain.mastery()).isCloseTo(mean, within(1e-12));
        assertThat(domain.low()).isLessThan(domain.mastery());
        assertThat(domain.high()).isGreaterThan(domain.mastery());
        assertThat(domain.answers()).isEqualTo(16);
        assertThat(domain.weight()).isEqualTo(0.26);
    }

    @Test
    void taskWeightsSplitTheDomainWeightEvenly() {
        assertThat(TaskIndex.weight(TaskIndex.of("3.2"))).isCloseTo(0.22 / 3, within(1e-12));
        assertThat(TaskIndex.size()).isEqualTo(12);
    }

    @Test
    void anUnknownTaskStatementIsRejected() {
        assertThatThrownBy(() -> answer("5.1", true, 0.0, START)).isInstanceOf(IllegalArgumentException.class);
    }
}
