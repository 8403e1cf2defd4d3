package io.mlaprep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class BenchReportTest {

    /** Gatling's statistics row of the answered-through phase's PUT (the format GatlingStatsTest reads). */
    private static final String GATLING_TABLE = """
            <tr id="req_answered-thr-1" data-parent="ROOT">
              <td class="total col-1"><span class="ellipsed-name">answered through: PUT response</span></td>
              <td class="value total col-2">1,000</td>
              <td class="value ok col-3">1,000</td>
              <td class="value ko col-4">0</td>
              <td class="value total col-8">61</td>
              <td class="value total col-11">143</td>
            </tr>
            """;

    @Test
    void theAnsweredThroughPhaseIsReportedWithItsRateAndItsCpuPerAnswerByProcess(@TempDir Path folder)
            throws IOException {
        Iterator<CpuSample> edges = List.of(CpuCostTest.LOAD_START, CpuCostTest.LOAD_END).iterator();
        LoadWindow window = new LoadWindow(1, edges::next);
        window.enter();
        window.leave();
        CpuCost cost = CpuCost.of(CpuCostTest.PROCESSES, CpuCostTest.IDLE_START, CpuCostTest.IDLE_END, window.start(),
                window.end(), 1_000, 100);
        new Measurements().answeredThrough(window, 1_000, cost).write(folder);
        Path gatlingRun = Files.createDirectories(folder.resolve("gatling").resolve("run-1"));
        Files.writeString(gatlingRun.resolve("index.html"), GATLING_TABLE);

        String report = BenchReport.markdown(
                JsonMapper.builder().build().readTree(Files.readString(folder.resolve(Measurements.FILE))),
                GatlingStats.newestIn(folder.resolve("gatling")));

        String row = report.lines().filter(line -> line.startsWith("| sessions answered through")).findFirst()
                .orElseThrow();
        // session: 10 s of CPU less 0.05 idle cores x 40 s over 1,000 answers = 8 ms; Kafka 0.2 ms
        assertThat(row).contains("25.0 answers/s (1000 in 40.0 s)", "**8.2 ms** (session 8.00, Kafka 0.20 ms)",
                "61 / 143 ms");
    }
}
