package io.mlaprep.question.draw.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.QuestionType;
import org.junit.jupiter.api.Test;

class SlotTest {

    private final Candidate mcqOfTask21 = new Candidate("q", 1, 2, "2.1", QuestionType.MULTIPLE_CHOICE, 0);

    @Test
    void aDomainSlotAdmitsEveryItemOfItsDomainAndNoOther() {
        assertThat(new Slot(2, null, null, 5, false).admits(mcqOfTask21)).isTrue();
        assertThat(new Slot(3, null, null, 5, false).admits(mcqOfTask21)).isFalse();
    }

    @Test
    void aNarrowedSlotAlsoAsksForItsTaskStatementAndType() {
        assertThat(new Slot(2, "2.1", QuestionType.MULTIPLE_CHOICE, 5, false).admits(mcqOfTask21)).isTrue();
        assertThat(new Slot(2, "2.2", null, 5, false).admits(mcqOfTask21)).isFalse();
        assertThat(new Slot(2, null, QuestionType.ORDERING, 5, false).admits(mcqOfTask21)).isFalse();
    }
}
