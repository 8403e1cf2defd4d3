package io.mlaprep.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU ticks each stack process had used at one moment ({@link System#nanoTime()}), and beside them the load
 * generator's own (this JVM) and the whole machine's busy ticks, to tell what else competed for the cores.
 */
record CpuSample(long nanoTime, Map<String, Long> ticks, long generatorTicks, long machineBusyTicks) {

    static CpuSample take(ProcFs proc, List<StackProcess> processes) {
        long now = System.nanoTime();
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (StackProcess process : processes) {
            ProcStat stat = proc.stat(process.pid()).orElseThrow(() -> new IllegalStateException(process.name()
                    + " (pid " + process.pid() + ") stopped during the run: its CPU can no longer be counted"));
            ticks.put(process.name(), stat.cpuTicks());
        }
        long generator = proc.stat(ProcessHandle.current().pid()).map(ProcStat::cpuTicks).orElse(0L);
        return new CpuSample(now, Map.copyOf(ticks), generator, proc.machineBusyTicks());
    }

    double secondsSince(CpuSample earlier) {
        return (nanoTime - earlier.nanoTime) / 1e9;
    }

    long ticksSince(CpuSample earlier, String process) {
        return ticks.get(process) - earlier.ticks.get(process);
    }
}
