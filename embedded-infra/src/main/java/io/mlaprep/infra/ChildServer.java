package io.mlaprep.infra;

import java.time.Duration;

/** A server run as a child process: started by the subclass, stopped gently or killed here. */
abstract class ChildServer implements AutoCloseable {

    private final Duration stopGrace;
    private ChildProcess process;

    ChildServer(Duration stopGrace) {
        this.stopGrace = stopGrace;
    }

    synchronized void started(ChildProcess process) {
        this.process = process;
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    public void stop() {
        stop(stopGrace);
    }

    /** Stops at once without a graceful shutdown (throw-away test servers). */
    public void kill() {
        stop(Duration.ZERO);
    }

    private synchronized void stop(Duration grace) {
        if (process != null) {
            process.stop(grace);
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
