package io.mlaprep.runtime.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class TracingExportersTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(TracingExporters.class);

    @Test
    void byDefaultNothingIsSampledAndNothingExported() {
        context.run(beans -> {
            assertThat(beans).doesNotHaveBean(SpanExporter.class);
            assertThat(beans.getBean(Sampler.class)).isEqualTo(Sampler.alwaysOff());
        });
        context.withPropertyValues("mla.tracing.exporter=none").run(beans ->
                assertThat(beans.getBean(Sampler.class)).isEqualTo(Sampler.alwaysOff()));
    }

    @Test
    void loggingWritesSpansToTheLogAndLeavesSamplingToTheConfiguredProbability() {
        context.withPropertyValues("mla.tracing.exporter=logging").run(beans -> {
            assertThat(beans.getBean(SpanExporter.class)).isInstanceOf(LoggingSpanExporter.class);
            assertThat(beans).doesNotHaveBean(Sampler.class);
        });
    }

    @Test
    void otlpSendsToTheConfiguredEndpoint() {
        context.withPropertyValues("mla.tracing.exporter=otlp", "mla.tracing.otlp-endpoint=http://collector:4318/v1/traces")
                .run(beans -> {
                    assertThat(beans.getBean(SpanExporter.class)).isInstanceOf(OtlpHttpSpanExporter.class)
                            .asString().contains("http://collector:4318/v1/traces");
                    assertThat(beans).doesNotHaveBean(Sampler.class);
                });
    }
}
