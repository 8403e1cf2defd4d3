package io.mlaprep.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerSubmittedTest {

    @Test
    void anExamItemWithoutAnyResponseIsOmittedNotAnswered() {
        assertThat(answer(null).omitted()).isTrue();
        assertThat(answer(new ItemResponse(null, null, null)).omitted()).isTrue();
        assertThat(answer(new ItemResponse(List.of(), List.of(), Map.of())).omitted()).isTrue();
    }

    @Test
    void anyResponseIsAnAnswerRightOrWrong() {
        assertThat(answer(ItemResponse.options(List.of("b"))).omitted()).isFalse();
        assertThat(answer(ItemResponse.ordering(List.of("c", "a", "b"))).omitted()).isFalse();
        assertThat(answer(ItemResponse.matching(Map.of("a", "r1"))).omitted()).isFalse();
    }

    private static AnswerSubmitted answer(ItemResponse response) {
        return new AnswerSubmitted(UUID.randomUUID(), 1, Instant.EPOCH, "learner-1", "s-1", "EXAM", 0, "q-1", 1, 2,
                "2.1", QuestionType.MULTIPLE_CHOICE, response, false, true, 0, null, 0.0);
    }
}
