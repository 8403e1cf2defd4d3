package io.mlaprep.recommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.recommender.support.Answers;
import io.mlaprep.recommender.support.RecommenderServiceTest;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.EventPublisher;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The spaced-review queue and the schedule preview, from answers that arrive over Kafka. */
@RecommenderServiceTest
class ReviewQueueIT {

    @LocalServerPort
    int port;

    @Test
    void aLearnerSeesTheirOwnQueueAndSessionsGetTheDueItemsMostOverdueFirst() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String learner = "reviewer-" + run;
        List<QuestionChanged> catalogue = Answers.catalogue("due" + run, 1);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String longOverdue = catalogue.get(0).questionId();
        String overdue = catalogue.get(1).questionId();
        String upcoming = catalogue.get(2).questionId();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(catalogue);
            publisher.publish(List.of(
                    // a first Good is due 3 days later, a first Easy 8 days later
                    Answers.answer(learner, overdue, catalogue.get(1).taskStatement(), true, "HIGH",
                            now.minus(Duration.ofDays(10))),
                    Answers.answer(learner, longOverdue, catalogue.get(0).taskStatement(), true, null,
                            now.minus(Duration.ofDays(20))),
                    Answers.answer(learner, upcoming, catalogue.get(2).taskStatement(), true, "MEDIUM", now)));
        }
        ApiClient client = new ApiClient(port, learner, "LEARNER");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                client.get("/api/recommendations/memory/" + upcoming, Map.class).getStatusCode().value() == 200);

        Map<String, Object> queue = client.get("/api/recommendations/due", Map.class).getBody();
        assertThat(queue).containsEntry("dueNow", 2).containsEntry("dueToday", 2);
        LocalDate today = LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
        assertThat((List<Map<String, Object>>) queue.get("next")).hasSize(7)
                .contains(Map.of("date", today.plusDays(3).toString(), "count", 1))
                .contains(Map.of("date", today.plusDays(1).toString(), "count", 0));

        Map<String, Object> due = new ApiClient(port, "session-service", "SERVICE")
                .get("/internal/learners/" + learner + "/due-questions?limit=10", Map.class).getBody();
        List<Map<String, Object>> items = (List<Map<String, Object>>) due.get("items");
        assertThat(items).extracting(item -> item.get("questionId")).containsExactly(longOverdue, overdue);
        assertThat((String) items.getFirst().get("explanation")).startsWith("You last reviewed this 20 days ago;");
        assertThat(due).containsEntry("dueCount", 2)
                .containsEntry("nextDueAt", now.plus(Duration.ofDays(3)).toString());

        Map<String, Object> stranger = new ApiClient(port, "stranger-" + run, "LEARNER")
                .get("/api/recommendations/due", Map.class).getBody();
        assertThat(stranger).containsEntry("dueNow", 0).containsEntry("dueToday", 0);
    }

    @Test
    void theQueueNeedsASignedInLearnerAndTheDueItemsAService() {
        assertThat(ApiClient.withBearer(port, null).get("/api/recommendations/due", Map.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(new ApiClient(port, "teacher", "INSTRUCTOR").get("/api/recommendations/due", Map.class)
                .getStatusCode().value()).isEqualTo(403);
        ApiClient learner = new ApiClient(port, "curious-" + UUID.randomUUID(), "LEARNER");
        assertThat(learner.get("/internal/learners/someone/due-questions", Map.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(learner.get("/internal/learners/someone/memory/q/preview?correct=true&answeredAt="
                + Instant.now(), Map.class).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void thePreviewChangesNothingAndIsWhatTheAnswerThenDoes() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String learner = "previewer-" + run;
        String question = "q-preview-" + run;
        Instant firstAt = Instant.now().minus(Duration.ofDays(6)).truncatedTo(ChronoUnit.MILLIS);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(List.of(Answers.answer(learner, question, "2.3", true, null, firstAt)));
        }
        ApiClient client = new ApiClient(port, learner, "LEARNER");
        ApiClient service = new ApiClient(port, "session-service", "SERVICE");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                client.get("/api/recommendations/memory/" + question, Map.class).getStatusCode().value() == 200);
        Instant answeredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String preview = "/internal/learners/" + learner + "/memory/" + question + "/preview?correct=true"
                + "&confidence=LOW&answeredAt=" + answeredAt;

        Map<String, Object> previewed = service.get(preview, Map.class).getBody();
        assertThat(service.get(preview, Map.class).getBody()).isEqualTo(previewed);
        assertThat(client.get("/api/recommendations/memory/" + question, Map.class).getBody())
                .containsEntry("reps", 1);

        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(List.of(Answers.answer(learner, question, "2.3", true, "LOW", answeredAt)));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> Integer.valueOf(2).equals(
                client.get("/api/recommendations/memory/" + question, Map.class).getBody().get("reps")));
        Map<String, Object> memory = client.get("/api/recommendations/memory/" + question, Map.class).getBody();
        assertThat(previewed).containsEntry("questionId", question)
                .containsEntry("nextReviewAt", memory.get("due"))
                .containsEntry("stability", memory.get("stability"))
                .containsEntry("difficulty", memory.get("difficulty"))
                .containsEntry("reps", 2).containsEntry("lapses", 0);
        assertThat(service.get(preview, Map.class).getBody())
                .as("asked again after the answer arrived: not applied twice").isEqualTo(previewed);
    }

    @Test
    void aPreviewOfAQuestionNeverAnsweredIsItsFirstReviewAndBadInputIsNamed() {
        ApiClient service = new ApiClient(port, "session-service", "SERVICE");
        Instant at = Instant.parse("2026-12-02T10:00:00Z");
        String path = "/internal/learners/new-" + UUID.randomUUID() + "/memory/q-new/preview?answeredAt=" + at;

        Map<String, Object> wrong = service.get(path + "&correct=false", Map.class).getBody();
        assertThat(wrong).containsEntry("reps", 1).containsEntry("intervalDays", 1)
                .containsEntry("nextReviewAt", "2026-12-03T10:00:00Z");
        assertThat(service.get(path + "&correct=true&confidence=SURE", Map.class).getStatusCode().value())
                .isEqualTo(400);
        assertThat(service.get(path, Map.class).getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void theOutlookOfASessionsQuestionsIsEveryAnswersPreviewInOneCall() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String learner = "outlooker-" + run;
        List<String> answered = List.of("q-outlook-a-" + run, "q-outlook-b-" + run);
        String unseen = "q-outlook-new-" + run;
        Instant firstAt = Instant.now().minus(Duration.ofDays(9)).truncatedTo(ChronoUnit.MILLIS);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(List.of(Answers.answer(learner, answered.get(0), "2.3", true, "HIGH", firstAt),
                    Answers.answer(learner, answered.get(1), "1.1", false, null, firstAt)));
        }
        ApiClient client = new ApiClient(port, learner, "LEARNER");
        ApiClient service = new ApiClient(port, "session-service", "SERVICE");
        answered.forEach(question -> await().atMost(Duration.ofSeconds(20)).until(() ->
                client.get("/api/recommendations/memory/" + question, Map.class).getStatusCode().value() == 200));
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<String> questions = List.of(answered.get(0), unseen, answered.get(1));
        String path = "/internal/learners/" + learner + "/review-outlook?at=" + at + "&questionIds=";

        Map<String, Object> outlook = service.get(path + String.join(",", questions), Map.class).getBody();

        assertThat(outlook).containsEntry("on", at.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) outlook.get("items");
        assertThat(items).extracting(item -> item.get("questionId")).containsExactlyElementsOf(questions);
        for (Map<String, Object> item : items) {
            for (String outcome : List.of("wrong", "right")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> days = (Map<String, Object>) item.get(outcome);
                for (String confidence : List.of("none", "low", "medium", "high")) {
                    String preview = "/internal/learners/" + learner + "/memory/" + item.get("questionId")
                            + "/preview?answeredAt=" + at + "&correct=" + outcome.equals("right")
                            + (confidence.equals("none") ? "" : "&confidence=" + confidence.toUpperCase());
                    assertThat(days.get(confidence)).as("%s %s %s", item.get("questionId"), outcome, confidence)
                            .isEqualTo(service.get(preview, Map.class).getBody().get("intervalDays"));
                }
            }
        }
        assertThat(items.get(0).get("right")).as("a memory nine days old is not a first review")
                .isNotEqualTo(items.get(1).get("right"));

        assertThat(client.get(path + unseen, Map.class).getStatusCode().value()).isEqualTo(403);
        assertThat(service.get(path, Map.class).getStatusCode().value()).isEqualTo(400);
        assertThat(service.get(path + String.join(",", Collections.nCopies(66, unseen)), Map.class)
                .getStatusCode().value()).isEqualTo(400);
        assertThat(service.get("/internal/learners/" + learner + "/review-outlook?questionIds=" + unseen, Map.class)
                .getStatusCode().value()).isEqualTo(400);
    }
}
