package io.mlaprep.servicedefaults.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.mlaprep.contracts.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.TopicPartition;

/**
 * Where a record that failed for good goes, {@code <topic>-dlt}, counted on the way as
 * {@code mla_dead_letters_total{topic}} (topic: the one the record came from). Every event topic's counter
 * starts at 0, so an alert on its increase also fires on the first dead letter.
 */
final class DeadLetterRoutes {

    static final String COUNTER = "mla.dead.letters";

    private final MeterRegistry registry;
    private final Map<String, Counter> byTopic = new ConcurrentHashMap<>();

    DeadLetterRoutes(MeterRegistry registry, List<String> topics) {
        this.registry = registry;
        topics.forEach(this::counter);
    }

    /** The dead-letter partition for a record of {@code topic} (-1: the producer picks), counting the record. */
    TopicPartition destination(String topic) {
        counter(topic).increment();
        return new TopicPartition(Topics.deadLetter(topic), -1);
    }

    private Counter counter(String topic) {
        return byTopic.computeIfAbsent(topic, t -> Counter.builder(COUNTER)
                .description("Records that failed for good and were sent to the topic's dead-letter topic")
                .tag("topic", t)
                .register(registry));
    }
}
