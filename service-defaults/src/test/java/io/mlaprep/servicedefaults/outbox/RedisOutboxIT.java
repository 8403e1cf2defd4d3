package io.mlaprep.servicedefaults.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.infra.FreePorts;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.TestServers;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Two relay instances on one Redis outbox stream and its Redis lease, on a real Redis server and Kafka broker. */
@RealServers({Server.REDIS, Server.KAFKA})
class RedisOutboxIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topic = "relay-it-" + run;
    private final String stream = "relay-it:{" + run + "}:stream";
    private final String lease = "relay-it:{" + run + "}:lease";
    private final List<OutboxRelay> relays = new ArrayList<>();
    private OutboxServers servers;
    private StringRedisTemplate redis;

    @BeforeEach
    void servers() throws Exception {
        servers = new OutboxServers(topic);
        redis = servers.redis();
    }

    @AfterEach
    void close() {
        relays.forEach(OutboxRelay::stop);
        servers.close();
    }

    @Test
    void aStoppedInstanceHandsItsStreamOverAtOnce() {
        OutboxRelay first = relay();
        first.start();
        publish("before");
        assertThat(received(1, Duration.ofSeconds(10))).containsExactly("before");

        first.stop();
        relay().start();
        publish("after");

        // the lease lasts 30 s; without the hand-over the second instance would wait for it to lapse
        assertThat(received(2, Duration.ofSeconds(5))).containsExactly("before", "after");
    }

    @Test
    void whileOneInstanceHoldsTheStreamTheOtherSendsNothingAndNothingTwice() {
        relay().start();
        relay().start();
        for (int i = 0; i < 20; i++) {
            publish("entry-" + i);
        }

        List<String> values = received(20, Duration.ofSeconds(10));
        assertThat(values).hasSize(20).doesNotHaveDuplicates()
                .isEqualTo(IntStream.range(0, 20).mapToObj(i -> "entry-" + i).toList());
        assertThat(redis.opsForStream().size(stream)).isZero();
    }

    @Test
    void anAnnouncedEntryLeavesAtOnceThoughTheRelayWouldNotLookForSeconds() throws Exception {
        // after its first pass finds nothing the relay would next look 4 s later
        OutboxRelay relay = relay(new OutboxSettings(Duration.ofSeconds(2), 500, Duration.ofSeconds(30),
                Duration.ofSeconds(25), Duration.ofSeconds(60)));
        RedisOutboxWakeUps wakeUps = new RedisOutboxWakeUps(relay, servers.connections());
        wakeUps.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(wakeUps::isListening);
            relay.start();
            Thread.sleep(500);

            publish("announced");
            redis.convertAndSend(stream, "");

            assertThat(received(1, Duration.ofMillis(1_500))).containsExactly("announced");
        } finally {
            wakeUps.stop();
        }
    }

    @Test
    void wakeUpsThatCannotSubscribeLetTheServiceStartAndStop() {
        LettuceConnectionFactory nowhere = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1",
                FreePorts.next()));
        nowhere.afterPropertiesSet();
        nowhere.start();
        RedisOutboxWakeUps wakeUps = new RedisOutboxWakeUps(relay(), nowhere);
        try {
            wakeUps.start();

            assertThat(wakeUps.isRunning()).isTrue();
            assertThat(wakeUps.isListening()).isFalse();
        } finally {
            wakeUps.stop();
            nowhere.destroy();
        }
        assertThat(wakeUps.isRunning()).isFalse();
    }

    @Test
    void theStreamSaysHowManyEntriesWaitAndWhenTheOldestWasWritten() {
        RedisStreamOutboxStore store = new RedisStreamOutboxStore(redis, stream);
        assertThat(store.depth()).isZero();
        assertThat(store.oldest()).isEmpty();

        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        publish("first");
        publish("second");

        assertThat(store.depth()).isEqualTo(2);
        assertThat(store.oldest()).hasValueSatisfying(written ->
                assertThat(written).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1)));
    }

    private OutboxRelay relay() {
        return relay(new OutboxSettings(Duration.ofMillis(50), 500, Duration.ofSeconds(30), Duration.ofSeconds(25)));
    }

    private OutboxRelay relay(OutboxSettings settings) {
        OutboxRelay relay = new OutboxRelay(RedisOutboxes.sharded(redis, 1, shard -> stream, shard -> lease),
                servers.kafka(), settings);
        relays.add(relay);
        return relay;
    }

    private void publish(String value) {
        redis.opsForStream().add(stream, Map.of("t", topic, "k", "key", "v", value));
    }

    /** Reads the topic from the start until {@code count} records arrived or the time is up. */
    private List<String> received(int count, Duration timeout) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", TestServers.kafka().bootstrapServers(), "group.id", "relay-it-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (values.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
