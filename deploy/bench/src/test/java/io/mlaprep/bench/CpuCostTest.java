package io.mlaprep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuCostTest {

    private static final long SECOND = 1_000_000_000L;
    static final List<String> PROCESSES = List.of("session", "Kafka");

    /** 100 ticks a second; idle 10 s, then a 40 s window with 1,000 answers (BenchReportTest reads them too). */
    static final CpuSample IDLE_START = new CpuSample(0, Map.of("session", 1_000L, "Kafka", 500L), 0, 10_000);
    static final CpuSample IDLE_END = new CpuSample(10 * SECOND, Map.of("session", 1_050L, "Kafka", 520L), 10, 10_100);
    static final CpuSample LOAD_START = new CpuSample(100 * SECOND, Map.of("session", 2_000L, "Kafka", 900L), 100, 20_000);
    static final CpuSample LOAD_END = new CpuSample(140 * SECOND, Map.of("session", 3_000L, "Kafka", 1_000L), 900, 27_000);

    private final CpuCost cost = CpuCost.of(PROCESSES, IDLE_START, IDLE_END, LOAD_START, LOAD_END, 1_000, 100);

    @Test
    void idleCoresAreIdleTicksOverTheIdleWindow() {
        // session: 50 ticks = 0.5 s in 10 s; Kafka: 20 ticks = 0.2 s in 10 s
        assertThat(cost.rows().get(0).idleCores()).isCloseTo(0.05, within(1e-9));
        assertThat(cost.rows().get(1).idleCores()).isCloseTo(0.02, within(1e-9));
        assertThat(cost.idleCores()).isCloseTo(0.07, within(1e-9));
    }

    @Test
    void cpuPerAnswerSubtractsEachProcesssIdleRateOverTheLoadWindow() {
        // session: 1,000 ticks = 10 s for 1,000 answers = 10 ms; less 0.05 cores x 40 s = 2 s: 8 ms
        assertThat(cost.rows().get(0).rawMsPerAnswer()).isCloseTo(10.0, within(1e-9));
        assertThat(cost.rows().get(0).netMsPerAnswer()).isCloseTo(8.0, within(1e-9));
        // Kafka: 100 ticks = 1 s = 1 ms; less 0.02 x 40 s = 0.8 s: 0.2 ms
        assertThat(cost.rows().get(1).netMsPerAnswer()).isCloseTo(0.2, within(1e-9));
        assertThat(cost.netMsPerAnswer()).isCloseTo(8.2, within(1e-9));
        assertThat(cost.rawMsPerAnswer()).isCloseTo(11.0, within(1e-9));
        assertThat(cost.loadCpuSeconds()).isCloseTo(11.0, within(1e-9));
        assertThat(cost.loadSeconds()).isCloseTo(40.0, within(1e-9));
    }

    @Test
    void whatElseRanInTheWindowIsTheMachinesBusyTimeLessTheStacksAndTheGenerators() {
        // machine: 7,000 ticks in 40 s = 1.75 cores; stack 1,100 ticks = 0.275; generator 800 ticks = 0.2
        assertThat(cost.duringLoad().busyCores()).isCloseTo(1.75, within(1e-9));
        assertThat(cost.duringLoad().generatorCores()).isCloseTo(0.2, within(1e-9));
        assertThat(cost.duringLoad().otherCores()).isCloseTo(1.275, within(1e-9));
    }

    @Test
    void withoutAnAcknowledgedAnswerThereIsNoCpuPerAnswer() {
        assertThatThrownBy(() -> CpuCost.of(PROCESSES, IDLE_START, IDLE_END, LOAD_START, LOAD_END, 0, 100))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
