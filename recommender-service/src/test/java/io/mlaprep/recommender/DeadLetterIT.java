package io.mlaprep.recommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.SessionCompleted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.recommender.learner.persistence.LearnerStore;
import io.mlaprep.recommender.redis.RedisKeys;
import io.mlaprep.recommender.support.Answers;
import io.mlaprep.recommender.support.RecommenderServiceTest;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.EventPublisher;
import io.mlaprep.testsupport.TestServers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

/** A record against the contract goes to its topic's DLT at once, as a poison record, and breaks nothing behind it. */
@RecommenderServiceTest
class DeadLetterIT {

    @LocalServerPort
    int port;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    LearnerStore store;

    @Test
    void aQuestionWhoseTaskStatementIsNotInItsDomainIsDeadLetteredAndRecommendationsStillWork() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        QuestionChanged misplaced = new QuestionChanged(UUID.randomUUID(), QuestionChanged.SCHEMA_VERSION,
                Instant.now(), "misplaced-" + run, 1, QuestionChanged.Status.ACTIVE, 3, "1.1",
                QuestionType.MULTIPLE_CHOICE, 0.0);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(List.of(misplaced));
            publisher.publish(Answers.catalogue("dl" + run, 1));
        }

        ConsumerRecord<String, String> dead = awaitDeadLetter(Topics.QUESTION_CHANGED, misplaced.questionId());

        assertThat(exceptionClasses(dead)).contains(PoisonRecordException.class.getName());
        assertThat(redis.opsForHash().hasKey(RedisKeys.catalog(), misplaced.questionId())).isFalse();
        assertThat(new ApiClient(port, "learner-" + run, "LEARNER").get("/api/recommendations?limit=5", Map.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(new ApiClient(port, "session-service", "SERVICE").get("/internal/learners/learner-" + run
                + "/next-questions?limit=5", Map.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anAnswerWithAnUnknownConfidenceIsDeadLetteredWithoutRetries() {
        String learner = "unsure-" + UUID.randomUUID();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(List.of(Answers.answer(learner, "q-unsure", "2.1", true, "SURE", Instant.now())));
        }

        ConsumerRecord<String, String> dead = awaitDeadLetter(Topics.ANSWER_SUBMITTED, learner);

        assertThat(exceptionClasses(dead)).contains(PoisonRecordException.class.getName());
        assertThat(store.mastery(learner)).isEmpty();
    }

    @Test
    void aSessionEventWithAScaledScoreOutOfRangeIsDeadLetteredWithoutRetries() {
        String learner = "overscored-" + UUID.randomUUID();
        Instant at = Instant.now();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(List.of(new SessionCompleted(UUID.randomUUID(), SessionCompleted.SCHEMA_VERSION, at,
                    learner, "exam-" + learner, "EXAM", at.minusSeconds(7_800), at, 5_000, true, List.of())));
        }

        ConsumerRecord<String, String> dead = awaitDeadLetter(Topics.SESSION_COMPLETED, learner);

        assertThat(exceptionClasses(dead)).contains(PoisonRecordException.class.getName());
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(String topic, String key) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers",
                TestServers.kafka().bootstrapServers(), "group.id", "dlt-reader-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(topic)));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(300)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
        }
        return found.getFirst();
    }

    /** The exception and cause classes the dead-letter recoverer recorded in the record's headers. */
    private static List<String> exceptionClasses(ConsumerRecord<String, String> record) {
        List<String> classes = new ArrayList<>();
        for (Header header : record.headers()) {
            if (header.key().endsWith("fqcn")) {
                classes.add(new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return classes;
    }
}
