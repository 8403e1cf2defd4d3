package io.mlaprep.recommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.recommender.learner.persistence.LearnerStore;
import io.mlaprep.recommender.redis.RedisKeys;
import io.mlaprep.recommender.support.Answers;
import io.mlaprep.recommender.support.RecommenderServiceTest;
import io.mlaprep.recommender.support.StoredLearner;
import io.mlaprep.testsupport.EventPublisher;
import io.mlaprep.testsupport.TestServers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/** Replaying the answer topic into an empty store rebuilds the learners' state byte for byte. */
@RecommenderServiceTest
class ReplayIT {

    @Autowired
    LearnerStore store;
    @Autowired
    RedisKeys keys;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void replayingTheAnswerTopicIntoAnEmptyStoreReproducesIdenticalState() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<QuestionChanged> catalogue = Answers.catalogue("replay" + run, 5);
        Random random = new Random(99);
        List<String> learners = List.of("ra-" + run, "rb-" + run, "rc-" + run);
        List<AnswerSubmitted> answers = new ArrayList<>();
        Instant start = Instant.parse("2026-06-01T07:30:00Z");
        for (String learner : learners) {
            answers.addAll(Answers.history(learner, catalogue, 80, 0.6, start, random));
        }
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(answers);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> learners.stream()
                .allMatch(l -> store.mastery(l).map(m -> m.totalAnswers() == 80).orElse(false)));
        Map<String, Map<String, String>> first = snapshot(learners);

        listeners.getListenerContainers().forEach(container -> container.stop());
        learners.forEach(learner -> redis.delete(keys.learnerState(learner)));
        assertThat(snapshot(learners).values()).allMatch(Map::isEmpty);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestServers.kafka().bootstrapServers()))) {
            admin.deleteConsumerGroups(List.of("recommender-service")).all().get();
        }
        listeners.getListenerContainers().forEach(container -> container.start());
        await().atMost(Duration.ofSeconds(60)).until(() -> learners.stream()
                .allMatch(l -> store.mastery(l).map(m -> m.totalAnswers() == 80).orElse(false)));

        assertThat(snapshot(learners)).isEqualTo(first);
        assertThat(first.get(learners.getFirst())).hasSizeGreaterThan(10)
                .containsKey(keys.learner(learners.getFirst()) + " m");
        assertThat(first.get(learners.getFirst()).keySet())
                .anyMatch(field -> field.startsWith(keys.learner(learners.getFirst()) + ":q"));
    }

    /** Per learner, every field of every key holding their state, values as hex. */
    private Map<String, Map<String, String>> snapshot(List<String> learners) {
        Map<String, Map<String, String>> state = new LinkedHashMap<>();
        for (String learner : learners) {
            state.put(learner, StoredLearner.dump(redis, keys, learner));
        }
        return state;
    }
}
