package io.mlaprep.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.session.catalog.application.QuestionCatalog;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.persistence.SessionStore;
import io.mlaprep.session.support.Answers;
import io.mlaprep.session.support.LearnerClient;
import io.mlaprep.session.support.RecommenderInProcess;
import io.mlaprep.session.support.RecommenderMemory;
import io.mlaprep.session.support.SessionServiceTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

/** Adaptive and due-review sessions with the real recommender, learning from the answers this service publishes. */
@SessionServiceTest
@ExtendWith(RecommenderInProcess.class)
@TestPropertySource(properties = {"mla.clients.recommender-service.url=${" + RecommenderInProcess.URL + "}",
        // the preview's production budget is 150 ms; on a loaded test machine the first calls take longer
        "mla.clients.recommender-service.preview-timeout=5s"})
class AdaptiveSessionsIT {

    @LocalServerPort
    int port;
    @Autowired
    SessionStore store;
    @Autowired
    QuestionCatalog catalog;
    @Autowired
    StringRedisTemplate redis;

    @Test
    void anAdaptiveSessionServesTheRecommendersItemsWithItsReasonsAndNotWhatWasJustAnswered() {
        LearnerClient learner = new LearnerClient(port, "adaptive-" + UUID.randomUUID());
        String practice = learner.startId(Map.of("mode", "PRACTICE", "size", 6));
        List<SessionItem> answered = store.load(learner.id(), practice).orElseThrow().items();
        for (SessionItem item : answered) {
            learner.respond(practice, item.n(), Answers.wrong(catalog.version(item.questionId(), item.version())));
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            ResponseEntity<Map> started = learner.start(Map.of("mode", "ADAPTIVE", "size", 8));
            assertThat(started.getStatusCode().value()).isEqualTo(201);
            assertThat(started.getBody().get("notice")).isNull();
            assertThat(started.getBody()).containsEntry("itemCount", 8);
            String session = (String) started.getBody().get("id");
            Set<String> recent = answered.stream().map(SessionItem::questionId).collect(Collectors.toSet());
            assertThat(store.load(learner.id(), session).orElseThrow().items())
                    .extracting(SessionItem::questionId).doesNotContainAnyElementsOf(recent);
            for (int n = 0; n < 8; n++) {
                String reason = (String) learner.item(session, n).getBody().get("reason");
                assertThat(reason).as("item %d", n).isNotBlank().doesNotStartWith("Sampled by exam weight");
            }
        });
    }

    @Test
    void practiceFeedbackSaysWhenTheItemComesBackAndExamSavesDoNot() {
        LearnerClient learner = new LearnerClient(port, "scheduled-" + UUID.randomUUID());
        String practice = learner.startId(Map.of("mode", "PRACTICE", "size", 2));
        SessionItem first = store.load(learner.id(), practice).orElseThrow().item(0);
        Instant before = Instant.now();

        Map<?, ?> feedback = learner.respond(practice, 0,
                Answers.right(catalog.version(first.questionId(), first.version()))).getBody();

        // a first right answer without a confidence is Good: FSRS-6 brings it back in 3 days
        Instant nextReviewAt = Instant.parse((String) feedback.get("nextReviewAt"));
        assertThat(nextReviewAt).isBetween(before.plus(Duration.ofDays(3)), Instant.now().plus(Duration.ofDays(3)));
        // read from the outlook the session was given at its start, not asked for again
        SessionItem answered = store.load(learner.id(), practice).orElseThrow().item(0);
        assertThat(answered.nextReview()).isNotNull();
        assertThat(answered.nextReview().after(true, null, answered.answeredAt())).contains(nextReviewAt);
        learner.finish(practice);
        assertThat(store.load(learner.id(), practice).orElseThrow().items()).as("a finished session keeps no outlook")
                .extracting(SessionItem::nextReview).containsOnlyNulls();

        String exam = learner.startId(Map.of("mode", "EXAM"));
        SessionItem examItem = store.load(learner.id(), exam).orElseThrow().item(0);
        assertThat(examItem.nextReview()).as("an exam gives no feedback").isNull();
        Map<String, Object> saved = learner.respond(exam, 0,
                Answers.right(catalog.version(examItem.questionId(), examItem.version()))).getBody();
        assertThat(saved).containsEntry("saved", true).doesNotContainKey("nextReviewAt");
        learner.finish(exam);
    }

    @Test
    void aReviewSessionServesTheDueItemsMostOverdueFirstWithTheirReasons() {
        LearnerClient learner = new LearnerClient(port, "due-" + UUID.randomUUID());
        List<String> questions = store.load(learner.id(), learner.startId(Map.of("mode", "PRACTICE", "size", 4)))
                .orElseThrow().items().stream().map(SessionItem::questionId).toList();
        RecommenderMemory memory = new RecommenderMemory(redis);
        Instant now = Instant.now();
        memory.scheduled(learner.id(), questions.get(0), now.minus(Duration.ofDays(2)), Duration.ofDays(5));
        memory.scheduled(learner.id(), questions.get(1), now.minus(Duration.ofDays(17)), Duration.ofDays(3));
        memory.scheduled(learner.id(), questions.get(2), now.plus(Duration.ofDays(4)), Duration.ofDays(8));
        memory.scheduled(learner.id(), questions.get(3), now.minus(Duration.ofHours(1)), Duration.ofDays(1));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            ResponseEntity<Map> started = learner.start(Map.of("mode", "REVIEW_DUE"));
            assertThat(started.getStatusCode().value()).isEqualTo(201);
            assertThat(started.getBody()).containsEntry("mode", "REVIEW_DUE").containsEntry("itemCount", 3);
            String session = (String) started.getBody().get("id");
            assertThat(store.load(learner.id(), session).orElseThrow().items()).extracting(SessionItem::questionId)
                    .containsExactly(questions.get(1), questions.get(0), questions.get(3));
            assertThat((String) learner.item(session, 0).getBody().get("reason"))
                    .startsWith("You last reviewed this 20 days ago; recall is down to ");
        });
        ResponseEntity<Map> oneItem = learner.start(Map.of("mode", "REVIEW_DUE", "size", 1));
        assertThat(store.load(learner.id(), (String) oneItem.getBody().get("id")).orElseThrow().items())
                .extracting(SessionItem::questionId).containsExactly(questions.get(1));
    }

    @Test
    void aReviewSessionWithNothingDueIsAConflictThatSaysWhenTheNextReviewFalls() {
        LearnerClient learner = new LearnerClient(port, "early-" + UUID.randomUUID());
        String question = store.load(learner.id(), learner.startId(Map.of("mode", "PRACTICE", "size", 1)))
                .orElseThrow().item(0).questionId();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            ResponseEntity<Map> fresh = learner.start(Map.of("mode", "REVIEW_DUE"));
            assertThat(fresh.getStatusCode().value()).isEqualTo(409);
            assertThat(fresh.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat((String) fresh.getBody().get("detail")).startsWith("Nothing is due for review yet");
        });

        Instant due = Instant.now().plus(Duration.ofDays(3));
        new RecommenderMemory(redis).scheduled(learner.id(), question, due, Duration.ofDays(3));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            ResponseEntity<Map> early = learner.start(Map.of("mode", "REVIEW_DUE"));
            assertThat(early.getStatusCode().value()).isEqualTo(409);
            assertThat(early.getBody()).containsEntry("detail", "Nothing is due for review; the next review is due on "
                    + LocalDate.ofInstant(due, ZoneOffset.UTC) + ".");
        });
    }
}
