package io.mlaprep.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    @Test
    void writesTheLinesUnderTargetBenchmarksReplacingAnEarlierRun() throws IOException {
        BenchmarkReport.write("report-test", List.of("earlier"));

        Path file = BenchmarkReport.write("report-test", List.of("p50=1.00 ms", "p99=2.00 ms"));

        assertThat(file).isEqualTo(Path.of("target", "benchmarks", "report-test.txt"));
        assertThat(Files.readAllLines(file)).containsExactly("p50=1.00 ms", "p99=2.00 ms");
    }
}
