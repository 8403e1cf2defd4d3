package io.mlaprep.recommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.DomainResult;
import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.LearnerModelChanged;
import io.mlaprep.contracts.SessionCompleted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.recommender.experiment.persistence.ExperimentStore;
import io.mlaprep.recommender.redis.RedisKeys;
import io.mlaprep.recommender.support.Answers;
import io.mlaprep.recommender.support.RecommenderServiceTest;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.EventPublisher;
import io.mlaprep.testsupport.TestServers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * A policy experiment on 1,000 learners through real Kafka and Redis: the split, the arm on the learner-model
 * events, stickiness across a restart (even with the split changed underneath) and the report over HTTP.
 */
@RecommenderServiceTest
class ExperimentIT {

    private static final int LEARNERS = 1_000;
    private static final int STRONG = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ExperimentStore store;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void learnersSplitEvenlyKeepTheirArmAcrossARestartAndAreReportedPerArm() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        ApiClient admin = new ApiClient(port, "admin-" + run, "ADMIN");
        ResponseEntity<Map> created = admin.post("/api/experiments", Map.of("name", "Lower retention " + run,
                "arms", List.of(Map.of("name", "control", "sharePercent", 50),
                        Map.of("name", "retention-85", "sharePercent", 50,
                                "variant", Map.of("targetRetention", 0.85)))), Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String id = (String) created.getBody().get("id");
        assertThat(created.getHeaders().getLocation()).hasPath("/api/experiments/" + id);
        try {
            runExperiment(run, id, admin);
        } finally {
            admin.post("/api/experiments/" + id + "/stop", Map.of(), Map.class);
        }
    }

    private void runExperiment(String run, String id, ApiClient admin) {
        List<String> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            learners.add("x" + run + "-" + i);
        }
        Instant start = Instant.now().minus(Duration.ofDays(60));
        List<AnswerSubmitted> first = new ArrayList<>();
        for (String learner : learners) {
            first.add(Answers.answer(learner, "q-first", "1.1", true, null, start));
        }
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(first);
            // a few learners study hard, each on new items, so their readiness reaches 0.8 (some sooner)
            for (int i = 0; i < STRONG; i++) {
                publisher.publish(strongHistory(learners.get(i), 2 * (i % 5), start));
            }
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> learners.stream()
                .allMatch(learner -> store.storedArm(id, learner).isPresent()));
        Map<String, String> arms = storedArms(id, learners);
        Map<String, Long> perArm = count(arms);
        System.out.println("ExperimentIT learners per arm: " + perArm);
        assertThat(perArm.keySet()).containsExactlyInAnyOrder("control", "retention-85");
        assertThat(perArm.values()).allSatisfy(n -> assertThat(n).isBetween(450L, 550L));

        Map<String, LearnerModelChanged> events = firstModelEvents(run, LEARNERS);
        assertThat(events).hasSize(LEARNERS).allSatisfy((learner, event) -> {
            assertThat(event.experiment()).isEqualTo(new LearnerModelChanged.ExperimentArm(id, arms.get(learner)));
            assertThat(event.dueReview()).as("a first answer reviews nothing").isNull();
        });
        Map<String, Object> listed = ((List<Map<String, Object>>) admin.get("/api/experiments", List.class)
                .getBody()).stream().filter(e -> id.equals(e.get("id"))).findFirst().orElseThrow();
        assertThat(listed).containsEntry("status", "ACTIVE").containsEntry("learners", LEARNERS);
        assertThat((List<Map<String, Object>>) listed.get("arms")).extracting(arm -> arm.get("learners"))
                .containsExactly(perArm.get("control").intValue(), perArm.get("retention-85").intValue());

        // the split changed underneath (90/10), then a restart: a fresh context on the same Redis and Kafka
        String original = (String) redis.opsForHash().get(RedisKeys.experiments(), id);
        redis.opsForHash().put(RedisKeys.experiments(), id, original.replaceFirst("\"sharePercent\":50",
                "\"sharePercent\":90").replaceFirst("\"sharePercent\":50", "\"sharePercent\":10"));
        listeners.getListenerContainers().forEach(container -> container.stop());
        ConfigurableApplicationContext restarted = null;
        try {
            // a command-line argument: default properties (builder.properties) lose to application.yml's 8084
            restarted = new SpringApplicationBuilder(RecommenderServiceApplication.class).run("--server.port=0");
            ExperimentStore restartedStore = restarted.getBean(ExperimentStore.class);
            int restartedPort = Integer.parseInt(restarted.getEnvironment().getProperty("local.server.port"));
            assertThat(storedArms(id, learners, restartedStore)).isEqualTo(arms);

            // each learner reviews the first item a month later (due: recall has fallen below 0.9)
            List<AnswerSubmitted> reviews = new ArrayList<>();
            for (int i = 0; i < LEARNERS; i++) {
                reviews.add(Answers.answer(learners.get(i), "q-first", "1.1", i % 10 < 7, null,
                        start.plus(Duration.ofDays(30))));
            }
            try (EventPublisher publisher = new EventPublisher()) {
                publisher.publish(reviews);
            }
            ApiClient restartedAdmin = new ApiClient(restartedPort, "admin-" + run, "ADMIN");
            await().atMost(Duration.ofSeconds(120)).until(() -> dueReviews(restartedAdmin, id) == LEARNERS);
            assertThat(storedArms(id, learners, restartedStore)).as("nobody moved, though the split is 90/10 now")
                    .isEqualTo(arms);
            redis.opsForHash().put(RedisKeys.experiments(), id, original);

            List<SessionCompleted> sessions = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                sessions.add(exam(learners.get(i), "EXAM", 500 + (i * 37) % 400));
            }
            sessions.add(exam(learners.get(0), "PRACTICE", null));
            sessions.add(exam("nobody-" + run, "EXAM", 990));
            try (EventPublisher publisher = new EventPublisher()) {
                publisher.publish(sessions);
                publisher.publish(sessions.subList(0, 10)); // redelivered: counted once
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> examScores(restartedAdmin, id) == 200);

            assertReport(restartedAdmin.get("/api/experiments/" + id + "/report", Map.class), id, perArm);
            assertAccess(restartedPort, id, run);
        } finally {
            if (restarted != null) {
                restarted.close();
            }
            listeners.getListenerContainers().forEach(container -> container.start());
        }
    }

    private void assertReport(ResponseEntity<Map> response, String id, Map<String, Long> perArm) {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        Map<String, Object> report = response.getBody();
        System.out.println("ExperimentIT report: " + JSON.writeValueAsString(report));
        assertThat(report).containsEntry("id", id).containsEntry("status", "ACTIVE");
        List<Map<String, Object>> arms = (List<Map<String, Object>>) report.get("arms");
        assertThat(arms).extracting(arm -> arm.get("name")).containsExactly("control", "retention-85");
        assertThat(arms).extracting(arm -> arm.get("sharePercent")).containsExactly(50, 50);
        assertThat(arms.stream().mapToInt(arm -> (Integer) arm.get("learners")).sum()).isEqualTo(LEARNERS);
        int reached = 0;
        for (Map<String, Object> arm : arms) {
            assertThat(arm.get("learners")).isEqualTo(perArm.get((String) arm.get("name")).intValue());
            Map<String, Object> toReady = (Map<String, Object>) arm.get("answersToReady");
            reached += (Integer) toReady.get("reached");
            assertThat(toReady.get("learners")).isEqualTo(arm.get("learners"));
            assertOrdered(toReady, "shareLow", "share", "shareHigh");
            if ((Integer) toReady.get("reached") >= 2) {
                assertOrdered(toReady, "meanLow", "mean", "meanHigh");
            }
            Map<String, Object> exams = (Map<String, Object>) arm.get("examScores");
            assertOrdered(exams, "low", "mean", "high");
            assertThat(number(exams, "mean")).isBetween(500.0, 900.0);
            Map<String, Object> recall = (Map<String, Object>) arm.get("dueRecall");
            assertThat(recall.get("n")).isEqualTo(arm.get("learners"));
            assertOrdered(recall, "low", "rate", "high");
            assertThat(number(recall, "rate")).isBetween(0.6, 0.8);
        }
        assertThat(reached).as("the strong learners, whose readiness reached 0.8").isEqualTo(STRONG);
        assertThat(arms.getFirst().get("versusControl")).isNull();
        Map<String, Map<String, Object>> versus = (Map<String, Map<String, Object>>) arms.get(1).get("versusControl");
        assertThat(versus).containsKeys("readyShare", "answersToReadyMean", "examScoreMean", "dueRecallRate");
        assertOrdered(versus.get("examScoreMean"), "low", "difference", "high");
        assertOrdered(versus.get("dueRecallRate"), "low", "difference", "high");
    }

    private void assertAccess(int port, String id, String run) {
        ApiClient instructor = new ApiClient(port, "teacher-" + run, "INSTRUCTOR");
        ApiClient learner = new ApiClient(port, "x" + run + "-0", "LEARNER");
        ApiClient admin = new ApiClient(port, "admin-" + run, "ADMIN");
        Map<String, Object> twoArms = Map.of("name", "another", "arms", List.of(
                Map.of("name", "a", "sharePercent", 50), Map.of("name", "b", "sharePercent", 50)));

        assertThat(instructor.get("/api/experiments/" + id + "/report", Map.class).getStatusCode().value())
                .isEqualTo(200);
        assertThat(instructor.get("/api/experiments", List.class).getStatusCode().value()).isEqualTo(200);
        assertThat(instructor.post("/api/experiments", twoArms, Map.class).getStatusCode().value()).isEqualTo(403);
        assertThat(learner.get("/api/experiments", Map.class).getStatusCode().value()).isEqualTo(403);
        assertThat(learner.get("/api/experiments/" + id + "/report", Map.class).getStatusCode().value())
                .isEqualTo(403);
        assertThat(learner.post("/api/experiments", Map.of("name", ""), Map.class).getStatusCode().value())
                .as("refused before the body is read").isEqualTo(403);
        assertThat(admin.get("/api/experiments/no-such-experiment/report", Map.class).getStatusCode().value())
                .isEqualTo(404);
        assertThat(admin.get("/api/experiments/no-such-experiment", Map.class).getStatusCode().value())
                .isEqualTo(404);

        ResponseEntity<Map> conflict = admin.post("/api/experiments", twoArms, Map.class);
        assertThat(conflict.getStatusCode().value()).isEqualTo(409);
        assertThat(conflict.getBody()).containsEntry("activeExperiment", id);

        ResponseEntity<Map> invalid = admin.post("/api/experiments", Map.of("name", "uneven", "arms", List.of(
                Map.of("name", "a", "sharePercent", 60), Map.of("name", "b", "sharePercent", 60,
                        "variant", Map.of("spreadDecay", 0)))), Map.class);
        assertThat(invalid.getStatusCode().value()).isEqualTo(400);
        assertThat(invalid.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<Map<String, Object>>) invalid.getBody().get("errors")).containsExactlyInAnyOrder(
                Map.of("field", "arms[1].variant.spreadDecay", "message", "must be above 0 and at most 1"),
                Map.of("field", "arms", "message", "shares must add up to 100, not 120"));
    }

    /** Wrong on the first {@code wrongFirst} items, right on every one after. */
    private static List<AnswerSubmitted> strongHistory(String learner, int wrongFirst, Instant start) {
        List<AnswerSubmitted> history = new ArrayList<>();
        List<ExamGuide.TaskStatement> tasks = ExamGuide.allTaskStatements();
        for (int i = 0; i < 120; i++) {
            String task = tasks.get(i % tasks.size()).id();
            history.add(Answers.answer(learner, "q-strong-" + i, task, i >= wrongFirst, "HIGH",
                    start.plus(Duration.ofMinutes(10L * (i + 1)))));
        }
        return history;
    }

    private static SessionCompleted exam(String learner, String mode, Integer score) {
        Instant at = Instant.now();
        return new SessionCompleted(UUID.randomUUID(), SessionCompleted.SCHEMA_VERSION, at, learner,
                "exam-" + UUID.randomUUID(), mode, at.minus(Duration.ofHours(2)), at, score,
                score == null ? null : score >= 720, List.<DomainResult>of());
    }

    private static int dueReviews(ApiClient client, String id) {
        return sum(client, id, "dueRecall", "n");
    }

    private static int examScores(ApiClient client, String id) {
        return sum(client, id, "examScores", "n");
    }

    private static int sum(ApiClient client, String id, String part, String field) {
        Map<String, Object> report = client.get("/api/experiments/" + id + "/report", Map.class).getBody();
        return ((List<Map<String, Object>>) report.get("arms")).stream()
                .mapToInt(arm -> (Integer) ((Map<String, Object>) arm.get(part)).get(field)).sum();
    }

    private Map<String, String> storedArms(String id, List<String> learners) {
        return storedArms(id, learners, store);
    }

    private static Map<String, String> storedArms(String id, List<String> learners, ExperimentStore store) {
        Map<String, String> arms = new HashMap<>();
        learners.forEach(learner -> arms.put(learner, store.storedArm(id, learner).orElse(null)));
        return arms;
    }

    private static Map<String, Long> count(Map<String, String> arms) {
        Map<String, Long> counts = new HashMap<>();
        arms.values().forEach(arm -> counts.merge(arm, 1L, Long::sum));
        return counts;
    }

    /** Each learner's first learner-model event of this run, read from the topic. */
    private static Map<String, LearnerModelChanged> firstModelEvents(String run, int expected) {
        Map<String, LearnerModelChanged> first = new HashMap<>();
        Predicate<String> ofThisRun = key -> key != null && key.startsWith("x" + run + "-");
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers",
                TestServers.kafka().bootstrapServers(), "group.id", "experiment-it-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.LEARNER_MODEL_CHANGED));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(record -> {
                    if (ofThisRun.test(record.key())) {
                        LearnerModelChanged event = JSON.readValue(record.value(), LearnerModelChanged.class);
                        first.merge(record.key(), event, (kept, later) ->
                                later.occurredAt().isBefore(kept.occurredAt()) ? later : kept);
                    }
                });
                return first.size() == expected;
            });
        }
        return first;
    }

    private static void assertOrdered(Map<String, Object> values, String low, String value, String high) {
        assertThat(values.get(low)).as(low).isNotNull();
        assertThat(number(values, low)).isLessThanOrEqualTo(number(values, value));
        assertThat(number(values, value)).isLessThanOrEqualTo(number(values, high));
    }

    private static double number(Map<String, Object> values, String name) {
        return ((Number) values.get(name)).doubleValue();
    }
}
