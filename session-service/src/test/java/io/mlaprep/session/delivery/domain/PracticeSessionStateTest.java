package io.mlaprep.session.delivery.domain;

import static io.mlaprep.session.delivery.domain.SessionStates.DURING;
import static io.mlaprep.session.delivery.domain.SessionStates.LATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.session.grading.domain.ItemKeys;
import io.mlaprep.session.grading.domain.MalformedResponseException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Submitting in the modes that give feedback at once: practice, drill, adaptive and review-missed. */
class PracticeSessionStateTest {

    private static Submission submit(SessionState state, int n, ItemResponse response, String requestId) {
        return state.submit(n, response, Confidence.HIGH, null, requestId, 2_500, DURING,
                SessionItems.keyOf(state.item(n)));
    }

    @ParameterizedTest
    @EnumSource(value = SessionMode.class, names = "EXAM", mode = EnumSource.Mode.EXCLUDE)
    void gradesARightAnswerCorrectAtOnce(SessionMode mode) {
        SessionState state = SessionStates.practice(mode);
        for (SessionItem item : state.items()) {
            Submission submission = submit(state, item.n(), ItemKeys.rightAnswer(item.type()), "req-" + item.n());

            assertThat(submission.item().correct()).as(item.type().name()).isTrue();
            assertThat(submission.replay()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = SessionMode.class, names = "EXAM", mode = EnumSource.Mode.EXCLUDE)
    void gradesAWrongAnswerIncorrectAtOnce(SessionMode mode) {
        SessionState state = SessionStates.practice(mode);
        for (SessionItem item : state.items()) {
            Submission submission = submit(state, item.n(), ItemKeys.wrongAnswer(item.type()), "req-" + item.n());

            assertThat(submission.item().correct()).as(item.type().name()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = SessionMode.class, names = "EXAM", mode = EnumSource.Mode.EXCLUDE)
    void acceptsOnlyOneAnswerPerItem(SessionMode mode) {
        SessionState answered = SessionStates.answerWrong(SessionStates.practice(mode), 0);

        assertThatThrownBy(() -> submit(answered, 0, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), "req-2"))
                .isInstanceOf(ItemAlreadyAnsweredException.class)
                .hasMessageContaining("Item 0 is already answered");
    }

    @Test
    void refusesASecondAnswerWithoutARequestId() {
        SessionState answered = SessionStates.answerRight(SessionStates.practice(SessionMode.PRACTICE), 1);

        assertThatThrownBy(() -> submit(answered, 1, SessionStates.rightAnswer(answered, 1), null))
                .isInstanceOf(ItemAlreadyAnsweredException.class);
    }

    @Test
    void refusesASecondAnswerEvenIfItIsMalformed() {
        SessionState answered = SessionStates.answerRight(SessionStates.practice(SessionMode.DRILL), 2);

        assertThatThrownBy(() -> submit(answered, 2, ItemKeys.malformedAnswer(QuestionType.ORDERING), "req-2"))
                .isInstanceOf(ItemAlreadyAnsweredException.class);
    }

    @Test
    void answeringOneItemLeavesTheOthersOpen() {
        SessionState answered = SessionStates.answerRight(SessionStates.practice(SessionMode.PRACTICE), 0);

        Submission other = submit(answered, 1, SessionStates.rightAnswer(answered, 1), "req-1");

        assertThat(other.item().correct()).isTrue();
        assertThat(answered.answered()).containsExactly(0);
    }

    @ParameterizedTest
    @EnumSource(value = SessionMode.class, names = "EXAM", mode = EnumSource.Mode.EXCLUDE)
    void replaysTheSameRequestIdWithoutChangingTheItem(SessionMode mode) {
        SessionState state = SessionStates.practice(mode);
        SessionState answered = SessionStates.with(state,
                submit(state, 0, ItemKeys.wrongAnswer(QuestionType.MULTIPLE_CHOICE), "req-1"));

        Submission retry = submit(answered, 0, ItemKeys.wrongAnswer(QuestionType.MULTIPLE_CHOICE), "req-1");

        assertThat(retry.replay()).isTrue();
        assertThat(retry.item()).isEqualTo(answered.item(0));
    }

    @Test
    void aReplayReturnsTheStoredOutcomeEvenIfTheRetryCarriesADifferentResponse() {
        SessionState state = SessionStates.practice(SessionMode.ADAPTIVE);
        SessionState answered = SessionStates.with(state,
                submit(state, 0, ItemKeys.wrongAnswer(QuestionType.MULTIPLE_CHOICE), "req-1"));

        Submission retry = answered.submit(0, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), Confidence.LOW,
                true, "req-1", 9, LATER, ItemKeys.multipleChoice());

        assertThat(retry.replay()).isTrue();
        assertThat(retry.item()).isEqualTo(answered.item(0));
        assertThat(retry.item().correct()).isFalse();
    }

    @Test
    void replaysARetryThatArrivesAfterTheSessionFinished() {
        SessionState state = SessionStates.practice(SessionMode.PRACTICE);
        SessionState answered = SessionStates.with(state,
                submit(state, 0, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), "req-1"));

        Submission retry = submit(SessionStates.finished(answered), 0,
                ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), "req-1");

        assertThat(retry.replay()).isTrue();
        assertThat(retry.item()).isEqualTo(answered.item(0));
    }

    @Test
    void recordsWhenAndHowTheItemWasAnswered() {
        SessionState state = SessionStates.practice(SessionMode.PRACTICE);
        ItemResponse response = ItemKeys.rightAnswer(QuestionType.ORDERING);

        SessionItem item = state.submit(2, response, Confidence.LOW, true, "req-7", 12_345, DURING,
                ItemKeys.ordering()).item();

        assertThat(item.response()).isEqualTo(response);
        assertThat(item.answeredAt()).isEqualTo(DURING);
        assertThat(item.confidence()).isEqualTo(Confidence.LOW);
        assertThat(item.requestId()).isEqualTo("req-7");
        assertThat(item.responseTimeMs()).isEqualTo(12_345L);
        assertThat(item.flagged()).isTrue();
        assertThat(item.n()).isEqualTo(2);
    }

    @Test
    void keepsTheFlagWhenTheSubmissionDoesNotSayOtherwise() {
        SessionState state = SessionStates.practice(SessionMode.PRACTICE);
        SessionState flagged = SessionStates.with(state, state.flag(0, true, DURING));

        SessionItem item = flagged.submit(0, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), null, null, "req-1",
                1, DURING, ItemKeys.multipleChoice()).item();

        assertThat(item.flagged()).isTrue();
    }

    @Test
    void clearsTheFlagWhenTheSubmissionSaysSo() {
        SessionState state = SessionStates.practice(SessionMode.PRACTICE);
        SessionState flagged = SessionStates.with(state, state.flag(0, true, DURING));

        SessionItem item = flagged.submit(0, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), null, false, "req-1",
                1, DURING, ItemKeys.multipleChoice()).item();

        assertThat(item.flagged()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void rejectsAMalformedResponseInsteadOfGradingItWrong(QuestionType type) {
        SessionState state = SessionStates.practice(SessionMode.PRACTICE);
        int n = type.ordinal();

        assertThatThrownBy(() -> submit(state, n, ItemKeys.malformedAnswer(type), "req-1"))
                .isInstanceOf(MalformedResponseException.class)
                .extracting(e -> ((MalformedResponseException) e).field())
                .isEqualTo(ItemKeys.fieldOf(type));
    }

    @Test
    void rejectsAMissingResponse() {
        SessionState state = SessionStates.practice(SessionMode.PRACTICE);

        assertThatThrownBy(() -> submit(state, 0, null, "req-1"))
                .isInstanceOf(MalformedResponseException.class)
                .extracting(e -> ((MalformedResponseException) e).field())
                .isEqualTo("response");
    }

    @Test
    void aRejectedResponseLeavesTheItemAnswerable() {
        SessionState state = SessionStates.practice(SessionMode.PRACTICE);
        assertThatThrownBy(() -> submit(state, 0, ItemKeys.malformedAnswer(QuestionType.MULTIPLE_CHOICE), "req-1"))
                .isInstanceOf(MalformedResponseException.class);

        Submission retry = submit(state, 0, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), "req-1");

        assertThat(retry.replay()).isFalse();
        assertThat(retry.item().correct()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = SessionMode.class, names = "EXAM", mode = EnumSource.Mode.EXCLUDE)
    void refusesAnswersAfterFinish(SessionMode mode) {
        SessionState finished = SessionStates.finished(SessionStates.practice(mode));

        assertThatThrownBy(() -> submit(finished, 0, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), "req-1"))
                .isInstanceOf(SessionClosedException.class)
                .hasMessageContaining("finished");
    }

    @Test
    void hasNoDeadline() {
        SessionState state = SessionStates.practice(SessionMode.PRACTICE);

        Submission muchLater = state.submit(0, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), null, null, "r", 1,
                Instant.parse("2099-01-01T00:00:00Z"), ItemKeys.multipleChoice());

        assertThat(muchLater.item().correct()).isTrue();
        assertThat(state.mustFinishAt(Instant.parse("2099-01-01T00:00:00Z"))).isFalse();
    }
}
