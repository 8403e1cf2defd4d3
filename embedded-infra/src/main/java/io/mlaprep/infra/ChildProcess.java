package io.mlaprep.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child process whose output goes to a log file, stopped gently (SIGTERM) and then firmly.
 * Its pid is written next to the log so a later start can clean up after a killed parent.
 */
public final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path pidFile;

    private ChildProcess(String name, Process process, Path pidFile) {
        this.name = name;
        this.process = process;
        this.pidFile = pidFile;
    }

    public static ChildProcess start(String name, List<String> command, Path workDir, Path logFile) {
        return start(name, command, Map.of(), workDir, logFile);
    }

    public static ChildProcess start(String name, List<String> command, Map<String, String> environment,
                                     Path workDir, Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            killLeftover(pidFileFor(logFile));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            Process process = builder
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            Path pidFile = pidFileFor(logFile);
            Files.writeString(pidFile, Long.toString(process.pid()));
            return new ChildProcess(name, process, pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + command, e);
        }
    }

    /**
     * Runs a command to its end, its output appended to {@code logFile}: a one-off step such as formatting storage.
     * Fails when it has not ended within {@code limit} (it is then killed) or ends with another status than 0.
     */
    public static void runToEnd(String name, List<String> command, Map<String, String> environment, Path workDir,
                                Path logFile, Duration limit) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not end within " + limit + "; see " + logFile);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed (exit " + process.exitValue() + "); see " + logFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + name + ": " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " was interrupted", e);
        }
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Asks the process to stop and kills it after {@code grace}; {@link Duration#ZERO} kills it at once. */
    public void stop(Duration grace) {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a stale pid file is harmless: the next start checks the pid is still alive
        }
    }

    private static Path pidFileFor(Path logFile) {
        return logFile.resolveSibling(logFile.getFileName() + ".pid");
    }

    private static void killLeftover(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).ifPresent(handle -> {
                handle.destroy();
                handle.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> {
                    handle.destroyForcibly();
                    return handle;
                }).join();
            });
        } catch (NumberFormatException ignored) {
            // unreadable pid file: nothing to clean up
        }
        Files.deleteIfExists(pidFile);
    }
}
