package io.mlaprep.session.delivery.domain;

import static io.mlaprep.session.delivery.domain.SessionStates.DEADLINE;
import static io.mlaprep.session.delivery.domain.SessionStates.DURING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.contracts.QuestionType;
import io.mlaprep.session.grading.domain.ItemKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Looking items up, counting answers and flagging. */
class SessionStateTest {

    private final SessionState practice = SessionStates.practice(SessionMode.PRACTICE);
    private final SessionState exam = SessionStates.exam();

    @Test
    void findsAnItemByItsNumber() {
        assertThat(practice.item(2).n()).isEqualTo(2);
        assertThat(practice.item(2).type()).isEqualTo(QuestionType.ORDERING);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4, 100})
    void rejectsAnItemNumberOutsideTheSession(int n) {
        assertThatThrownBy(() -> practice.item(n))
                .isInstanceOf(NoSuchItemException.class)
                .hasMessage("This session has items 0 to 3; there is no item " + n + ".");
    }

    @Test
    void rejectsAnAnswerToAnItemOutsideTheSession() {
        assertThatThrownBy(() -> practice.submit(4, ItemKeys.rightAnswer(QuestionType.MULTIPLE_CHOICE), null, null,
                "req-1", 1, DURING, ItemKeys.multipleChoice()))
                .isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void rejectsAFlagOnAnItemOutsideTheSession() {
        assertThatThrownBy(() -> exam.flag(-1, true, DURING)).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void timesAnItemFromWhenItWasFirstShownOrElseFromTheStart() {
        SessionState oneShown = new SessionState(practice.session(), practice.items(), null, Map.of(1, DURING));

        assertThat(oneShown.wasShown(1)).isTrue();
        assertThat(oneShown.shownAt(1)).isEqualTo(DURING);
        assertThat(oneShown.wasShown(0)).isFalse();
        assertThat(oneShown.shownAt(0)).isEqualTo(SessionStates.STARTED);
    }

    @Test
    void listsTheAnsweredItems() {
        assertThat(practice.answered()).isEmpty();

        SessionState twoAnswered = SessionStates.answerWrong(SessionStates.answerRight(practice, 0), 3);

        assertThat(twoAnswered.answered()).containsExactly(0, 3);
    }

    @Test
    void keepsItsOwnCopyOfTheItems() {
        List<SessionItem> items = new ArrayList<>(SessionItems.oneOfEachType());
        SessionState state = new SessionState(SessionStates.practiceSession(SessionMode.PRACTICE, 4), items);

        items.clear();

        assertThat(state.items()).hasSize(4);
    }

    @Test
    void flagsAnItem() {
        SessionItem flagged = exam.flag(1, true, DURING);

        assertThat(flagged.flagged()).isTrue();
        assertThat(flagged.n()).isEqualTo(1);
    }

    @Test
    void unflagsAnItem() {
        SessionState flagged = SessionStates.with(exam, exam.flag(1, true, DURING));

        assertThat(flagged.flag(1, false, DURING).flagged()).isFalse();
    }

    @Test
    void listsTheFlaggedItemNumbersInOrder() {
        SessionState flagged = SessionStates.with(exam, exam.flag(3, true, DURING));
        flagged = SessionStates.with(flagged, flagged.flag(0, true, DURING));

        assertThat(flagged.flagged()).containsExactly(0, 3);
        assertThat(exam.flagged()).isEmpty();
    }

    @Test
    void flaggingKeepsTheAnswer() {
        SessionState answered = SessionStates.answerRight(practice, 0);

        SessionItem flagged = answered.flag(0, true, DURING);

        assertThat(flagged.response()).isEqualTo(answered.item(0).response());
        assertThat(flagged.correct()).isTrue();
    }

    @Test
    void flagWorksUntilTheLastMomentBeforeTheExamDeadline() {
        assertThat(exam.flag(0, true, DEADLINE.minusMillis(1)).flagged()).isTrue();
    }

    @Test
    void rejectsAFlagAfterTheExamDeadline() {
        assertThatThrownBy(() -> exam.flag(0, true, DEADLINE)).isInstanceOf(SessionClosedException.class);
    }

    @Test
    void rejectsAFlagAfterAnExamIsFinished() {
        SessionState finished = SessionStates.finished(exam);

        assertThatThrownBy(() -> finished.flag(0, true, DURING)).isInstanceOf(SessionClosedException.class);
    }

    @Test
    void rejectsAFlagAfterAPracticeSessionIsFinished() {
        SessionState finished = SessionStates.finished(practice);

        assertThatThrownBy(() -> finished.flag(0, false, DURING)).isInstanceOf(SessionClosedException.class);
    }
}
