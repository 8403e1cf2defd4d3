package io.mlaprep.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/** bench.properties, each entry overridden by a system property of the same name ({@code -Dbench.x=}). */
final class BenchProperties {

    private final Properties settings;

    private BenchProperties(Properties settings) {
        this.settings = settings;
    }

    static BenchProperties load() {
        Properties defaults = new Properties();
        try (InputStream in = BenchProperties.class.getResourceAsStream("/bench.properties")) {
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties settings = new Properties(defaults);
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("bench."))
                .forEach(name -> settings.setProperty(name, System.getProperty(name)));
        return new BenchProperties(settings);
    }

    String text(String name) {
        String value = settings.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("no setting " + name + " in bench.properties");
        }
        return value.strip();
    }

    int integer(String name) {
        return Integer.parseInt(text(name));
    }

    Duration seconds(String name) {
        return Duration.ofSeconds(Long.parseLong(text(name)));
    }

    long launcherPid() {
        return Long.parseLong(text("bench.launcher-pid"));
    }

    /** Null when empty: the data folder is then found from the launcher's command line. */
    Path dataDir() {
        String dataDir = settings.getProperty("bench.data-dir", "");
        return dataDir.isBlank() ? null : Path.of(dataDir.strip());
    }
}
