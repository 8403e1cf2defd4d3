package io.mlaprep.servicedefaults.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.mlaprep.runtime.tracing.TracingExporters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Traces across the outbox and Kafka ({@link MessageTracing}), exported as {@link TracingExporters} says. */
@Configuration(proxyBeanMethods = false)
@Import(TracingExporters.class)
public class TracingConfiguration {

    @Bean
    MessageTracing messageTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
        return t == null || p == null ? MessageTracing.NONE : new MessageTracing(t, p);
    }
}
