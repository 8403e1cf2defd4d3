package io.mlaprep.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** The fault drill's settings, from {@link BenchProperties} ({@code bench.faults.*} and the stack's addresses). */
record FaultSettings(String gatewayUrl, int learners, int practiceSize, Duration think, Duration warmUp,
                     Duration recovery, Duration kafkaDown, Duration recommenderDown, Duration settle,
                     String kafkaBootstrap, int redisPort, Map<StackPart, URI> healthUrls, long launcherPid,
                     Path dataDir, Path output) {

    static FaultSettings load() {
        BenchProperties settings = BenchProperties.load();
        Map<StackPart, URI> health = new EnumMap<>(StackPart.class);
        for (StackPart part : StackPart.values()) {
            if (part.isService()) {
                health.put(part, URI.create(settings.text("bench.faults.health." + part)));
            }
        }
        return new FaultSettings(settings.text("bench.gateway-url"), settings.integer("bench.faults.learners"),
                settings.integer("bench.faults.practice-size"),
                Duration.ofMillis(settings.integer("bench.faults.think-millis")),
                settings.seconds("bench.faults.warm-up-seconds"), settings.seconds("bench.faults.recovery-seconds"),
                settings.seconds("bench.faults.kafka-down-seconds"),
                settings.seconds("bench.faults.recommender-down-seconds"), settings.seconds("bench.faults.settle-seconds"),
                settings.text("bench.faults.kafka-bootstrap"), settings.integer("bench.faults.redis-port"), health,
                settings.launcherPid(), settings.dataDir(), Path.of(settings.text("bench.output")));
    }
}
