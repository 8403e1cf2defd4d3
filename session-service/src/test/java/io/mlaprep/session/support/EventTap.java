package io.mlaprep.session.support;

import io.mlaprep.testsupport.TestServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a topic from the beginning and keeps the events a test cares about. */
public final class EventTap implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaConsumer<String, String> consumer;
    private final Predicate<JsonNode> wanted;
    private final List<JsonNode> events = new ArrayList<>();

    public EventTap(String topic, Predicate<JsonNode> wanted) {
        this.wanted = wanted;
        this.consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", TestServers.kafka().bootstrapServers(),
                "group.id", "tap-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
                "enable.auto.commit", "false"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    /** Polls until {@code count} wanted events arrived or the time is up, then returns what it has. */
    public List<JsonNode> await(int count, Duration timeout) {
        return pollUntil(() -> events.size() >= count, timeout);
    }

    /** Keeps polling for a while after the expected events, to catch duplicates. */
    public List<JsonNode> settle(Duration quiet) {
        return pollUntil(() -> false, quiet);
    }

    private List<JsonNode> pollUntil(BooleanSupplier done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                JsonNode event = JSON.readTree(record.value());
                if (wanted.test(event)) {
                    events.add(event);
                }
            });
        }
        return List.copyOf(events);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
