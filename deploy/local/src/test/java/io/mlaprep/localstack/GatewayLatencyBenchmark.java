package io.mlaprep.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.testsupport.BenchmarkReport;
import io.mlaprep.testsupport.Latencies;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures (does not judge) what the gateway adds per request: the same authenticated GET
 * (/api/blueprint) through the gateway and straight to question-service, interleaved in one run.
 * Run: {@code ./mvnw -Pbenchmark -pl deploy/local -am verify -Dit.test=GatewayLatencyBenchmark}
 */
class GatewayLatencyBenchmark {

    private static final int CALLS = 2_000;

    @Test
    void gatewayAddedLatency() throws Exception {
        StackConfig config = TestStacks.onFreePorts("mla-bench-", System.getProperty("mla.bench.java-options",
                "-Xms128m -Xmx384m -XX:+UseSerialGC -Xss512k --enable-native-access=ALL-UNNAMED"))
                // the limiter still runs on every request, it just never says no to the benchmark's one user
                .with(Map.of("RATE_LIMIT_PER_SECOND", "100000", "RATE_LIMIT_BURST", "100000"));
        try (LocalStack stack = LocalStack.start(config, System.out)) {
            GatewayClient viaGateway = new GatewayClient(config.gatewayUrl());
            viaGateway.signIn("learner@mla.local", config.demoPassword());
            GatewayClient direct = viaGateway.at("http://127.0.0.1:" + config.ports().question());
            for (int i = 0; i < 500; i++) {
                viaGateway.get("/api/blueprint");
                direct.get("/api/blueprint");
            }
            Latencies gateway = new Latencies(CALLS);
            Latencies service = new Latencies(CALLS);
            for (int i = 0; i < CALLS; i++) {
                gateway.time(() -> assertThat(viaGateway.get("/api/blueprint").status()).isEqualTo(200));
                service.time(() -> assertThat(direct.get("/api/blueprint").status()).isEqualTo(200));
            }
            List<String> report = List.of(
                    "GET /api/blueprint through the gateway: " + gateway.summary(),
                    "GET /api/blueprint straight to question-service: " + service.summary(),
                    String.format("gateway adds: p50 %.2f ms, p99 %.2f ms", gateway.percentileMillis(50)
                            - service.percentileMillis(50), gateway.percentileMillis(99) - service.percentileMillis(99)));
            BenchmarkReport.write("gateway", report);
        }
    }
}
