package io.mlaprep.servicedefaults.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Carries a trace across the outbox and Kafka, where no framework carries it: the request's W3C
 * {@code traceparent} is stored with each outbox entry ({@link #currentTraceparent()}), the relay sends the
 * record inside a producer span whose parent is that context ({@link #publish}), and a consumer continues it in a
 * span per record ({@link #consume}). An unsampled context is passed on as it came, without any span: its trace id
 * still reaches the next hop, and tracing costs nothing beyond that header.
 */
public final class MessageTracing {

    public static final String TRACEPARENT = "traceparent";

    /** For code built without a tracer (unit tests): records pass as they are. */
    public static final MessageTracing NONE = new MessageTracing(Tracer.NOOP, Propagator.NOOP);

    private static final Propagator.Getter<Map<String, String>> FROM_MAP = Map::get;
    private static final Propagator.Setter<Headers> TO_HEADERS = (headers, key, value) -> {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    };

    private final Tracer tracer;
    private final Propagator propagator;

    public MessageTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The {@code traceparent} of the span this thread is in, to store with an outbox entry; null outside any. */
    public String currentTraceparent() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(4);
        propagator.inject(context, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Sends {@code record} with the stored context on it: inside a producer span, the context's child, when the
     * context is sampled; as the stored header otherwise. An entry written before traces were kept has none and
     * is sent as it is. The span ends when the broker answered.
     */
    public <T> CompletableFuture<T> publish(ProducerRecord<String, String> record, String traceparent,
                                            Function<ProducerRecord<String, String>, CompletableFuture<T>> send) {
        if (traceparent == null || traceparent.isEmpty()) {
            return send.apply(record);
        }
        if (!sampled(traceparent)) {
            TO_HEADERS.set(record.headers(), TRACEPARENT, traceparent);
            return send.apply(record);
        }
        Span span = propagator.extract(Map.of(TRACEPARENT, traceparent), FROM_MAP)
                .kind(Span.Kind.PRODUCER).name(record.topic() + " send")
                .tag("messaging.system", "kafka").tag("messaging.destination.name", record.topic())
                .start();
        propagator.inject(span.context(), record.headers(), TO_HEADERS);
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            CompletableFuture<T> ack = send.apply(record);
            ack.whenComplete((result, error) -> end(span, error));
            return ack;
        } catch (RuntimeException e) {
            end(span, e);
            throw e;
        }
    }

    /**
     * Starts the consumer span of a record whose header carries a sampled context; {@link Consumed#NONE} for any
     * other record. The caller ends it once the record is handled.
     */
    public Consumed consume(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(TRACEPARENT);
        if (header == null) {
            return Consumed.NONE;
        }
        String traceparent = new String(header.value(), StandardCharsets.UTF_8);
        if (!sampled(traceparent)) {
            return Consumed.NONE;
        }
        Span span = propagator.extract(Map.of(TRACEPARENT, traceparent), FROM_MAP)
                .kind(Span.Kind.CONSUMER).name(record.topic() + " process")
                .tag("messaging.system", "kafka").tag("messaging.destination.name", record.topic())
                .tag("messaging.kafka.offset", Long.toString(record.offset()))
                .start();
        return new Consumed() {
            @Override
            public Tracer.SpanInScope inScope() {
                return tracer.withSpan(span);
            }

            @Override
            public void end(Throwable error) {
                MessageTracing.end(span, error);
            }
        };
    }

    /** W3C trace flags, the fourth field: bit 0 is "sampled". */
    static boolean sampled(String traceparent) {
        int flags = traceparent.lastIndexOf('-');
        if (flags < 0 || flags + 3 != traceparent.length()) {
            return false;
        }
        return (Character.digit(traceparent.charAt(flags + 2), 16) & 1) == 1;
    }

    private static void end(Span span, Throwable error) {
        if (error != null) {
            span.error(error);
        }
        span.end();
    }

    /** A record's consumer span, or nothing for a record that carries no sampled context. */
    public interface Consumed {

        Consumed NONE = new Consumed() {
            @Override
            public Tracer.SpanInScope inScope() {
                return () -> { };
            }

            @Override
            public void end(Throwable error) {
            }
        };

        /** Makes the span current on this thread until the returned scope closes. */
        Tracer.SpanInScope inScope();

        /** Ends the span, marked failed when {@code error} is not null. */
        void end(Throwable error);
    }
}
