package io.mlaprep.recommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.Topics;
import io.mlaprep.recommender.learner.persistence.LearnerStore;
import io.mlaprep.recommender.redis.RedisKeys;
import io.mlaprep.recommender.support.Answers;
import io.mlaprep.recommender.support.RecommenderServiceTest;
import io.mlaprep.recommender.support.StoredLearner;
import io.mlaprep.servicedefaults.outbox.RelayCrash;
import io.mlaprep.testsupport.ConsumerGroups;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * An outbox relay killed between Kafka's acknowledgement and its delete sends its batch again after the restart.
 * The copies, at new offsets, change nothing: the inbound gate knows their event ids.
 */
@RecommenderServiceTest
class RelayCrashIT {

    @Autowired
    LearnerStore store;
    @Autowired
    RedisKeys keys;
    @Autowired
    StringRedisTemplate redis;

    @Test
    void theBatchARelayKilledAfterTheAcknowledgementSendsAgainChangesNoLearnerState() throws Exception {
        String learner = "crash-" + UUID.randomUUID();
        Instant at = Instant.parse("2026-11-20T08:00:00Z");
        // two answers by one learner to the same question in one batch: the older is the one a re-send reapplied
        List<AnswerSubmitted> batch = List.of(
                Answers.answer(learner, "q-crash-1", "2.2", false, "LOW", at),
                Answers.answer(learner, "q-crash-1", "2.2", true, "HIGH", at.plus(Duration.ofHours(30))),
                Answers.answer(learner, "q-crash-2", "3.1", true, null, at.plus(Duration.ofHours(31))));

        try (RelayCrash relay = new RelayCrash(batch)) {
            relay.sendAndDie();
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    store.mastery(learner).map(m -> m.totalAnswers() == 3).orElse(false));
            Map<String, String> once = learnerState(learner);

            relay.restart();
            ConsumerGroups.awaitCaughtUp("recommender-service", Topics.ANSWER_SUBMITTED);

            assertThat(learnerState(learner)).isEqualTo(once);
        }
    }

    private Map<String, String> learnerState(String learner) {
        return StoredLearner.dump(redis, keys, learner);
    }
}
