package io.mlaprep.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The load run's settings, from {@link BenchProperties}. */
record BenchSettings(String gatewayUrl, String questionServiceUrl, int learners, int clients, int answersOnlyLearners,
                     int blueprintLearners,
                     int practiceSize, Duration idle, Duration journeys, Duration answeredThrough, Duration answersOnly,
                     Duration blueprint,
                     Duration betweenPhases, Duration settle, long launcherPid, Path dataDir, Path output,
                     Map<String, URI> consumers, String adminEmail, String adminPassword) {

    static BenchSettings load() {
        BenchProperties settings = BenchProperties.load();
        return new BenchSettings(settings.text("bench.gateway-url"), settings.text("bench.question-service-url"),
                settings.integer("bench.learners"), settings.integer("bench.clients"),
                settings.integer("bench.answers-only.learners"), settings.integer("bench.blueprint.learners"),
                settings.integer("bench.answers-only.practice-size"),
                settings.seconds("bench.idle-seconds"), settings.seconds("bench.journeys-seconds"),
                settings.seconds("bench.answered-through-seconds"),
                settings.seconds("bench.answers-only-seconds"), settings.seconds("bench.blueprint-seconds"),
                settings.seconds("bench.between-phases-seconds"), settings.seconds("bench.settle-seconds"),
                settings.launcherPid(), settings.dataDir(), Path.of(settings.text("bench.output")),
                Map.of("analytics", URI.create(settings.text("bench.analytics-url")),
                        "recommender", URI.create(settings.text("bench.recommender-url"))),
                settings.text("bench.admin-email"), settings.text("bench.admin-password"));
    }
}
