package io.mlaprep.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/** The run's settings: bench.properties, each overridden by a system property of the same name ({@code -Dbench.x=}). */
record BenchSettings(String gatewayUrl, String questionServiceUrl, int learners, int clients, int answersOnlyLearners,
                     int blueprintLearners,
                     int practiceSize, Duration idle, Duration journeys, Duration answersOnly, Duration blueprint,
                     Duration betweenPhases, Duration settle, long launcherPid, Path dataDir, Path output) {

    static BenchSettings load() {
        Properties defaults = new Properties();
        try (InputStream in = BenchSettings.class.getResourceAsStream("/bench.properties")) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties settings = new Properties(defaults);
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench."))
                .forEach(name -> settings.setProperty(name, System.getProperty(name)));
        String dataDir = settings.getProperty("bench.data-dir", "");
        return new BenchSettings(settings.getProperty("bench.gateway-url"),
                settings.getProperty("bench.question-service-url"),
                integer(settings, "bench.learners"), integer(settings, "bench.clients"),
                integer(settings, "bench.answers-only.learners"), integer(settings, "bench.blueprint.learners"),
                integer(settings, "bench.answers-only.practice-size"),
                seconds(settings, "bench.idle-seconds"), seconds(settings, "bench.journeys-seconds"),
                seconds(settings, "bench.answers-only-seconds"), seconds(settings, "bench.blueprint-seconds"),
                seconds(settings, "bench.between-phases-seconds"),
                seconds(settings, "bench.settle-seconds"), Long.parseLong(settings.getProperty("bench.launcher-pid", "0")),
                dataDir.isBlank() ? null : Path.of(dataDir), Path.of(settings.getProperty("bench.output")));
    }

    private static int integer(Properties settings, String name) {
        return Integer.parseInt(settings.getProperty(name).strip());
    }

    private static Duration seconds(Properties settings, String name) {
        return Duration.ofSeconds(Long.parseLong(settings.getProperty(name).strip()));
    }
}
