package io.mlaprep.runtime.tracing;

import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where finished spans go, chosen by {@code mla.tracing.exporter} (TRACING_EXPORTER): {@code none} (the default),
 * {@code logging} (each span a log line) or {@code otlp} (OTLP over HTTP to {@code mla.tracing.otlp-endpoint}).
 * With none, nothing is sampled: spans stay non-recording, so tracing costs no more than passing the trace
 * context on, and the trace id still reaches every hop and log line. The gateway and every backend service import it.
 */
@Configuration(proxyBeanMethods = false)
public class TracingExporters {

    static final String EXPORTER = "mla.tracing.exporter";

    @Bean
    @ConditionalOnProperty(name = EXPORTER, havingValue = "none", matchIfMissing = true)
    Sampler noSpansRecorded() {
        return Sampler.alwaysOff();
    }

    @Bean
    @ConditionalOnProperty(name = EXPORTER, havingValue = "logging")
    SpanExporter loggingSpanExporter() {
        return LoggingSpanExporter.create();
    }

    @Bean
    @ConditionalOnProperty(name = EXPORTER, havingValue = "otlp")
    SpanExporter otlpSpanExporter(@Value("${mla.tracing.otlp-endpoint}") String endpoint) {
        return OtlpHttpSpanExporter.builder().setEndpoint(endpoint).build();
    }
}
