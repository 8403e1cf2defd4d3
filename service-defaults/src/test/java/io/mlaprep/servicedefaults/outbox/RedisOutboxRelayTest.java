package io.mlaprep.servicedefaults.outbox;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

class RedisOutboxRelayTest {

    private static KafkaTemplate<String, String> producerDelivering(Object deliveryTimeoutMs) {
        Map<String, Object> config = deliveryTimeoutMs == null ? Map.of("bootstrap.servers", "localhost:1")
                : Map.of("bootstrap.servers", "localhost:1", "delivery.timeout.ms", deliveryTimeoutMs);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config, new StringSerializer(),
                new StringSerializer()));
    }

    @Test
    void aProducerThatMayStillDeliverAfterTheLeaseLapsesIsRefused() {
        // Kafka's default delivery timeout (120 s) would let a send settle long after the relay stopped waiting
        assertThatThrownBy(() -> new RedisOutboxRelay(null, producerDelivering(null), 1, i -> "s", i -> "l",
                Duration.ofMillis(50))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("delivery.timeout.ms (120000 ms) must be under the relay lease");
        assertThatThrownBy(() -> new RedisOutboxRelay(null, producerDelivering(30_000), 1, i -> "s", i -> "l",
                Duration.ofMillis(50))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aProducerThatSettlesWithinTheLeaseIsAccepted() {
        assertThatCode(() -> new RedisOutboxRelay(null, producerDelivering("20000"), 1, i -> "s", i -> "l",
                Duration.ofMillis(50))).doesNotThrowAnyException();
    }
}
