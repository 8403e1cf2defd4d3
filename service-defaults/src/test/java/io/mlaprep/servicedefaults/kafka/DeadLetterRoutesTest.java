package io.mlaprep.servicedefaults.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class DeadLetterRoutesTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DeadLetterRoutes deadLetters = new DeadLetterRoutes(registry, List.of("a.v1", "b.v1"));

    @Test
    void everyTopicsCounterIsThereFromTheStartAtZero() {
        assertThat(registry.get(DeadLetterRoutes.COUNTER).counters()).hasSize(2)
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
    }

    @Test
    void aRecordSentToItsDeadLetterTopicIsCountedUnderTheTopicItCameFrom() {
        TopicPartition destination = deadLetters.destination("a.v1");
        deadLetters.destination("a.v1");

        assertThat(destination).isEqualTo(new TopicPartition("a.v1-dlt", -1));
        assertThat(registry.get(DeadLetterRoutes.COUNTER).tag("topic", "a.v1").counter().count()).isEqualTo(2);
        assertThat(registry.get(DeadLetterRoutes.COUNTER).tag("topic", "b.v1").counter().count()).isZero();
    }
}
