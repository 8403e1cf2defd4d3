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

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    public synchronized void stop() {
        if (process != null) {
            process.stop(stopGrace);
            process = null;
        }
    }

    /** Stops at once without a graceful shutdown (throw-away test servers). */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
