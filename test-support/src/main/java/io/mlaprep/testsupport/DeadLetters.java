package io.mlaprep.testsupport;

import io.mlaprep.contracts.Event;
import io.mlaprep.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads what consumers dead-lettered, and makes records that must be. */
public final class DeadLetters {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DeadLetters() {
    }

    /** The event as its writer would send it, but for a schema version the v1 topic's schema forbids. */
    public static String breakingItsSchema(Object event) {
        ObjectNode json = JSON.valueToTree(event);
        json.put("schemaVersion", 2);
        return json.toString();
    }

    /** Publishes each event to its topic as its writer would, but breaking its schema ({@link #breakingItsSchema}). */
    public static void publishBreakingTheirSchema(List<? extends Event> events) {
        try (EventPublisher publisher = new EventPublisher()) {
            events.forEach(event -> publisher.send(EventPublisher.topicOf(event), event.key(), breakingItsSchema(event)));
            publisher.flush();
        }
    }

    /** Waits until each event is on its topic's dead-letter topic, rejected by the inbound gate for breaking the schema. */
    public static void awaitRejectedForTheirSchema(List<? extends Event> events) {
        for (Event event : events) {
            String topic = EventPublisher.topicOf(event);
            String eventId = event.eventId().toString();
            String messages = exceptionMessages(await(topic, record -> record.value().contains(eventId)));
            if (!messages.contains(topic + " record breaks its schema") || !messages.contains("schemaVersion")) {
                throw new AssertionError("dead-lettered on " + topic + ", but not by the gate's schema check: " + messages);
            }
        }
    }

    /** Waits (up to 30 s) until the dead-letter topic of {@code topic} holds a record that matches, and returns it. */
    public static ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> which) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers",
                TestServers.kafka().bootstrapServers(), "group.id", "dlt-reader-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(topic)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(300)).forEach(record -> {
                    if (which.test(record)) {
                        found.add(record);
                    }
                });
            }
        }
        if (found.isEmpty()) {
            throw new AssertionError("nothing such on " + Topics.deadLetter(topic) + " within 30 s");
        }
        return found.getFirst();
    }

    /** The exception and cause classes the dead-letter recoverer recorded in the record's headers. */
    public static List<String> exceptionClasses(ConsumerRecord<String, String> record) {
        List<String> classes = new ArrayList<>();
        for (Header header : record.headers()) {
            if (header.key().endsWith("fqcn")) {
                classes.add(new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return classes;
    }

    /** The exception messages the dead-letter recoverer recorded in the record's headers. */
    public static String exceptionMessages(ConsumerRecord<String, String> record) {
        StringBuilder messages = new StringBuilder();
        for (Header header : record.headers()) {
            if (header.key().endsWith("exception-message")) {
                messages.append(new String(header.value(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return messages.toString();
    }
}
