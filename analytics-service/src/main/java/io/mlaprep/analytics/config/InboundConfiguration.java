package io.mlaprep.analytics.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.mlaprep.servicedefaults.inbound.EventDelays;
import io.mlaprep.servicedefaults.inbound.EventSchemas;
import io.mlaprep.servicedefaults.inbound.InboundEvents;
import io.mlaprep.servicedefaults.inbound.MongoEventClaims;
import io.mlaprep.servicedefaults.tracing.MessageTracing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The inbound gate, claiming events in collection {@code events} ({@code _id} eventId, partition, offset). */
@Configuration(proxyBeanMethods = false)
class InboundConfiguration {

    @Bean
    InboundEvents inboundEvents(MongoTemplate mongo, JsonMapper json, MessageTracing tracing, MeterRegistry meters) {
        return new InboundEvents(new EventSchemas(), json, new MongoEventClaims(mongo.getCollection("events")),
                tracing, EventDelays.recordedIn(meters));
    }
}
