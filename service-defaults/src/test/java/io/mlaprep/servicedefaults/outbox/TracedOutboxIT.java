package io.mlaprep.servicedefaults.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.mlaprep.servicedefaults.tracing.MessageTracing;
import io.mlaprep.servicedefaults.tracing.RecordingTracer;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.TestServers;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A request's trace across a Redis outbox stream, the relay and a real Kafka broker: the context captured when the
 * entry was written is the parent of the relay's producer span, whose context the record carries.
 */
@RealServers({Server.REDIS, Server.KAFKA})
class TracedOutboxIT {

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String topic = "traced-it-" + run;
    private final String stream = "traced-it:{" + run + "}:stream";
    private final String lease = "traced-it:{" + run + "}:lease";
    private final RecordingTracer recording = new RecordingTracer();
    private final MessageTracing tracing = recording.messageTracing();
    private OutboxServers servers;
    private StringRedisTemplate redis;
    private OutboxRelay relay;

    @BeforeEach
    void servers() throws Exception {
        servers = new OutboxServers(topic);
        redis = servers.redis();
        relay = new OutboxRelay(RedisOutboxes.sharded(redis, 1, shard -> stream, shard -> lease),
                servers.kafka(), new OutboxSettings(Duration.ofMillis(50), 500, Duration.ofSeconds(30),
                Duration.ofSeconds(25)), tracing);
    }

    @AfterEach
    void close() {
        relay.stop();
        servers.close();
    }

    @Test
    void theRecordGoesOutInTheTraceOfTheRequestThatWroteItsEntry() {
        Span request = recording.tracer().spanBuilder().name("PUT /api/sessions/{id}/items/{n}/response")
                .kind(Span.Kind.SERVER).start();
        try (Tracer.SpanInScope ignored = recording.tracer().withSpan(request)) {
            write("answered", tracing.currentTraceparent());
        } finally {
            request.end();
        }
        relay.start();

        ConsumerRecord<String, String> record = received(1).getFirst();
        SpanData producer = recording.finished().stream().filter(s -> s.getKind() == SpanKind.PRODUCER).findFirst()
                .orElseThrow();
        assertThat(producer.getTraceId()).isEqualTo(request.context().traceId());
        assertThat(producer.getParentSpanId()).isEqualTo(request.context().spanId());
        assertThat(traceparent(record)).isEqualTo("00-" + request.context().traceId() + "-" + producer.getSpanId() + "-01");
    }

    @Test
    void anEntryWrittenBeforeTracesWereKeptStillGoesOutWithoutContext() {
        redis.opsForStream().add(stream, Map.of("t", topic, "k", "key", "v", "old", "r", "req-1"));
        relay.start();

        ConsumerRecord<String, String> record = received(1).getFirst();
        assertThat(record.value()).isEqualTo("old");
        assertThat(traceparent(record)).isNull();
        assertThat(recording.finished()).isEmpty();
        assertThat(redis.opsForStream().size(stream)).isZero();
    }

    /** As a service's Lua script writes an entry: topic, key, value, request id and traceparent. */
    private void write(String value, String traceparent) {
        Map<String, String> fields = new HashMap<>(Map.of("t", topic, "k", "key", "v", value, "r", "req-1"));
        fields.put("p", traceparent);
        redis.opsForStream().add(stream, fields);
    }

    private static String traceparent(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(MessageTracing.TRACEPARENT);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private List<ConsumerRecord<String, String>> received(int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", TestServers.kafka().bootstrapServers(), "group.id", "traced-it-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        }
        assertThat(records).hasSize(count);
        return records;
    }
}
