package io.mlaprep.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where a benchmark's results go: the console, and {@code target/benchmarks/<name>.txt} of the module it runs in. */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /** Prints {@code lines} and writes them to the report file, replacing an earlier run's; returns the file. */
    public static Path write(String name, List<String> lines) {
        lines.forEach(System.out::println);
        Path out = Path.of("target", "benchmarks", name + ".txt");
        try {
            Files.createDirectories(out.getParent());
            return Files.write(out, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out.toAbsolutePath(), e);
        }
    }
}
