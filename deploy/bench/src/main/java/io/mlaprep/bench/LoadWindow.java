package io.mlaprep.bench;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * A load phase's window: it opens when its first client starts and closes when its last one leaves, sampling the
 * stack's CPU at both edges; it counts the phase's successful calls.
 */
final class LoadWindow {

    private final int clients;
    private final Supplier<CpuSample> sampler;
    private final AtomicInteger entered = new AtomicInteger();
    private final AtomicInteger left = new AtomicInteger();
    private final LongAdder successes = new LongAdder();
    private volatile CpuSample start;
    private volatile CpuSample end;

    LoadWindow(int clients, Supplier<CpuSample> sampler) {
        this.clients = clients;
        this.sampler = sampler;
    }

    void enter() {
        if (entered.getAndIncrement() == 0) {
            start = sampler.get();
        }
    }

    void leave() {
        if (left.incrementAndGet() == clients) {
            end = sampler.get();
        }
    }

    void succeeded() {
        successes.increment();
    }

    boolean closed() {
        return end != null;
    }

    CpuSample start() {
        return start;
    }

    CpuSample end() {
        return end;
    }

    double seconds() {
        return end.secondsSince(start);
    }

    long successes() {
        return successes.sum();
    }

    double perSecond() {
        return successes() / seconds();
    }
}
