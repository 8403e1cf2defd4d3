package io.mlaprep.session.delivery.domain;

import static io.mlaprep.session.delivery.domain.SessionStates.DEADLINE;
import static io.mlaprep.session.delivery.domain.SessionStates.DURING;
import static io.mlaprep.session.delivery.domain.SessionStates.LATER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.ScaledScore;
import io.mlaprep.session.grading.domain.ItemKeys;
import io.mlaprep.session.grading.domain.MalformedResponseException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Submitting in an exam: no feedback, answers may change, a deadline. */
class ExamSessionStateTest {

    private final SessionState exam = SessionStates.exam();

    private static Submission submit(SessionState state, int n, ItemResponse response, String requestId,
                                     Instant now) {
        return state.submit(n, response, Confidence.MEDIUM, null, requestId, 3_000, now,
                SessionItems.keyOf(state.item(n)));
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void storesARightResponseUngraded(QuestionType type) {
        int n = type.ordinal();
        ItemResponse response = ItemKeys.rightAnswer(type);

        Submission submission = submit(exam, n, response, "req-1", DURING);

        assertThat(submission.replay()).isFalse();
        assertThat(submission.item().response()).isEqualTo(response);
        assertThat(submission.item().correct()).isNull();
        assertThat(submission.item().answeredAt()).isEqualTo(DURING);
        assertThat(submission.item().isAnswered()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void storesAWrongResponseUngradedGivingNoFeedback(QuestionType type) {
        Submission submission = submit(exam, type.ordinal(), ItemKeys.wrongAnswer(type), "req-1", DURING);

        assertThat(submission.item().correct()).isNull();
        assertThat(submission.item().response()).isEqualTo(ItemKeys.wrongAnswer(type));
    }

    @Test
    void letsAnAnswerChange() {
        SessionState answered = SessionStates.with(exam,
                submit(exam, 1, ItemKeys.wrongAnswer(QuestionType.MULTIPLE_RESPONSE), "req-1", DURING));

        Submission changed = submit(answered, 1, ItemKeys.rightAnswer(QuestionType.MULTIPLE_RESPONSE), "req-2",
                LATER);

        assertThat(changed.replay()).isFalse();
        assertThat(changed.item().response()).isEqualTo(ItemKeys.rightAnswer(QuestionType.MULTIPLE_RESPONSE));
        assertThat(changed.item().answeredAt()).isEqualTo(LATER);
        assertThat(changed.item().requestId()).isEqualTo("req-2");
        assertThat(changed.item().correct()).isNull();
    }

    @Test
    void letsAnAnswerChangeWithoutARequestId() {
        SessionState answered = SessionStates.answerRight(exam, 2);

        Submission changed = submit(answered, 2, ItemKeys.wrongAnswer(QuestionType.ORDERING), null, LATER);

        assertThat(changed.item().response()).isEqualTo(ItemKeys.wrongAnswer(QuestionType.ORDERING));
    }

    @Test
    void aMissingResponseClearsTheAnswer() {
        SessionState answered = SessionStates.answerRight(exam, 3);

        SessionItem cleared = submit(answered, 3, null, "req-2", LATER).item();

        assertThat(cleared.isAnswered()).isFalse();
        assertThat(cleared.response()).isNull();
        assertThat(cleared.answeredAt()).isNull();
        assertThat(cleared.correct()).isNull();
    }

    @Test
    void replaysTheSameRequestIdWithoutChangingTheItem() {
        SessionState answered = SessionStates.with(exam,
                submit(exam, 0, ItemKeys.wrongAnswer(QuestionType.MULTIPLE_CHOICE), "req-1", DURING));

        Submission retry = submit(answered, 0, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), "req-1", LATER);

        assertThat(retry.replay()).isTrue();
        assertThat(retry.item()).isEqualTo(answered.item(0));
    }

    @Test
    void refusesEvenAReplayOnceTheExamIsClosed() {
        SessionState answered = SessionStates.with(exam,
                submit(exam, 0, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), "req-1", DURING));

        assertThatThrownBy(() -> submit(answered, 0, ItemKeys.wrongAnswer(QuestionType.MULTIPLE_CHOICE), "req-1",
                DEADLINE.plusSeconds(1))).isInstanceOf(SessionClosedException.class);
        assertThatThrownBy(() -> submit(SessionStates.finished(answered), 0,
                ItemKeys.wrongAnswer(QuestionType.MULTIPLE_CHOICE), "req-1", DURING))
                .isInstanceOf(SessionClosedException.class).hasMessageContaining("finished");
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void validatesAMalformedResponseAtSubmitTime(QuestionType type) {
        assertThatThrownBy(() -> submit(exam, type.ordinal(), ItemKeys.malformedAnswer(type), "req-1", DURING))
                .isInstanceOf(MalformedResponseException.class)
                .extracting(e -> ((MalformedResponseException) e).field())
                .isEqualTo(ItemKeys.fieldOf(type));
    }

    @Test
    void validatesAResponsePartOfAnotherTypeAtSubmitTime() {
        assertThatThrownBy(() -> submit(exam, 0, ItemKeys.rightAnswer(QuestionType.ORDERING), "req-1", DURING))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("this item takes 'optionIds' only");
    }

    @Test
    void validatesATooShortMultipleResponseAtSubmitTime() {
        ItemResponse oneOfTwo = ItemResponse.options(List.of("a"));

        assertThatThrownBy(() -> submit(exam, 1, oneOfTwo, "req-1", DURING))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("choose exactly 2 options, not 1");
    }

    @Test
    void acceptsAnAnswerUpToTheLastMomentBeforeTheDeadline() {
        Submission last = submit(exam, 0, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), "req-1",
                DEADLINE.minusMillis(1));

        assertThat(last.item().isAnswered()).isTrue();
    }

    @Test
    void rejectsAnswerAtTheExamDeadline() {
        assertThatThrownBy(() -> submit(exam, 0, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), "req-1",
                DEADLINE))
                .isInstanceOf(SessionClosedException.class)
                .hasMessageContaining("time ran out")
                .hasMessageContaining(DEADLINE.toString());
    }

    @Test
    void rejectsAnswerAfterExamDeadline() {
        assertThatThrownBy(() -> submit(exam, 0, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), "req-1",
                DEADLINE.plus(Duration.ofHours(1))))
                .isInstanceOf(SessionClosedException.class);
    }

    @Test
    void rejectsClearingAnAnswerAfterTheDeadline() {
        SessionState answered = SessionStates.answerRight(exam, 0);

        assertThatThrownBy(() -> submit(answered, 0, null, "req-2", DEADLINE))
                .isInstanceOf(SessionClosedException.class);
    }

    @Test
    void rejectsChangingAnAnswerAfterTheDeadline() {
        SessionState answered = SessionStates.answerWrong(exam, 0);

        assertThatThrownBy(() -> submit(answered, 0, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), "req-2",
                DEADLINE.plusSeconds(1)))
                .isInstanceOf(SessionClosedException.class);
    }

    @Test
    void rejectsAnswerAfterFinishEvenBeforeTheDeadline() {
        SessionState finished = SessionStates.finished(exam);

        assertThatThrownBy(() -> submit(finished, 0, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), "req-1",
                DURING))
                .isInstanceOf(SessionClosedException.class)
                .hasMessageContaining("finished");
    }

    @Test
    void mustNotFinishBeforeTheDeadline() {
        assertThat(exam.mustFinishAt(DEADLINE.minusMillis(1))).isFalse();
    }

    @Test
    void mustFinishAtTheDeadline() {
        assertThat(exam.mustFinishAt(DEADLINE)).isTrue();
    }

    @Test
    void mustFinishAfterTheDeadline() {
        assertThat(exam.mustFinishAt(DEADLINE.plus(Duration.ofDays(2)))).isTrue();
    }

    @Test
    void aFinishedExamNeedNotBeFinishedAgain() {
        assertThat(SessionStates.finished(exam).mustFinishAt(DEADLINE.plusSeconds(1))).isFalse();
    }

    @Test
    void anExamPastItsDeadlineCanStillBeFinished() {
        SessionState answered = SessionStates.answerRight(exam, 0);
        assertThat(answered.mustFinishAt(DEADLINE.plusSeconds(1))).isTrue();

        SessionState.Finished finished = answered.finish(SessionItems::keyOf,
                new ScaledScore(100, 1000, 720, 4));

        assertThat(finished.result().correctCount()).isEqualTo(1);
        assertThat(finished.items().get(0).correct()).isTrue();
    }
}
