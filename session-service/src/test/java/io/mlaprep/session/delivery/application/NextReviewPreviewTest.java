package io.mlaprep.session.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.internal.recommender.ReviewPreview;
import io.mlaprep.session.adaptive.client.RecommenderClient;
import io.mlaprep.session.delivery.domain.Confidence;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.support.StubService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The next review in the feedback, against a stub recommender. */
class NextReviewPreviewTest {

    private static final String PREVIEW = "/internal/learners/learner-1/memory/q-7/preview";
    private static final Instant ANSWERED = Instant.parse("2026-12-02T09:40:12.345Z");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StubService recommender = new StubService();

    @AfterEach
    void stop() {
        recommender.close();
    }

    @Test
    void asksTheRecommenderWhenTheAnswerSchedulesTheItemNext() {
        recommender.answer(PREVIEW, 200, JSON.writeValueAsString(new ReviewPreview("q-7",
                Instant.parse("2026-12-10T09:40:12.345Z"), 8, 9.2, 4.9, 2, 0)));

        assertThat(preview(Duration.ofSeconds(2)).of("learner-1", answered(true, Confidence.HIGH)))
                .contains(Instant.parse("2026-12-10T09:40:12.345Z"));
        assertThat(recommender.received(PREVIEW)).hasSize(1);
    }

    @Test
    void anUnavailableOrSlowRecommenderLeavesTheFeedbackWithoutIt() {
        recommender.answer(PREVIEW, 200, JSON.writeValueAsString(new ReviewPreview("q-7",
                Instant.parse("2026-12-10T09:40:12.345Z"), 8, 9.2, 4.9, 2, 0)), Duration.ofSeconds(2));

        assertThat(preview(Duration.ofMillis(200)).of("learner-1", answered(false, null))).isEmpty();
    }

    @Test
    void aRefusedPreviewLeavesTheFeedbackWithoutIt() {
        recommender.answer(PREVIEW, 400, "{\"title\":\"Bad request\"}");

        assertThat(preview(Duration.ofSeconds(2)).of("learner-1", answered(true, Confidence.LOW))).isEmpty();
    }

    @Test
    void anItemNotGradedYetHasNoNextReviewToAskFor() {
        SessionItem ungraded = new SessionItem(0, "q-7", 1, 1, "1.1", QuestionType.MULTIPLE_CHOICE, true,
                List.of("a", "b"), null, null, null, null, true, null, null, null, null);

        assertThat(preview(Duration.ofSeconds(2)).of("learner-1", ungraded)).isEmpty();
        assertThat(recommender.received(PREVIEW)).isEmpty();
    }

    private NextReviewPreview preview(Duration budget) {
        return new NextReviewPreview(new RecommenderClient(recommender.calls(), recommender.url(),
                Duration.ofMillis(500), Duration.ofSeconds(5), budget));
    }

    private static SessionItem answered(boolean correct, Confidence confidence) {
        return new SessionItem(0, "q-7", 1, 1, "1.1", QuestionType.MULTIPLE_CHOICE, true, List.of("a", "b"), null,
                null, null, null, false, null, null, null, null)
                .answered(ItemResponse.options(List.of("a")), correct, ANSWERED, confidence, "r-1", 1_000, false);
    }
}
