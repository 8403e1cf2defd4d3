package io.mlaprep.recommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.Topics;
import io.mlaprep.recommender.support.Answers;
import io.mlaprep.recommender.support.RecommenderServiceTest;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.EventPublisher;
import io.mlaprep.testsupport.MutableClock;
import io.mlaprep.testsupport.TestServers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@RecommenderServiceTest
class RecommenderIT {

    private static final String PLAN = "/api/recommendations/plan?examDate=";

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    @Test
    void answersBecomeMemoryMasteryReadinessAndRecommendations() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String learner = "learner-" + run;
        List<QuestionChanged> catalogue = new ArrayList<>(Answers.catalogue("r" + run, 4));
        QuestionChanged retired = catalogue.getFirst();
        catalogue.set(0, new QuestionChanged(UUID.randomUUID(), 1, Instant.now(), retired.questionId(), 2,
                QuestionChanged.Status.RETIRED, retired.domain(), retired.taskStatement(), retired.type(), null));
        Instant now = Instant.now();
        List<AnswerSubmitted> answers = List.of(
                Answers.answer(learner, catalogue.get(4).questionId(), "1.2", true, "HIGH", now.minus(Duration.ofDays(20))),
                Answers.answer(learner, catalogue.get(5).questionId(), "1.2", false, null, now.minus(Duration.ofDays(3))),
                Answers.answer(learner, catalogue.get(6).questionId(), "1.2", true, "LOW", now.minus(Duration.ofHours(2))));
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(List.of(retired));
            publisher.publish(catalogue);
            publisher.publish(answers);
        }
        ApiClient client = new ApiClient(port, learner, "LEARNER");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(client.get("/api/recommendations/memory/" + catalogue.get(6).questionId(), Map.class)
                        .getStatusCode().value()).isEqualTo(200));
        Map<String, Object> memory = client.get("/api/recommendations/memory/" + catalogue.get(4).questionId(),
                Map.class).getBody();
        assertThat(memory).containsEntry("reps", 1).containsKeys("stability", "difficulty", "due", "retrievability");

        // the catalogue comes on its own topic: nothing orders it before the answers. The items answered 20 and 3
        // days ago are due (the queue counts them once the catalogue has them), but they wait there while the weak
        // areas have new questions: no review share by default
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                client.get("/api/recommendations/due", Map.class).getBody()).containsEntry("dueNow", 2));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat((List<?>) client
                .get("/api/recommendations?limit=10", Map.class).getBody().get("items")).hasSize(10));
        Map<String, Object> next = client.get("/api/recommendations?limit=10", Map.class).getBody();
        List<Map<String, Object>> items = (List<Map<String, Object>>) next.get("items");
        assertThat(items).hasSize(10)
                .allSatisfy(item -> assertThat((String) item.get("explanation")).isNotBlank())
                .noneSatisfy(item -> assertThat(item.get("questionId")).isEqualTo(retired.questionId()))
                .noneSatisfy(item -> assertThat(item.get("questionId")).isEqualTo(catalogue.get(6).questionId()));
        assertThat(items).extracting(item -> item.get("reason")).isSubsetOf("WEAK_AREA", "NEW");
        assertThat(items).extracting(item -> item.get("questionId"))
                .doesNotContain(catalogue.get(4).questionId(), catalogue.get(5).questionId());
        assertThat((List<?>) next.get("focus")).hasSize(4);

        Map<String, Object> forSessions = new ApiClient(port, "session-service", "SERVICE")
                .get("/internal/learners/" + learner + "/next-questions?limit=10", Map.class).getBody();
        assertThat((List<Map<String, Object>>) forSessions.get("items"))
                .as("session-service gets each item with the words the learner sees here")
                .extracting(item -> item.get("questionId") + " " + item.get("reason") + " " + item.get("explanation"))
                .containsExactlyElementsOf(items.stream().map(item -> item.get("questionId") + " " + item.get("reason")
                        + " " + item.get("explanation")).toList());
        assertThat((List<?>) forSessions.get("questionIds")).hasSize(10);
    }

    @Test
    void eachAnswerPublishesTheLearnerModelWithReadiness() {
        String learner = "model-" + UUID.randomUUID();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers",
                TestServers.kafka().bootstrapServers(), "group.id", "it-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer());
             EventPublisher publisher = new EventPublisher()) {
            consumer.subscribe(List.of(Topics.LEARNER_MODEL_CHANGED));
            publisher.publish(List.of(Answers.answer(learner, "q-x", "3.1", true, "MEDIUM", Instant.now())));
            List<String> events = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (learner.equals(r.key())) {
                        events.add(r.value());
                    }
                });
                return !events.isEmpty();
            });
            assertThat(events.getFirst()).contains("\"predictedScore\"", "\"passProbability\"", "\"taskStatements\"");
        }
    }

    @Test
    void aStudyPlanRunsToTheExamDateWithinTheDailyBudget() {
        ApiClient client = new ApiClient(port, "planner-" + UUID.randomUUID(), "LEARNER");
        LocalDate exam = LocalDate.now(ZoneOffset.UTC).plusDays(21);

        Map<String, Object> plan = client.get("/api/recommendations/plan?examDate=" + exam + "&minutesPerDay=45",
                Map.class).getBody();

        List<Map<String, Object>> days = (List<Map<String, Object>>) plan.get("days");
        assertThat(days).isNotEmpty().allSatisfy(day -> assertThat((Integer) day.get("minutes")).isLessThanOrEqualTo(45));
        assertThat(plan).containsKeys("expectedReadiness", "readinessNow");
    }

    @Test
    void aPlanNeedsAnExamDateAfterTodayAndWithinAYear() {
        ApiClient client = new ApiClient(port, "planner-" + UUID.randomUUID(), "LEARNER");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertExamDateProblem(client.get(PLAN + "yesterday", Map.class), "must be a date like 2026-12-31");
        assertExamDateProblem(client.get(PLAN + "2020-01-01", Map.class), "must be after today");
        assertExamDateProblem(client.get(PLAN + today, Map.class), "must be after today");
        assertExamDateProblem(client.get(PLAN + today.plusYears(1).plusDays(1), Map.class), "must be within a year");
        assertExamDateProblem(client.get("/api/recommendations/plan", Map.class), "is required");
        assertThat(client.get(PLAN + today.plusDays(1), Map.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void recommendationsTakeAnOptionalExamDateCheckedLikeThePlans() {
        ApiClient client = new ApiClient(port, "queue-" + UUID.randomUUID(), "LEARNER");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String queue = "/api/recommendations?limit=5&examDate=";

        assertExamDateProblem(client.get(queue + "soon", Map.class), "must be a date like 2026-12-31");
        assertExamDateProblem(client.get(queue + today, Map.class), "must be after today");
        assertExamDateProblem(client.get(queue + today.plusYears(2), Map.class), "must be within a year");
        assertThat(client.get(queue + today.plusDays(30), Map.class).getStatusCode().value()).isEqualTo(200);
        assertThat(client.get("/api/recommendations?limit=5", Map.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theExamDateIsJudgedByTheServiceClock() {
        ApiClient client = new ApiClient(port, "planner-" + UUID.randomUUID(), "LEARNER");
        LocalDate inThreeWeeks = LocalDate.now(ZoneOffset.UTC).plusDays(21);
        clock.advance(Duration.ofDays(30));
        try {
            assertExamDateProblem(client.get(PLAN + inThreeWeeks, Map.class), "must be after today");
        } finally {
            clock.resetToSystemTime();
        }
    }

    private static void assertExamDateProblem(ResponseEntity<Map> response, String message) {
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .containsExactly(Map.of("field", "examDate", "message", message));
    }

    @Test
    void anExamItemLeftUnansweredIsNoReviewAndMovesNoMastery() {
        String learner = "skipper-" + UUID.randomUUID();
        Instant at = Instant.now();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(List.of(Answers.omitted(learner, "q-skipped", "1.2", at),
                    Answers.answer(learner, "q-answered", "1.2", true, null, at.plusSeconds(60))));
        }
        ApiClient client = new ApiClient(port, learner, "LEARNER");

        await().atMost(Duration.ofSeconds(20)).until(() ->
                client.get("/api/recommendations/memory/q-answered", Map.class).getStatusCode().value() == 200);
        assertThat(client.get("/api/recommendations/memory/q-skipped", Map.class).getStatusCode().value())
                .as("the omission, ahead of the answer on the learner's partition, was no review").isEqualTo(404);
    }

    @Test
    void learnersSeeOnlyTheirOwnMemoryAndServicesAloneReachTheInternalEndpoint() {
        String owner = "owner-" + UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(List.of(Answers.answer(owner, "q-private", "4.3", true, null, Instant.now())));
        }
        ApiClient ownerClient = new ApiClient(port, owner, "LEARNER");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                ownerClient.get("/api/recommendations/memory/q-private", Map.class).getStatusCode().value() == 200);

        assertThat(new ApiClient(port, "someone-else", "LEARNER").get("/api/recommendations/memory/q-private",
                Map.class).getStatusCode().value()).isEqualTo(404);
        assertThat(ownerClient.get("/internal/learners/" + owner + "/next-questions", Map.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(new ApiClient(port, "session-service", "SERVICE").get("/internal/learners/" + owner
                + "/next-questions?limit=5", Map.class).getStatusCode().value()).isEqualTo(200);
        assertThat(new ApiClient(port, "teacher", "INSTRUCTOR").get("/api/recommendations", Map.class)
                .getStatusCode().value()).isEqualTo(403);
    }
}
