package io.mlaprep.bench;

import java.util.Arrays;

/** The first line of /proc/stat (proc(5)): ticks all CPUs spent per state since boot. */
final class MachineStat {

    private static final int IDLE = 3;
    private static final int IOWAIT = 4;
    /** user, nice, system, idle, iowait, irq, softirq, steal; guest time is already in user. */
    private static final int STATES = 8;

    private MachineStat() {
    }

    /** Every state but idle and iowait. */
    static long busyTicks(String cpuLine) {
        if (!cpuLine.startsWith("cpu ")) {
            throw new IllegalArgumentException("not the cpu line of /proc/stat: " + cpuLine);
        }
        long[] ticks = Arrays.stream(cpuLine.substring(4).strip().split(" +")).limit(STATES).mapToLong(Long::parseLong)
                .toArray();
        return Arrays.stream(ticks).sum() - ticks[IDLE] - ticks[IOWAIT];
    }
}
