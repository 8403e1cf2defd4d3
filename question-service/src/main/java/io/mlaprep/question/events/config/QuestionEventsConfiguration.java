package io.mlaprep.question.events.config;

import io.mlaprep.question.bank.persistence.QuestionStore;
import io.mlaprep.question.events.persistence.QuestionOutboxStore;
import io.mlaprep.servicedefaults.outbox.MongoOutboxLease;
import io.mlaprep.servicedefaults.outbox.Outbox;
import io.mlaprep.servicedefaults.outbox.OutboxRelay;
import io.mlaprep.servicedefaults.outbox.OutboxSettings;
import io.mlaprep.servicedefaults.tracing.MessageTracing;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared outbox relay over the question documents' outboxes. Every replica runs one; the lease document
 * {@code outbox_leases/question-changed} lets only one of them send at a time.
 */
@Configuration(proxyBeanMethods = false)
class QuestionEventsConfiguration {

    static final String LEASES = "outbox_leases";
    static final String LEASE = "question-changed";

    @Bean
    OutboxRelay questionEventRelay(QuestionStore questions, MongoTemplate mongo, KafkaTemplate<String, String> kafka,
                                   JsonMapper json, Clock clock, OutboxSettings settings, MessageTracing tracing) {
        OutboxRelay relay = new OutboxRelay(List.of(questionOutbox(questions, mongo, json, clock)), kafka, settings,
                tracing);
        // every write that appends to an outbox is a bank change: this replica's relay sends it at once, and sweeps
        // (mla.outbox.idle-poll-interval) are left to cover what other replicas wrote while this one held the lease
        questions.onBankChange(() -> relay.wake(LEASE));
        return relay;
    }

    static Outbox questionOutbox(QuestionStore questions, MongoTemplate mongo, JsonMapper json, Clock clock) {
        return new Outbox(LEASE, new QuestionOutboxStore(questions, json),
                new MongoOutboxLease(mongo.getCollection(LEASES), LEASE, clock));
    }
}
