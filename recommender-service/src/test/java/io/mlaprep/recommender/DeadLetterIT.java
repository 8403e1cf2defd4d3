package io.mlaprep.recommender;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.Event;
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
import io.mlaprep.testsupport.DeadLetters;
import io.mlaprep.testsupport.EventPublisher;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

    @Test
    void anEventThatBreaksItsTopicsSchemaOnEveryTopicIsDeadLetteredByTheGateAndChangesNothing() {
        String learner = "schema-" + UUID.randomUUID();
        String question = "schema-q-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.now();
        List<Event> breaking = List.of(
                Answers.answer(learner, question, "2.1", true, "HIGH", at),
                new SessionCompleted(UUID.randomUUID(), SessionCompleted.SCHEMA_VERSION, at, learner, "exam-" + learner,
                        "EXAM", at.minusSeconds(7_800), at, 800, true, List.of()),
                new QuestionChanged(UUID.randomUUID(), QuestionChanged.SCHEMA_VERSION, at, question, 1,
                        QuestionChanged.Status.ACTIVE, 2, "2.1", QuestionType.MULTIPLE_CHOICE, 0.0));

        DeadLetters.publishBreakingTheirSchema(breaking);

        DeadLetters.awaitRejectedForTheirSchema(breaking);
        assertThat(store.mastery(learner)).isEmpty();
        assertThat(redis.opsForHash().hasKey(RedisKeys.catalog(), question)).isFalse();
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(String topic, String key) {
        return DeadLetters.await(topic, record -> key.equals(record.key()));
    }

    private static List<String> exceptionClasses(ConsumerRecord<String, String> record) {
        return DeadLetters.exceptionClasses(record);
    }
}
