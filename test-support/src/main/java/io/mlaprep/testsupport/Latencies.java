package io.mlaprep.testsupport;

import java.util.Arrays;

/** Collects latencies of repeated calls and reports percentiles, for benchmarks. */
public final class Latencies {

    private final long[] nanos;
    private int count;

    public Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    public void time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        nanos[count++] = System.nanoTime() - start;
    }

    public void record(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    public double percentileMillis(double percentile) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
    }

    public int count() {
        return count;
    }

    public String summary() {
        return String.format("n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms", count, percentileMillis(50),
                percentileMillis(90), percentileMillis(99), percentileMillis(100));
    }
}
