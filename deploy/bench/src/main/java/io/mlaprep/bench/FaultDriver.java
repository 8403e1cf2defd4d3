package io.mlaprep.bench;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Runs the drill on its own thread while the load runs: a warm-up, then each fault followed by a quiet recovery, and
 * keeps each fault's window. A fault that fails (a part that does not come back) is recorded and the drill goes on,
 * so one bad part does not hide what the others did.
 */
final class FaultDriver {

    private final List<Fault> faults;
    private final StackControl stack;
    private final Duration warmUp;
    private final Duration recovery;
    private final List<FaultWindow> windows = new CopyOnWriteArrayList<>();
    private volatile boolean finished;
    private Thread thread;

    FaultDriver(List<Fault> faults, StackControl stack, Duration warmUp, Duration recovery) {
        this.faults = List.copyOf(faults);
        this.stack = stack;
        this.warmUp = warmUp;
        this.recovery = recovery;
    }

    void start() {
        thread = Thread.ofPlatform().name("fault-driver").daemon().start(this::drill);
    }

    boolean finished() {
        return finished;
    }

    List<FaultWindow> windows() {
        return List.copyOf(windows);
    }

    void join() throws InterruptedException {
        thread.join();
    }

    private void drill() {
        try {
            LearnerApi.pause(warmUp);
            for (Fault fault : faults) {
                System.out.println("Fault: " + fault.name() + "...");
                long start = System.currentTimeMillis();
                String failure = null;
                try {
                    fault.action().run(stack);
                } catch (Exception e) {
                    failure = e.toString();
                    System.out.println("  it failed: " + failure);
                }
                long back = System.currentTimeMillis();
                windows.add(new FaultWindow(fault.name(), fault.down(), start, back, recovery.toMillis(), failure));
                System.out.printf("  back after %.1f s%n", (back - start) / 1000.0);
                LearnerApi.pause(recovery);
            }
        } finally {
            finished = true;
        }
    }
}
