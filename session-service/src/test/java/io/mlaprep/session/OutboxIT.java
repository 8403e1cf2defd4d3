package io.mlaprep.session;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.contracts.Topics;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.session.catalog.application.QuestionCatalog;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.persistence.SessionKeys;
import io.mlaprep.session.delivery.persistence.SessionStore;
import io.mlaprep.session.support.Answers;
import io.mlaprep.session.support.EventTap;
import io.mlaprep.session.support.LearnerClient;
import io.mlaprep.session.support.SessionServiceTest;
import io.mlaprep.testsupport.TestServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import tools.jackson.databind.JsonNode;

/** Answers are acknowledged once durable in Redis with their outbox entry; Kafka being away loses nothing. */
@SessionServiceTest
class OutboxIT {

    @LocalServerPort
    int port;
    @Autowired
    SessionStore store;
    @Autowired
    QuestionCatalog catalog;
    @Autowired
    SessionKeys keys;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    RedisConnectionFactory connections;

    @Test
    void anAnswerAnnouncesItsOutboxEntryOnTheChannelTheRelayListensOn() throws Exception {
        LearnerClient learner = new LearnerClient(port, "announce-" + UUID.randomUUID());
        String session = learner.startId(Map.of("mode", "PRACTICE", "size", 1));
        SessionItem item = store.load(learner.id(), session).orElseThrow().item(0);
        String outbox = keys.outboxOf(learner.id());
        BlockingQueue<String> announced = new LinkedBlockingQueue<>();
        RedisMessageListenerContainer listener = new RedisMessageListenerContainer();
        listener.setConnectionFactory(connections);
        listener.addMessageListener((message, pattern) -> announced.add(new String(message.getChannel(), UTF_8)),
                ChannelTopic.of(outbox));
        listener.afterPropertiesSet();
        listener.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> subscribers(outbox) >= 2);

            learner.respond(session, 0, Answers.right(catalog.version(item.questionId(), item.version())));

            assertThat(announced.poll(5, TimeUnit.SECONDS)).isEqualTo(outbox);
        } finally {
            listener.stop();
            listener.destroy();
        }
        // the service's relay listens on every shard's outbox. Other test classes' cached contexts are session-services
        // too, each with its relay on every shard, so the count is per live context, not 1; it is the same on every
        // shard once this test's listener has let go of its own
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            List<Long> perShard = new ArrayList<>();
            for (int shard = 0; shard < keys.shards(); shard++) {
                perShard.add(subscribers(keys.outbox(shard)));
            }
            assertThat(perShard).allMatch(count -> count >= 1).containsOnly(perShard.getFirst());
        });
    }

    private long subscribers(String channel) {
        return redis.execute(RedisScript.of("return redis.call('PUBSUB', 'NUMSUB', ARGV[1])[2]", Long.class),
                List.of(), channel);
    }

    @Test
    void responsesAcceptedWhileKafkaIsDownArriveExactlyOnceWhenItReturns() {
        LearnerClient learner = new LearnerClient(port, "outbox-" + UUID.randomUUID());
        List<String> sessions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String session = learner.startId(Map.of("mode", "PRACTICE", "size", 10));
            sessions.add(session);
            store.load(learner.id(), session).orElseThrow().items()
                    .forEach(item -> catalog.version(item.questionId(), item.version()));
        }

        TestServers.kafka().stop();
        int accepted = 0;
        try {
            for (String session : sessions) {
                for (SessionItem item : store.load(learner.id(), session).orElseThrow().items()) {
                    CatalogItem question = catalog.version(item.questionId(), item.version());
                    if (learner.respond(session, item.n(), Answers.right(question)).getStatusCode().value() == 200) {
                        accepted++;
                    }
                }
            }
        } finally {
            TestServers.kafka().start();
        }

        assertThat(accepted).isEqualTo(100);
        try (EventTap answers = new EventTap(Topics.ANSWER_SUBMITTED, e -> learner.id().equals(e.get("learnerId").asString()))) {
            answers.await(100, Duration.ofSeconds(60));
            List<JsonNode> events = answers.settle(Duration.ofSeconds(3));
            assertThat(events).hasSize(100);
            assertThat(events.stream().map(e -> e.get("eventId").asString()).distinct()).hasSize(100);
            assertThat(events.stream().map(e -> e.get("sessionId").asString() + "#" + e.get("itemIndex").asInt())
                    .distinct()).hasSize(100);
        }
    }
}
