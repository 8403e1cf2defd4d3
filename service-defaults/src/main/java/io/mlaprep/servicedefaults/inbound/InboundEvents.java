package io.mlaprep.servicedefaults.inbound;

import io.mlaprep.contracts.Event;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
import io.mlaprep.servicedefaults.tracing.MessageTracing;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way events come in; every listener hands its records here.
 * <ol>
 * <li>Each record is checked against its topic's published JSON Schema ({@link EventSchemas}) and read into its
 * contract record. One that breaks the contract is a poison record: {@link PoisonRecordException}, which the
 * shared error handler sends to {@code <topic>-dlt} at once, without retries, and the partition moves on.</li>
 * <li>Each event is claimed by its id ({@link EventClaims}): a second copy of an event is dropped, so a batch an
 * outbox relay sent again changes nothing; a redelivery of the same record goes on to the handler, which
 * finishes what a crash interrupted. Handlers are idempotent per delivery; the claim makes them so per event.</li>
 * </ol>
 * Each record that carries a sampled trace context ({@code traceparent}) continues its trace in a consumer span,
 * from when it is read until its handler returned ({@link MessageTracing#consume}): Spring Kafka's own listener
 * observation leaves batch listeners out. How long each event took to get here and be handled is
 * {@link EventDelays}.
 */
public final class InboundEvents {

    private final EventSchemas schemas;
    private final JsonMapper json;
    private final EventClaims claims;
    private final MessageTracing tracing;
    private final EventDelays delays;

    public InboundEvents(EventSchemas schemas, JsonMapper json, EventClaims claims) {
        this(schemas, json, claims, MessageTracing.NONE, EventDelays.NONE);
    }

    public InboundEvents(EventSchemas schemas, JsonMapper json, EventClaims claims, MessageTracing tracing,
                         EventDelays delays) {
        this.schemas = schemas;
        this.json = json;
        this.claims = claims;
        this.tracing = tracing;
        this.delays = delays;
    }

    /** Hands the record's event to {@code handler} unless it is a copy of one handled before. */
    public <E extends Event> void accept(ConsumerRecord<String, String> record, Class<E> type,
                                         Consumer<Delivered<E>> handler) {
        MessageTracing.Consumed span = tracing.consume(record);
        Throwable failure = null;
        try (var ignored = span.inScope()) {
            List<Delivered<E>> own = firstCopies(List.of(new Delivered<>(read(record, type), Delivery.of(record))));
            if (!own.isEmpty()) {
                handler.accept(own.getFirst());
                handled(own);
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            span.end(failure);
        }
    }

    /**
     * Hands the batch's events, less copies of events handled before, to {@code handler} in one call. A poison
     * record ends the batch there: the events before it are handled, it goes to the dead-letter topic, and the
     * container delivers the rest again.
     */
    public <E extends Event> void acceptBatch(List<ConsumerRecord<String, String>> records, Class<E> type,
                                              Consumer<List<Delivered<E>>> handler) {
        List<Delivered<E>> readable = new ArrayList<>(records.size());
        List<MessageTracing.Consumed> spans = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> record = records.get(i);
            MessageTracing.Consumed span = tracing.consume(record);
            try {
                readable.add(new Delivered<>(read(record, type), Delivery.of(record)));
                spans.add(span);
            } catch (PoisonRecordException e) {
                span.end(e);
                handle(readable, handler, spans);
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
        handle(readable, handler, spans);
    }

    /** The record's event, if it keeps its topic's contract. */
    public <E extends Event> E read(ConsumerRecord<String, String> record, Class<E> type) {
        if (record.value() == null) {
            throw new PoisonRecordException(record.topic() + " record without a value", null);
        }
        List<String> violations = schemas.violations(record.topic(), record.value());
        if (!violations.isEmpty()) {
            throw new PoisonRecordException(record.topic() + " record breaks its schema: "
                    + String.join("; ", violations), null);
        }
        try {
            return json.readValue(record.value(), type);
        } catch (JacksonException e) {
            throw new PoisonRecordException(record.topic() + " record keeps its schema but does not read as "
                    + type.getSimpleName(), e);
        }
    }

    /** Hands the events on, then ends their records' spans, as failed if the handler threw. */
    private <E extends Event> void handle(List<Delivered<E>> events, Consumer<List<Delivered<E>>> handler,
                                          List<MessageTracing.Consumed> spans) {
        Throwable failure = null;
        try {
            List<Delivered<E>> own = firstCopies(events);
            if (!own.isEmpty()) {
                handler.accept(own);
                handled(own);
            }
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            for (MessageTracing.Consumed span : spans) {
                span.end(failure);
            }
        }
    }

    private <E extends Event> void handled(List<Delivered<E>> events) {
        events.forEach(delivered -> delays.handled(delivered.delivery().topic(), delivered.event().occurredAt()));
    }

    private <E extends Event> List<Delivered<E>> firstCopies(List<Delivered<E>> events) {
        if (events.isEmpty()) {
            return events;
        }
        boolean[] own = claims.claim(events.stream()
                .map(e -> new EventClaims.Claim(e.event().eventId().toString(), e.delivery())).toList());
        List<Delivered<E>> first = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            if (own[i]) {
                first.add(events.get(i));
            }
        }
        return first;
    }
}
