package io.mlaprep.question.events.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.mlaprep.contracts.Topics;
import io.mlaprep.question.Questions;
import io.mlaprep.question.bank.domain.QuestionContent;
import io.mlaprep.question.bank.persistence.QuestionStore;
import io.mlaprep.servicedefaults.outbox.Outbox;
import io.mlaprep.servicedefaults.outbox.OutboxEntry;
import io.mlaprep.servicedefaults.outbox.OutboxRelay;
import io.mlaprep.servicedefaults.outbox.OutboxSettings;
import io.mlaprep.servicedefaults.outbox.OutboxStore;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.TestServers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two question-service relays (two instances, two owners) on one MongoDB wire store and one Kafka broker, as two
 * replicas run them: every question change reaches the topic exactly once, in version order per question, and
 * the outbox passes from one relay to the other when the first stops.
 */
@RealServers({Server.MONGO, Server.KAFKA})
class QuestionEventRelayIT {

    private static final int QUESTIONS = 50;
    private static final int EDITS = 3;
    private static final OutboxSettings SETTINGS = new OutboxSettings(Duration.ofMillis(50), 20,
            Duration.ofSeconds(30), Duration.ofSeconds(25));

    private final String run = "relay-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final JsonMapper json = JsonMapper.builder().build();
    private MongoClient client;
    private MongoTemplate mongo;
    private QuestionStore questions;
    private DefaultKafkaProducerFactory<String, String> producers;
    private final List<OutboxRelay> relays = new ArrayList<>();

    @BeforeEach
    void servers() throws Exception {
        client = MongoClients.create(TestServers.mongoConnectionString());
        mongo = new MongoTemplate(client, run);
        questions = new QuestionStore(mongo);
        String kafka = TestServers.kafka().bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka))) {
            admin.createTopics(List.of(new NewTopic(Topics.QUESTION_CHANGED, 6, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        producers = new DefaultKafkaProducerFactory<>(Map.of("bootstrap.servers", kafka, "acks", "all",
                "enable.idempotence", true, "delivery.timeout.ms", 20_000, "request.timeout.ms", 10_000),
                new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void close() {
        relays.forEach(OutboxRelay::stop);
        producers.destroy();
        client.getDatabase(run).drop();
        client.close();
    }

    @Test
    void twoRelaysPublishEveryQuestionChangeExactlyOnceInVersionOrder() {
        CountingStore first = new CountingStore();
        CountingStore second = new CountingStore();
        OutboxRelay firstRelay = relay(first);
        OutboxRelay secondRelay = relay(second);
        firstRelay.start();
        secondRelay.start();
        List<String> ids = IntStream.range(0, QUESTIONS).mapToObj(i -> "%s-q%02d".formatted(run, i)).toList();
        List<Received> received = new ArrayList<>();

        try (KafkaConsumer<String, String> consumer = consumer()) {
            // first half: every question created, and edited once
            ids.forEach(id -> assertThat(questions.create(id, content(1), QuestionStore.Origin.AUTHOR, Instant.now()))
                    .isTrue());
            ids.forEach(id -> assertThat(questions.replace(id, 1, content(2), Instant.now())).isPresent());
            readUntil(consumer, received, 2 * QUESTIONS);
            await().atMost(Duration.ofSeconds(10)).until(() -> first.sent.get() + second.sent.get() >= 2 * QUESTIONS);
            assertThat(List.of(first.sent.get(), second.sent.get()))
                    .as("one relay holds the lease; the other sends nothing meanwhile").containsExactlyInAnyOrder(0,
                            2 * QUESTIONS);

            // the holder stops and hands the lease over; the other relays the second half
            CountingStore holder = first.sent.get() > 0 ? first : second;
            CountingStore other = holder == first ? second : first;
            (holder == first ? firstRelay : secondRelay).stop();
            for (int version = 2; version <= EDITS; version++) {
                int expected = version;
                ids.forEach(id -> assertThat(questions.replace(id, expected, content(expected + 1), Instant.now()))
                        .isPresent());
            }
            readUntil(consumer, received, (1 + EDITS) * QUESTIONS);
            await().atMost(Duration.ofSeconds(10)).until(() -> other.sent.get() >= (EDITS - 1) * QUESTIONS);
            assertThat(other.sent.get()).isEqualTo((EDITS - 1) * QUESTIONS);
            assertThat(holder.sent.get()).isEqualTo(2 * QUESTIONS);

            // nothing more trickles in after a short wait: no second copy of anything
            readFor(consumer, received, Duration.ofSeconds(2));
        }

        assertThat(received).hasSize((1 + EDITS) * QUESTIONS);
        assertThat(received.stream().map(Received::eventId)).doesNotHaveDuplicates();
        Map<String, List<Integer>> versions = received.stream().collect(Collectors.groupingBy(Received::questionId,
                LinkedHashMap::new, Collectors.mapping(Received::version, Collectors.toList())));
        assertThat(versions.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(versions.values()).allSatisfy(v -> assertThat(v).containsExactly(1, 2, 3, 4));
        assertThat(questions.pendingEvents(100)).isEmpty();
    }

    private OutboxRelay relay(CountingStore counting) {
        Outbox outbox = QuestionEventsConfiguration.questionOutbox(questions, mongo, json, Clock.systemUTC());
        counting.delegate = outbox.store();
        OutboxRelay relay = new OutboxRelay(List.of(new Outbox(outbox.name(), counting, outbox.lease())),
                new KafkaTemplate<>(producers), SETTINGS);
        relays.add(relay);
        return relay;
    }

    private static QuestionContent content(int edition) {
        QuestionContent base = Questions.multipleChoice();
        return new QuestionContent(base.domain(), base.taskStatement(), base.type(), base.stem() + " (edition "
                + edition + ")", base.options(), base.responses(), base.correct(), base.explanation(), base.references(),
                base.difficulty());
    }

    private KafkaConsumer<String, String> consumer() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", TestServers.kafka().bootstrapServers(), "group.id", run,
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.QUESTION_CHANGED));
        return consumer;
    }

    private void readUntil(KafkaConsumer<String, String> consumer, List<Received> received, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            poll(consumer, received);
            return received.size() >= count;
        });
    }

    private void readFor(KafkaConsumer<String, String> consumer, List<Received> received, Duration time) {
        long end = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < end) {
            poll(consumer, received);
        }
    }

    /** Keeps this run's records only: other tests in the JVM publish to the same topic. */
    private void poll(KafkaConsumer<String, String> consumer, List<Received> received) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            if (record.key().startsWith(run)) {
                JsonNode event = json.readTree(record.value());
                assertThat(event.get("questionId").asString()).isEqualTo(record.key());
                received.add(new Received(event.get("eventId").asString(), record.key(), event.get("version").asInt()));
            }
        }
    }

    private record Received(String eventId, String questionId, int version) {
    }

    /** The relay's store, counting what it deleted: what this relay instance sent and Kafka acknowledged. */
    private static final class CountingStore implements OutboxStore {

        private final AtomicInteger sent = new AtomicInteger();
        private OutboxStore delegate;

        @Override
        public List<OutboxEntry> pending(int limit) {
            return delegate.pending(limit);
        }

        @Override
        public void delete(List<OutboxEntry> entries) {
            delegate.delete(entries);
            sent.addAndGet(entries.size());
        }

        @Override
        public long depth() {
            return delegate.depth();
        }

        @Override
        public Optional<Instant> oldest() {
            return delegate.oldest();
        }
    }
}
