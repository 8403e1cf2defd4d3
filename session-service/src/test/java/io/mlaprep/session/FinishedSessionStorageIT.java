package io.mlaprep.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.session.catalog.application.QuestionCatalog;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.domain.SessionState;
import io.mlaprep.session.delivery.domain.SessionStatus;
import io.mlaprep.session.delivery.persistence.SessionKeys;
import io.mlaprep.session.delivery.persistence.SessionStore;
import io.mlaprep.session.support.Answers;
import io.mlaprep.session.support.LearnerClient;
import io.mlaprep.session.support.SessionServiceTest;
import io.mlaprep.testsupport.MutableClock;
import io.mlaprep.testsupport.RedisFootprint;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.ResponseEntity;

/** How a finished session is kept in real Redis: its items together in one compressed field. */
@SessionServiceTest
class FinishedSessionStorageIT {

    @LocalServerPort
    int port;
    @Autowired
    SessionStore store;
    @Autowired
    SessionKeys keys;
    @Autowired
    QuestionCatalog catalog;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.resetToSystemTime();
    }

    @Test
    void aFinishedExamReadsBackAsItWasFinishedFromSixFieldsInUnder4Kilobytes() {
        LearnerClient learner = new LearnerClient(port, "compact-" + UUID.randomUUID());
        String exam = learner.startId(Map.of("mode", "EXAM"));
        Random pace = new Random(11);
        for (SessionItem item : store.load(learner.id(), exam).orElseThrow().items()) {
            clock.advance(Duration.ofSeconds(5 + pace.nextInt(20)));
            learner.item(exam, item.n());
            clock.advance(Duration.ofSeconds(20 + pace.nextInt(100)));
            Map<String, Object> answer = pace.nextBoolean() ? Answers.right(question(item)) : Answers.wrong(question(item));
            learner.respond(exam, item.n(), Answers.with(Answers.with(answer, "confidence", "HIGH"),
                    "requestId", UUID.randomUUID().toString()));
        }
        SessionState open = store.load(learner.id(), exam).orElseThrow();

        ResponseEntity<Map> result = learner.finish(exam);

        String key = keys.session(learner.id(), exam);
        SessionState finished = store.load(learner.id(), exam).orElseThrow();
        assertThat(finished.session().status()).isEqualTo(SessionStatus.FINISHED);
        assertThat(finished.shown()).isEqualTo(open.shown()).hasSize(65);
        assertThat(finished.items()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("correct", "requestId")
                .isEqualTo(open.items());
        assertThat(finished.items()).allSatisfy(item -> assertThat(item.requestId()).isNull());
        assertThat(finished.items()).filteredOn(SessionItem::scored)
                .filteredOn(item -> Boolean.TRUE.equals(item.correct())).hasSize((Integer) result.getBody().get("correctCount"));
        assertThat(finished.result().scaledScore()).isEqualTo(result.getBody().get("scaledScore"));
        assertThat(redis.opsForHash().keys(key)).containsExactlyInAnyOrder("meta", "rev", "status", "finishedAt",
                "result", "z");
        assertThat(RedisFootprint.bytes(redis, key)).isLessThanOrEqualTo(4096);
        assertThat(redis.getExpire(key)).isGreaterThan(Duration.ofDays(29).toSeconds());
    }

    @Test
    void aPracticeAnswerSentAgainAfterTheFinishIsStillRecognisedAsTheSameAnswer() {
        LearnerClient learner = new LearnerClient(port, "replay-" + UUID.randomUUID());
        String practice = learner.startId(Map.of("mode", "PRACTICE", "size", 2));
        SessionItem first = store.load(learner.id(), practice).orElseThrow().item(0);
        Map<String, Object> answer = Answers.with(Answers.right(question(first)), "requestId", "answer-0");
        ResponseEntity<Map> original = learner.respond(practice, 0, answer);
        learner.finish(practice);

        ResponseEntity<Map> again = learner.respond(practice, 0, answer);

        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(again.getBody()).isEqualTo(original.getBody());
        assertThat(learner.respond(practice, 1, Answers.right(question(store.load(learner.id(), practice)
                .orElseThrow().item(1)))).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void aSessionFinishedWithAFieldPerItemStillReads() {
        LearnerClient learner = new LearnerClient(port, "legacy-" + UUID.randomUUID());
        String practice = learner.startId(Map.of("mode", "PRACTICE", "size", 3));
        SessionItem first = store.load(learner.id(), practice).orElseThrow().item(0);
        learner.item(practice, 0);
        learner.respond(practice, 0, Answers.right(question(first)));
        SessionState open = store.load(learner.id(), practice).orElseThrow();
        // what a finish wrote before finished items were kept together
        redis.opsForHash().putAll(keys.session(learner.id(), practice), Map.of("status", "FINISHED",
                "finishedAt", Long.toString(clock.millis()), "result",
                "{\"correctCount\":1,\"scoredCount\":1,\"domains\":[{\"domain\":" + first.domain()
                        + ",\"correct\":1,\"total\":1}]}"));

        SessionState finished = store.load(learner.id(), practice).orElseThrow();

        assertThat(finished.items()).isEqualTo(open.items());
        assertThat(finished.shown()).isEqualTo(open.shown()).containsOnlyKeys(0);
        assertThat(finished.result().correctCount()).isEqualTo(1);
        assertThat((List<?>) learner.review(practice).getBody().get("items")).hasSize(3);
    }

    private CatalogItem question(SessionItem item) {
        return catalog.version(item.questionId(), item.version());
    }
}
