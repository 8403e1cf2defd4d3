package io.mlaprep.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.analytics.support.AnalyticsServiceTest;
import io.mlaprep.testsupport.EventPublisher;
import io.mlaprep.analytics.support.Events;
import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.SessionCompleted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.testsupport.TestServers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Every event published twice, both copies in one shuffled burst (as producer retries would land them),
 * then every record redelivered after a consumer restart from the first offset: the views hold each
 * event exactly once, and the redelivery changes nothing, not even a revision.
 */
@AnalyticsServiceTest
class ExactlyOnceIT {

    private static final List<String> TOPICS = List.of(Topics.ANSWER_SUBMITTED, Topics.SESSION_COMPLETED,
            Topics.LEARNER_MODEL_CHANGED, Topics.QUESTION_CHANGED);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void twoCopiesOfEveryEventInOneShuffledBurstAndARestartCountEachEventOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> learners = List.of("a-" + run, "b-" + run, "c-" + run, "d-" + run);
        List<Object> events = events(learners, new Random(17));
        List<Object> twice = new ArrayList<>(events);
        twice.addAll(events);
        Collections.shuffle(twice, new Random(3));

        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(twice);
        }
        awaitCaughtUp();
        Map<String, Document> afterBurst = views(learners);
        long attemptsAfterBurst = attempts(events);

        listeners.getListenerContainers().forEach(container -> container.stop());
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestServers.kafka().bootstrapServers()))) {
            admin.deleteConsumerGroups(List.of("analytics-service")).all().get();
        }
        listeners.getListenerContainers().forEach(container -> container.start());
        awaitCaughtUp();

        Map<String, Document> afterRestart = views(learners);
        assertThat(afterRestart).isEqualTo(afterBurst);
        assertThat(attempts(events)).isEqualTo(attemptsAfterBurst).isEqualTo(2L * ExamGuide.QUESTION_COUNT);
        for (String learner : learners) {
            Document view = afterRestart.get(learner);
            assertThat(view.getInteger("answered")).as(learner).isEqualTo(85);
            assertThat(view.getInteger("correct")).as(learner).isEqualTo(correctAnswers(events, learner));
            assertThat(view.getList("exams", Document.class, List.of())).as(learner)
                    .hasSize(learner.startsWith("a-") || learner.startsWith("b-") ? 1 : 0);
            assertThat(view.get("model", Document.class)).as(learner).isNotNull();
        }
    }

    private static int correctAnswers(List<Object> events, String learner) {
        return (int) events.stream()
                .filter(e -> e instanceof AnswerSubmitted a && a.learnerId().equals(learner) && a.correct()).count();
    }

    private static List<Object> events(List<String> learners, Random random) {
        List<Object> events = new ArrayList<>();
        Instant start = Instant.parse("2026-11-01T09:00:00Z");
        List<ExamGuide.TaskStatement> tasks = ExamGuide.allTaskStatements();
        for (int l = 0; l < learners.size(); l++) {
            String learner = learners.get(l);
            for (int i = 0; i < 20; i++) {
                events.add(Events.answer(learner, "practice-" + learner, "PRACTICE", i, "q-" + (i % 7),
                        tasks.get(i % tasks.size()).id(), random.nextBoolean(), true, start.plusSeconds(i * 30L)));
            }
            if (l < 2) {
                events.addAll(Events.exam(learner, 30 + l * 10, start.plusSeconds(3_600), random));
            } else {
                for (int i = 0; i < 65; i++) {
                    events.add(Events.answer(learner, "drill-" + learner, "DRILL", i, "q-" + i, "3.2",
                            random.nextBoolean(), true, start.plusSeconds(4_000 + i * 20L)));
                }
            }
            events.add(Events.model(learner, 0.4 + l / 10.0, 650 + l * 30, 0.2 + l / 10.0, start.plusSeconds(9_000)));
        }
        return events;
    }

    private Map<String, Document> views(List<String> learners) {
        Query query = new Query(Criteria.where("_id").in(learners));
        query.fields().exclude("applied", "cohorts");
        return mongo.find(query, Document.class, "learner_views").stream()
                .collect(Collectors.toMap(d -> d.getString("_id"), d -> d));
    }

    /** Item attempts of the exams among the events. */
    private long attempts(List<Object> events) {
        return events.stream().filter(SessionCompleted.class::isInstance)
                .mapToLong(exam -> mongo.count(new Query(Criteria.where("_id")
                        .regex("^" + ((SessionCompleted) exam).sessionId() + "\\|")), "item_attempts"))
                .sum();
    }

    /** Waits until the analytics consumer group has committed every record of every topic it reads. */
    private static void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestServers.kafka().bootstrapServers()))) {
                Set<TopicPartition> partitions = admin.describeTopics(TOPICS).allTopicNames().get().values().stream()
                        .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                        .collect(Collectors.toSet());
                var ends = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
                var committed = admin.listConsumerGroupOffsets("analytics-service").partitionsToOffsetAndMetadata().get();
                return partitions.stream().allMatch(p -> ends.get(p).offset() == 0
                        || (committed.get(p) != null && committed.get(p).offset() >= ends.get(p).offset()));
            }
        });
    }
}
