package io.mlaprep.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CPU ticks each stack process had used at one moment ({@link System#nanoTime()}). */
record CpuSample(long nanoTime, Map<String, Long> ticks) {

    static CpuSample take(ProcFs proc, List<StackProcess> processes) {
        long now = System.nanoTime();
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (StackProcess process : processes) {
            ProcStat stat = proc.stat(process.pid()).orElseThrow(() -> new IllegalStateException(process.name()
                    + " (pid " + process.pid() + ") stopped during the run: its CPU can no longer be counted"));
            ticks.put(process.name(), stat.cpuTicks());
        }
        return new CpuSample(now, Map.copyOf(ticks));
    }

    double secondsSince(CpuSample earlier) {
        return (nanoTime - earlier.nanoTime) / 1e9;
    }

    long ticksSince(CpuSample earlier, String process) {
        return ticks.get(process) - earlier.ticks.get(process);
    }
}
