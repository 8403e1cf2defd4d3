package io.mlaprep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the processes of a running local stack (deploy/local): the launcher JVM, which also hosts the MongoDB
 * wire server; its children Redis and the Kafka broker's JVM, by their command lines; and the five services,
 * by the pid files the launcher writes next to their logs ({@code <data>/logs/<service>.log.pid}), each checked
 * to be a child of that launcher, so a stale pid file is never measured.
 */
final class StackProcesses {

    static final String LAUNCHER = "local-stack (MongoDB wire server)";
    static final String REDIS = "Redis";
    static final String KAFKA = "Kafka";
    /** The launcher's names for the services' pid files, and the report's. */
    static final List<String> SERVICES = List.of("gateway", "question", "session", "analytics", "recommender");

    private final ProcFs proc;

    StackProcesses(ProcFs proc) {
        this.proc = proc;
    }

    /**
     * @param launcherPid the launcher's pid, or 0 to find the one process running {@code local-stack.jar}
     * @param dataDir the stack's data folder, or null for {@code <root>/data}, the root being the launcher's argument
     *                (as {@code run.sh} passes it)
     */
    List<StackProcess> find(long launcherPid, Path dataDir) {
        long launcher = launcher(launcherPid);
        Path data = dataDir(launcher, dataDir);
        List<StackProcess> found = new ArrayList<>();
        found.add(new StackProcess(LAUNCHER, launcher));
        found.add(new StackProcess(REDIS, childRunning(launcher, "redis-server")));
        found.add(new StackProcess(KAFKA, childRunning(launcher, "kafka.Kafka")));
        for (String service : SERVICES) {
            found.add(new StackProcess(service, service(launcher, data, service)));
        }
        return List.copyOf(found);
    }

    /** {@code launcherPid} if it runs, or the one launcher when it is 0. */
    long launcher(long launcherPid) {
        long launcher = launcherPid > 0 ? launcherPid : onlyLauncher();
        if (proc.commandLine(launcher).isEmpty()) {
            throw new IllegalStateException("no process " + launcher);
        }
        return launcher;
    }

    /** {@code dataDir}, or when null {@code <root>/data}, the root being the launcher's argument. */
    Path dataDir(long launcher, Path dataDir) {
        return dataDir != null ? dataDir : rootArgument(proc.commandLine(launcher)).resolve("data");
    }

    private long onlyLauncher() {
        List<Long> launchers = proc.pids().stream().filter(pid -> isLauncher(proc.commandLine(pid))).toList();
        if (launchers.size() != 1) {
            throw new IllegalStateException("expected one running local stack (a java process with local-stack.jar), found "
                    + launchers + "; name one with -Dbench.launcher-pid=PID");
        }
        return launchers.getFirst();
    }

    private static boolean isLauncher(String commandLine) {
        return commandLine.contains("java") && commandLine.contains("local-stack.jar");
    }

    private static Path rootArgument(String launcherCommand) {
        String[] words = launcherCommand.split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            if (words[i].endsWith("local-stack.jar")) {
                return Path.of(words[i + 1]);
            }
        }
        throw new IllegalStateException("the launcher was started without the repository root as its argument: "
                + launcherCommand + "; name the data folder with -Dbench.data-dir=DIR");
    }

    private long childRunning(long parent, String marker) {
        List<Long> children = proc.pids().stream()
                .filter(pid -> proc.stat(pid).map(stat -> stat.parentPid() == parent).orElse(false))
                .filter(pid -> proc.commandLine(pid).contains(marker)).toList();
        if (children.size() != 1) {
            throw new IllegalStateException("expected one child of " + parent + " running " + marker + ", found " + children);
        }
        return children.getFirst();
    }

    private long service(long launcher, Path data, String service) {
        Path pidFile = data.resolve("logs").resolve(service + ".log.pid");
        long pid;
        try {
            pid = Long.parseLong(Files.readString(pidFile).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("no pid file for " + service + " (is the stack running from " + data + "?)", e);
        }
        long parent = proc.stat(pid).map(ProcStat::parentPid)
                .orElseThrow(() -> new IllegalStateException(pidFile + " names " + pid + ", which is not running"));
        if (parent != launcher) {
            throw new IllegalStateException(pidFile + " names " + pid + ", a child of " + parent + ", not of the launcher "
                    + launcher);
        }
        return pid;
    }
}
