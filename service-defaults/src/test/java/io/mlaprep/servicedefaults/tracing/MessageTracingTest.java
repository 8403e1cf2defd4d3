package io.mlaprep.servicedefaults.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class MessageTracingTest {

    private static final String STORED = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private static final String STORED_UNSAMPLED = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00";

    private final RecordingTracer recording = new RecordingTracer();
    private final MessageTracing tracing = recording.messageTracing();

    @Test
    void theTraceparentStoredWithAnEntryIsTheCurrentSpans() {
        assertThat(tracing.currentTraceparent()).isNull();

        Span request = recording.tracer().nextSpan().name("request").start();
        try (Tracer.SpanInScope ignored = recording.tracer().withSpan(request)) {
            assertThat(tracing.currentTraceparent()).isEqualTo("00-" + request.context().traceId() + "-"
                    + request.context().spanId() + "-01");
        } finally {
            request.end();
        }
    }

    @Test
    void aSampledEntryGoesOutInAProducerSpanChildOfItsStoredContextWhichTheRecordCarries() {
        AtomicReference<String> currentWhileSending = new AtomicReference<>();
        CompletableFuture<String> ack = new CompletableFuture<>();
        ProducerRecord<String, String> record = new ProducerRecord<>("answers", "k", "v");

        CompletableFuture<String> returned = tracing.publish(record, STORED, r -> {
            currentWhileSending.set(tracing.currentTraceparent());
            return ack;
        });
        assertThat(recording.finished()).as("the span lasts until the broker answered").isEmpty();
        ack.complete("acknowledged");

        assertThat(returned).isSameAs(ack);
        SpanData producer = recording.finished().getFirst();
        assertThat(producer.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(producer.getName()).isEqualTo("answers send");
        assertThat(producer.getTraceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(producer.getParentSpanId()).isEqualTo("b7ad6b7169203331");
        String sent = "00-0af7651916cd43dd8448eb211c80319c-" + producer.getSpanId() + "-01";
        assertThat(header(record)).isEqualTo(sent);
        assertThat(currentWhileSending.get()).isEqualTo(sent);
    }

    @Test
    void aFailedSendEndsItsSpanAsAnError() {
        CompletableFuture<String> ack = new CompletableFuture<>();
        tracing.publish(new ProducerRecord<>("answers", "k", "v"), STORED, r -> ack);
        ack.completeExceptionally(new IllegalStateException("broker away"));

        assertThat(recording.finished().getFirst().getStatus().getStatusCode())
                .isEqualTo(io.opentelemetry.api.trace.StatusCode.ERROR);
    }

    @Test
    void anUnsampledContextIsPassedOnAsStoredWithoutASpan() {
        ProducerRecord<String, String> record = new ProducerRecord<>("answers", "k", "v");
        tracing.publish(record, STORED_UNSAMPLED, r -> CompletableFuture.completedFuture("ok"));

        assertThat(header(record)).isEqualTo(STORED_UNSAMPLED);
        assertThat(recording.finished()).isEmpty();
    }

    @Test
    void anEntryWrittenBeforeTracesWereKeptGoesOutAsItIs() {
        ProducerRecord<String, String> record = new ProducerRecord<>("answers", "k", "v");
        tracing.publish(record, null, r -> CompletableFuture.completedFuture("ok"));
        tracing.publish(record, "", r -> CompletableFuture.completedFuture("ok"));

        assertThat(record.headers().toArray()).isEmpty();
        assertThat(recording.finished()).isEmpty();
    }

    @Test
    void aConsumedRecordContinuesItsTraceInAConsumerSpan() {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("answers", 0, 42, "k", "v");
        record.headers().add(MessageTracing.TRACEPARENT, STORED.getBytes(StandardCharsets.UTF_8));

        MessageTracing.Consumed consumed = tracing.consume(record);
        String inHandler;
        try (Tracer.SpanInScope ignored = consumed.inScope()) {
            inHandler = tracing.currentTraceparent();
        }
        consumed.end(null);

        SpanData consumer = recording.finished().getFirst();
        assertThat(consumer.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(consumer.getTraceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(consumer.getParentSpanId()).isEqualTo("b7ad6b7169203331");
        assertThat(inHandler).isEqualTo("00-0af7651916cd43dd8448eb211c80319c-" + consumer.getSpanId() + "-01");
    }

    @Test
    void aRecordWithoutASampledContextGetsNoSpan() {
        ConsumerRecord<String, String> bare = new ConsumerRecord<>("answers", 0, 1, "k", "v");
        ConsumerRecord<String, String> unsampled = new ConsumerRecord<>("answers", 0, 2, "k", "v");
        unsampled.headers().add(MessageTracing.TRACEPARENT, STORED_UNSAMPLED.getBytes(StandardCharsets.UTF_8));

        assertThat(tracing.consume(bare)).isSameAs(MessageTracing.Consumed.NONE);
        assertThat(tracing.consume(unsampled)).isSameAs(MessageTracing.Consumed.NONE);
    }

    @Test
    void theSampledFlagIsReadFromTheTraceFlags() {
        assertThat(MessageTracing.sampled(STORED)).isTrue();
        assertThat(MessageTracing.sampled(STORED_UNSAMPLED)).isFalse();
        assertThat(MessageTracing.sampled("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-03")).isTrue();
        assertThat(MessageTracing.sampled("garbage")).isFalse();
    }

    private static String header(ProducerRecord<String, String> record) {
        Header header = record.headers().lastHeader(MessageTracing.TRACEPARENT);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
