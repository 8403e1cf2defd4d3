package io.mlaprep.servicedefaults.inbound;

import io.mlaprep.contracts.Event;
import io.mlaprep.servicedefaults.kafka.PoisonRecordException;
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
 */
public final class InboundEvents {

    private final EventSchemas schemas;
    private final JsonMapper json;
    private final EventClaims claims;

    public InboundEvents(EventSchemas schemas, JsonMapper json, EventClaims claims) {
        this.schemas = schemas;
        this.json = json;
        this.claims = claims;
    }

    /** Hands the record's event to {@code handler} unless it is a copy of one handled before. */
    public <E extends Event> void accept(ConsumerRecord<String, String> record, Class<E> type,
                                         Consumer<Delivered<E>> handler) {
        List<Delivered<E>> own = firstCopies(List.of(new Delivered<>(read(record, type), Delivery.of(record))));
        if (!own.isEmpty()) {
            handler.accept(own.getFirst());
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
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> record = records.get(i);
            try {
                readable.add(new Delivered<>(read(record, type), Delivery.of(record)));
            } catch (PoisonRecordException e) {
                handle(readable, handler);
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
        handle(readable, handler);
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

    private <E extends Event> void handle(List<Delivered<E>> events, Consumer<List<Delivered<E>>> handler) {
        List<Delivered<E>> own = firstCopies(events);
        if (!own.isEmpty()) {
            handler.accept(own);
        }
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
