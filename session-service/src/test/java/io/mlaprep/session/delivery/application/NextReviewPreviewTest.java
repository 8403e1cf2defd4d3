package io.mlaprep.session.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.internal.recommender.ReviewOutlook;
import io.mlaprep.contracts.internal.recommender.ReviewPreview;
import io.mlaprep.session.adaptive.client.RecommenderClient;
import io.mlaprep.session.delivery.domain.Confidence;
import io.mlaprep.session.delivery.domain.NextReviewOutlook;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.support.StubService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The next review in the feedback, against a stub recommender. */
class NextReviewPreviewTest {

    private static final String PREVIEW = "/internal/learners/learner-1/memory/q-7/preview";
    private static final String OUTLOOK = "/internal/learners/learner-1/review-outlook";
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
                List.of("a", "b"), null, null, null, null, true, null, null, null, null, null);

        assertThat(preview(Duration.ofSeconds(2)).of("learner-1", ungraded)).isEmpty();
        assertThat(recommender.received(PREVIEW)).isEmpty();
    }

    @Test
    void theOutlookAskedAtTheStartAnswersEachFeedbackThatDayWithoutAnotherCall() {
        recommender.answer(OUTLOOK, 200, JSON.writeValueAsString(outlook(LocalDate.parse("2026-12-02"))));
        NextReviewPreview preview = preview(Duration.ofSeconds(2));

        List<SessionItem> items = preview.withOutlook("learner-1", List.of(unanswered()), ANSWERED.minusSeconds(600));

        assertThat(recommender.received(OUTLOOK)).singleElement().extracting(StubService.Received::query)
                .isEqualTo("questionIds=q-7&at=2026-12-02T09:30:12.345Z");
        assertThat(preview.of("learner-1", answer(items.getFirst(), true, Confidence.HIGH)))
                .contains(ANSWERED.plus(Duration.ofDays(9)));
        assertThat(preview.of("learner-1", answer(items.getFirst(), true, null)))
                .contains(ANSWERED.plus(Duration.ofDays(3)));
        assertThat(preview.of("learner-1", answer(items.getFirst(), false, Confidence.LOW)))
                .contains(ANSWERED.plus(Duration.ofDays(1)));
        assertThat(recommender.received(PREVIEW)).isEmpty();
    }

    @Test
    void anAnswerOnALaterDayThanTheOutlookAsksTheRecommenderAfterAll() {
        recommender.answer(OUTLOOK, 200, JSON.writeValueAsString(outlook(LocalDate.parse("2026-12-01"))));
        recommender.answer(PREVIEW, 200, JSON.writeValueAsString(new ReviewPreview("q-7",
                Instant.parse("2026-12-06T09:40:12.345Z"), 4, 4.1, 5.0, 2, 0)));
        NextReviewPreview preview = preview(Duration.ofSeconds(2));

        List<SessionItem> items = preview.withOutlook("learner-1", List.of(unanswered()),
                ANSWERED.minus(Duration.ofDays(1)));

        assertThat(preview.of("learner-1", answer(items.getFirst(), true, Confidence.HIGH)))
                .contains(Instant.parse("2026-12-06T09:40:12.345Z"));
        assertThat(recommender.received(PREVIEW)).hasSize(1);
    }

    @Test
    void aSessionStartsWithoutOutlookWhenTheRecommenderIsSlow() {
        recommender.answer(OUTLOOK, 200, JSON.writeValueAsString(outlook(LocalDate.parse("2026-12-02"))),
                Duration.ofSeconds(2));

        assertThat(preview(Duration.ofMillis(200)).withOutlook("learner-1", List.of(unanswered()), ANSWERED))
                .extracting(SessionItem::nextReview).containsExactly((NextReviewOutlook) null);
    }

    @Test
    void aSessionStartsWithoutOutlookWhenTheRecommenderRefuses() {
        recommender.answer(OUTLOOK, 400, "{\"title\":\"Bad request\"}");

        assertThat(preview(Duration.ofSeconds(2)).withOutlook("learner-1", List.of(unanswered()), ANSWERED))
                .extracting(SessionItem::nextReview).containsExactly((NextReviewOutlook) null);
    }

    private static ReviewOutlook outlook(LocalDate on) {
        return new ReviewOutlook(on, List.of(new ReviewOutlook.Item("q-7", new ReviewOutlook.Days(1, 1, 1, 1),
                new ReviewOutlook.Days(3, 2, 3, 9))));
    }

    private NextReviewPreview preview(Duration budget) {
        return new NextReviewPreview(new RecommenderClient(recommender.calls(), recommender.url(),
                Duration.ofMillis(500), Duration.ofSeconds(5), budget));
    }

    private static SessionItem answered(boolean correct, Confidence confidence) {
        return answer(unanswered(), correct, confidence);
    }

    private static SessionItem unanswered() {
        return new SessionItem(0, "q-7", 1, 1, "1.1", QuestionType.MULTIPLE_CHOICE, true, List.of("a", "b"), null,
                null, null, null, false, null, null, null, null, null);
    }

    private static SessionItem answer(SessionItem item, boolean correct, Confidence confidence) {
        return item.answered(ItemResponse.options(List.of("a")), correct, ANSWERED, confidence, "r-1", 1_000, false);
    }
}
