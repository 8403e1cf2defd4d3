package io.mlaprep.session.delivery.domain;

import static io.mlaprep.session.delivery.domain.SessionStates.DURING;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.session.grading.domain.ItemKeys;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionItemTest {

    private final SessionItem unanswered = SessionItems.item(3, QuestionType.MATCHING, 2, false);
    private final ItemResponse response = ItemKeys.rightAnswer(QuestionType.MATCHING);

    @Test
    void isUnansweredUntilItHasAResponse() {
        assertThat(unanswered.isAnswered()).isFalse();
        assertThat(unanswered.answered(response, null, DURING, null, null, 0, false).isAnswered()).isTrue();
    }

    @Test
    void answeringRecordsTheAnswerAndKeepsWhatTheItemIs() {
        SessionItem answered = unanswered.answered(response, true, DURING, Confidence.LOW, "req-1", 4_200, true);

        assertThat(answered.response()).isEqualTo(response);
        assertThat(answered.correct()).isTrue();
        assertThat(answered.answeredAt()).isEqualTo(DURING);
        assertThat(answered.confidence()).isEqualTo(Confidence.LOW);
        assertThat(answered.requestId()).isEqualTo("req-1");
        assertThat(answered.responseTimeMs()).isEqualTo(4_200L);
        assertThat(answered.flagged()).isTrue();
        assertThat(answered).usingRecursiveComparison()
                .comparingOnlyFields("n", "questionId", "version", "domain", "taskStatement", "type", "scored",
                        "optionOrder", "responseOrder")
                .isEqualTo(unanswered);
    }

    @Test
    void flaggingChangesOnlyTheFlag() {
        SessionItem answered = unanswered.answered(response, null, DURING, Confidence.HIGH, "req-1", 10, false);

        SessionItem flagged = answered.flagged(true);

        assertThat(flagged.flagged()).isTrue();
        assertThat(flagged).usingRecursiveComparison().ignoringFields("flagged").isEqualTo(answered);
        assertThat(flagged.flagged(false)).isEqualTo(answered);
    }

    @Test
    void gradingChangesOnlyWhetherItIsCorrect() {
        SessionItem answered = unanswered.answered(response, null, DURING, Confidence.HIGH, "req-1", 10, true);

        SessionItem graded = answered.graded(false);

        assertThat(graded.correct()).isFalse();
        assertThat(graded).usingRecursiveComparison().ignoringFields("correct").isEqualTo(answered);
    }

    @Test
    void keepsItsOwnCopyOfTheShownOrder() {
        List<String> options = new ArrayList<>(List.of("a", "b"));
        List<String> responses = new ArrayList<>(List.of("r1"));
        SessionItem item = new SessionItem(0, "q", 1, 1, "1.1", QuestionType.MATCHING, true, options, responses, null,
                null, null, false, null, null, null, null, null);

        options.add("c");
        responses.add("r2");

        assertThat(item.optionOrder()).containsExactly("a", "b");
        assertThat(item.responseOrder()).containsExactly("r1");
    }

    @Test
    void hasNoResponseOrderUnlessMatching() {
        assertThat(SessionItems.item(0, QuestionType.ORDERING).responseOrder()).isEmpty();
    }
}
