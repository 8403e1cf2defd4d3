package io.mlaprep.session.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.DomainResult;
import io.mlaprep.contracts.ExamGuide;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Scoring a full 65-item exam simulation: 50 scored items decide, 15 unscored never do. */
class ExamScoringTest {

    @Test
    void theFixtureHasTheExamGuideShape() {
        SessionState exam = ExamFixture.fullExam();

        assertThat(exam.items()).hasSize(ExamGuide.QUESTION_COUNT);
        assertThat(ExamFixture.scored(exam)).hasSize(ExamGuide.SCORED_COUNT);
        assertThat(ExamFixture.unscored(exam)).hasSize(ExamGuide.UNSCORED_COUNT);
        for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
            assertThat(ExamFixture.scoredIn(exam, domain.id())).hasSize(domain.scoredItems());
            assertThat(ExamFixture.itemsWhere(exam, i -> !i.scored() && i.domain() == domain.id()))
                    .hasSize(domain.unscoredItems());
        }
        assertThat(ExamFixture.scored(exam)).as("scored and unscored items are interleaved")
                .isNotEqualTo(IntStream.range(0, 50).boxed().toList());
    }

    @Test
    void thirtyFiveScoredItemsRightScores730AndPasses() {
        SessionResult result = ExamFixture.finish(ExamFixture.withScoredRight(35)).result();

        assertThat(result.correctCount()).isEqualTo(35);
        assertThat(result.scoredCount()).isEqualTo(50);
        assertThat(result.scaledScore()).isEqualTo(730);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void thirtyFourScoredItemsRightScores712AndFails() {
        SessionResult result = ExamFixture.finish(ExamFixture.withScoredRight(34)).result();

        assertThat(result.correctCount()).isEqualTo(34);
        assertThat(result.scoredCount()).isEqualTo(50);
        assertThat(result.scaledScore()).isEqualTo(712);
        assertThat(result.passed()).isFalse();
    }

    @Test
    void everyScoredItemRightScores1000() {
        SessionResult result = ExamFixture.finish(ExamFixture.withScoredRight(50)).result();

        assertThat(result.scaledScore()).isEqualTo(1000);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void anUntouchedExamScores100WithEveryScoredItemCountedWrong() {
        SessionResult result = ExamFixture.finish(ExamFixture.fullExam()).result();

        assertThat(result.correctCount()).isZero();
        assertThat(result.scoredCount()).isEqualTo(50);
        assertThat(result.scaledScore()).isEqualTo(100);
        assertThat(result.passed()).isFalse();
        assertThat(result.domains()).containsExactly(new DomainResult(1, 0, 14), new DomainResult(2, 0, 13),
                new DomainResult(3, 0, 11), new DomainResult(4, 0, 12));
    }

    @ParameterizedTest
    @ValueSource(ints = {34, 35})
    void unansweredScoredItemsCountWrong(int right) {
        SessionState exam = ExamFixture.fullExam();
        exam = SessionStates.answerRight(exam, ExamFixture.scored(exam).subList(0, right));
        SessionResult answeredWrong = ExamFixture.finish(ExamFixture.withScoredRight(right)).result();

        SessionResult result = ExamFixture.finish(exam).result();

        assertThat(result.scoredCount()).isEqualTo(50);
        assertThat(result).isEqualTo(answeredWrong);
    }

    @Test
    void finishGradesEveryAnsweredItemIncludingUnscoredOnes() {
        SessionState exam = ExamFixture.withScoredRight(35);
        exam = SessionStates.answerWrong(exam, ExamFixture.unscored(exam));

        SessionState.Finished finished = ExamFixture.finish(exam);

        assertThat(finished.items()).extracting(SessionItem::correct).doesNotContainNull();
        assertThat(finished.items()).filteredOn(SessionItem::scored).extracting(SessionItem::correct)
                .containsOnly(true, false).filteredOn(Boolean.TRUE::equals).hasSize(35);
        assertThat(finished.items()).filteredOn(i -> !i.scored()).extracting(SessionItem::correct).containsOnly(false);
    }

    static Stream<Arguments> unscoredVariants() {
        List<Arguments> variants = new ArrayList<>();
        for (int right : new int[] {0, 34, 35, 50}) {
            variants.add(Arguments.of(right, "all right",
                    (UnaryOperator<SessionState>) s -> SessionStates.answerRight(s, ExamFixture.unscored(s))));
            variants.add(Arguments.of(right, "all wrong",
                    (UnaryOperator<SessionState>) s -> SessionStates.answerWrong(s, ExamFixture.unscored(s))));
            variants.add(Arguments.of(right, "half right, half wrong", (UnaryOperator<SessionState>) s -> {
                List<Integer> unscored = ExamFixture.unscored(s);
                return SessionStates.answerWrong(SessionStates.answerRight(s, unscored.subList(0, 7)),
                        unscored.subList(7, unscored.size()));
            }));
        }
        return variants.stream();
    }

    @ParameterizedTest(name = "{0} scored right, unscored {1}")
    @MethodSource("unscoredVariants")
    void unscoredItemsNeverChangeTheScore(int right, String description, UnaryOperator<SessionState> unscored) {
        SessionState exam = ExamFixture.withScoredRight(right);
        SessionResult unansweredUnscored = ExamFixture.finish(exam).result();

        SessionResult result = ExamFixture.finish(unscored.apply(exam)).result();

        assertThat(result).isEqualTo(unansweredUnscored);
        assertThat(result.correctCount()).isEqualTo(right);
        assertThat(result.scoredCount()).isEqualTo(50);
    }

    @Test
    void flippingEveryUnscoredAnswerDoesNotChangeAPass() {
        SessionState exam = ExamFixture.withScoredRight(35);

        SessionResult allRight = ExamFixture.finish(SessionStates.answerRight(exam, ExamFixture.unscored(exam)))
                .result();
        SessionResult allWrong = ExamFixture.finish(SessionStates.answerWrong(exam, ExamFixture.unscored(exam)))
                .result();

        assertThat(allRight.scaledScore()).isEqualTo(730);
        assertThat(allRight.passed()).isTrue();
        assertThat(allWrong).isEqualTo(allRight);
    }

    @Test
    void flippingEveryUnscoredAnswerDoesNotTurnAFailIntoAPass() {
        SessionState exam = ExamFixture.withScoredRight(34);

        SessionResult allRight = ExamFixture.finish(SessionStates.answerRight(exam, ExamFixture.unscored(exam)))
                .result();
        SessionResult allWrong = ExamFixture.finish(SessionStates.answerWrong(exam, ExamFixture.unscored(exam)))
                .result();

        assertThat(allRight.scaledScore()).isEqualTo(712);
        assertThat(allRight.passed()).isFalse();
        assertThat(allWrong).isEqualTo(allRight);
    }

    @Test
    void breaksTheScoreDownByDomainCountingScoredItemsOnly() {
        SessionState exam = ExamFixture.fullExam();
        List<Integer> rightOnes = new ArrayList<>();
        rightOnes.addAll(ExamFixture.scoredIn(exam, 1));
        rightOnes.addAll(ExamFixture.scoredIn(exam, 2));
        rightOnes.addAll(ExamFixture.scoredIn(exam, 3).subList(0, 8));
        exam = SessionStates.answerRight(exam, rightOnes);
        exam = SessionStates.answerRight(exam, ExamFixture.unscored(exam));

        SessionResult result = ExamFixture.finish(exam).result();

        assertThat(result.domains()).containsExactly(new DomainResult(1, 14, 14), new DomainResult(2, 13, 13),
                new DomainResult(3, 8, 11), new DomainResult(4, 0, 12));
        assertThat(result.correctCount()).isEqualTo(35);
        assertThat(result.scaledScore()).isEqualTo(730);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void whichScoredItemsAreRightDoesNotMatterOnlyHowMany() {
        SessionState exam = ExamFixture.fullExam();
        List<Integer> scored = ExamFixture.scored(exam);
        SessionState lastRight = SessionStates.answerWrong(SessionStates.answerRight(exam, scored.subList(15, 50)),
                scored.subList(0, 15));

        SessionResult result = ExamFixture.finish(lastRight).result();

        assertThat(result.scaledScore()).isEqualTo(730);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void aChangedAnswerIsGradedAsItStandsAtFinish() {
        SessionState exam = ExamFixture.withScoredRight(35);
        int lastRight = ExamFixture.scored(exam).get(34);

        SessionResult result = ExamFixture.finish(SessionStates.answerWrong(exam, lastRight)).result();

        assertThat(result.correctCount()).isEqualTo(34);
        assertThat(result.scaledScore()).isEqualTo(712);
        assertThat(result.passed()).isFalse();
    }

    @Test
    void aClearedAnswerCountsWrongAtFinish() {
        SessionState exam = ExamFixture.withScoredRight(35);
        int lastRight = ExamFixture.scored(exam).get(34);

        SessionResult result = ExamFixture.finish(SessionStates.answer(exam, lastRight, null)).result();

        assertThat(result.correctCount()).isEqualTo(34);
        assertThat(result.passed()).isFalse();
    }
}
