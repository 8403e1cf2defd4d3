package io.mlaprep.session.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.contracts.DomainResult;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.ScaledScore;
import io.mlaprep.session.grading.domain.ItemKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Finishing a session: grading what is left and computing the result. */
class SessionFinishTest {

    /** The exam state of {@link SessionStates#exam()} has four scored items. */
    private static final ScaledScore FOUR_ITEM_SCALE = new ScaledScore(100, 1000, 720, 4);

    private static final Function<SessionItem, ItemKey> NO_KEYS = item -> {
        throw new AssertionError("item " + item.n() + " needs no grading");
    };

    /** Items 0 right, 1 wrong, 2 right, 3 unanswered. */
    private static SessionState halfRight(SessionState state) {
        return SessionStates.answerRight(SessionStates.answerWrong(SessionStates.answerRight(state, 0), 1), 2);
    }

    @Test
    void finishGradesExamItems() {
        SessionState.Finished finished = halfRight(SessionStates.exam()).finish(SessionItems::keyOf, FOUR_ITEM_SCALE);

        assertThat(finished.items()).extracting(SessionItem::correct).containsExactly(true, false, true, null);
    }

    @Test
    void gradingAtFinishChangesNothingButCorrect() {
        SessionState answered = halfRight(SessionStates.exam());

        SessionState.Finished finished = answered.finish(SessionItems::keyOf, FOUR_ITEM_SCALE);

        for (int n = 0; n < 4; n++) {
            assertThat(finished.items().get(n)).usingRecursiveComparison().ignoringFields("correct")
                    .isEqualTo(answered.item(n));
        }
    }

    @Test
    void asksForTheKeysOfAnsweredExamItemsOnly() {
        List<Integer> asked = new ArrayList<>();

        halfRight(SessionStates.exam()).finish(item -> {
            asked.add(item.n());
            return SessionItems.keyOf(item);
        }, FOUR_ITEM_SCALE);

        assertThat(asked).containsExactly(0, 1, 2);
    }

    @ParameterizedTest
    @EnumSource(value = SessionMode.class, names = "EXAM", mode = EnumSource.Mode.EXCLUDE)
    void keepsTheGradesGivenWhenPracticeItemsWereAnswered(SessionMode mode) {
        SessionState answered = halfRight(SessionStates.practice(mode));

        SessionState.Finished finished = answered.finish(NO_KEYS, FOUR_ITEM_SCALE);

        assertThat(finished.items()).isEqualTo(answered.items());
    }

    @Test
    void examFinishCountsUnansweredItemsWrong() {
        SessionResult result = halfRight(SessionStates.exam()).finish(SessionItems::keyOf, FOUR_ITEM_SCALE).result();

        assertThat(result.correctCount()).isEqualTo(2);
        assertThat(result.scoredCount()).isEqualTo(4);
        assertThat(result.scaledScore()).isEqualTo(550);
        assertThat(result.passed()).isFalse();
    }

    @Test
    void anExamWithEveryScoredItemRightPasses() {
        SessionState allRight = SessionStates.answerRight(SessionStates.exam(), List.of(0, 1, 2, 3));

        SessionResult result = allRight.finish(SessionItems::keyOf, FOUR_ITEM_SCALE).result();

        assertThat(result.scaledScore()).isEqualTo(1000);
        assertThat(result.passed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = SessionMode.class, names = "EXAM", mode = EnumSource.Mode.EXCLUDE)
    void practiceFinishScoresTheAnsweredItemsWithoutAScaledScoreAndLeavesSkippedOnesOut(SessionMode mode) {
        SessionResult result = halfRight(SessionStates.practice(mode)).finish(NO_KEYS, FOUR_ITEM_SCALE).result();

        assertThat(result.correctCount()).isEqualTo(2);
        assertThat(result.scoredCount()).isEqualTo(3);
        assertThat(result.scaledScore()).isNull();
        assertThat(result.passed()).isNull();
        assertThat(result.domains()).containsExactly(new DomainResult(1, 1, 1), new DomainResult(2, 0, 1),
                new DomainResult(3, 1, 1));
    }

    @Test
    void practiceFinishScoresOnlyTheAnsweredItemsMarkedUnscoredOrNot() {
        List<SessionItem> items = List.of(
                SessionItems.item(0, QuestionType.MULTIPLE_CHOICE, 1, false),
                SessionItems.item(1, QuestionType.MATCHING, 1, true),
                SessionItems.item(2, QuestionType.ORDERING, 2, false));
        SessionState state = new SessionState(SessionStates.practiceSession(SessionMode.DRILL, 3), items);
        state = SessionStates.answerRight(state, List.of(0, 2));

        SessionResult result = state.finish(NO_KEYS, FOUR_ITEM_SCALE).result();

        assertThat(result.correctCount()).isEqualTo(2);
        assertThat(result.scoredCount()).isEqualTo(2);
        assertThat(result.domains()).containsExactly(new DomainResult(1, 1, 1), new DomainResult(2, 1, 1));
    }

    @Test
    void practiceFinishOfAnUntouchedSessionScoresNothingRatherThanEveryItemWrong() {
        SessionResult result = SessionStates.practice(SessionMode.REVIEW_MISSED).finish(NO_KEYS, FOUR_ITEM_SCALE)
                .result();

        assertThat(result.correctCount()).isZero();
        assertThat(result.scoredCount()).isZero();
        assertThat(result.domains()).isEmpty();
    }

    @Test
    void listsDomainsInAscendingOrderWhateverTheItemOrder() {
        List<SessionItem> items = List.of(
                SessionItems.item(0, QuestionType.MULTIPLE_CHOICE, 4, true),
                SessionItems.item(1, QuestionType.MULTIPLE_CHOICE, 2, true),
                SessionItems.item(2, QuestionType.MULTIPLE_CHOICE, 3, true),
                SessionItems.item(3, QuestionType.MULTIPLE_CHOICE, 2, true));
        SessionState state = SessionStates.answerRight(
                new SessionState(SessionStates.practiceSession(SessionMode.PRACTICE, 4), items), List.of(0, 1, 2, 3));

        SessionResult result = state.finish(NO_KEYS, FOUR_ITEM_SCALE).result();

        assertThat(result.domains()).extracting(DomainResult::domain).containsExactly(2, 3, 4);
        assertThat(result.domains()).extracting(DomainResult::total).containsExactly(2, 1, 1);
    }

    @Test
    void leavesOutOfTheBreakdownAnExamDomainWithOnlyUnscoredItems() {
        List<SessionItem> items = List.of(
                SessionItems.item(0, QuestionType.MULTIPLE_CHOICE, 1, true),
                SessionItems.item(1, QuestionType.MULTIPLE_CHOICE, 3, false));
        SessionState state = new SessionState(SessionStates.examSession(2), items);
        state = SessionStates.answerRight(state, List.of(0, 1));

        SessionResult result = state.finish(SessionItems::keyOf, new ScaledScore(100, 1000, 720, 1)).result();

        assertThat(result.domains()).containsExactly(new DomainResult(1, 1, 1));
        assertThat(result.scoredCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(SessionMode.class)
    void refusesToFinishTwice(SessionMode mode) {
        SessionState state = mode.isExam() ? SessionStates.exam() : SessionStates.practice(mode);
        SessionState finished = SessionStates.finished(state);

        assertThatThrownBy(() -> finished.finish(SessionItems::keyOf, FOUR_ITEM_SCALE))
                .isInstanceOf(SessionClosedException.class)
                .hasMessageContaining("already finished");
    }

    @Test
    void resultKeepsItsOwnCopyOfTheDomains() {
        List<DomainResult> domains = new ArrayList<>(List.of(new DomainResult(1, 1, 1)));
        SessionResult result = new SessionResult(1, 1, null, null, domains);

        domains.clear();

        assertThat(result.domains()).containsExactly(new DomainResult(1, 1, 1));
    }
}
