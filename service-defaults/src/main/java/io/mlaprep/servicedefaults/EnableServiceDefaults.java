package io.mlaprep.servicedefaults;

import io.mlaprep.servicedefaults.client.ServiceClientConfiguration;
import io.mlaprep.servicedefaults.kafka.KafkaDefaultsConfiguration;
import io.mlaprep.servicedefaults.security.ResourceServerSecurity;
import io.mlaprep.servicedefaults.tracing.TracingConfiguration;
import io.mlaprep.servicedefaults.web.ProblemDetailsAdvice;
import io.mlaprep.servicedefaults.web.RequestIdFilter;
import io.mlaprep.servicedefaults.web.TomcatProblems;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * What every backend service shares: security, errors, request ids, service credentials, Kafka defaults, traces
 * across the outbox and Kafka.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ResourceServerSecurity.class, ProblemDetailsAdvice.class, RequestIdFilter.class,
        ServiceClientConfiguration.class, KafkaDefaultsConfiguration.class, TomcatProblems.class,
        TracingConfiguration.class})
public @interface EnableServiceDefaults {
}
