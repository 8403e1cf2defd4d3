package io.mlaprep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A proc tree laid out in a folder, as the kernel shows a running local stack beside other processes. */
class StackProcessesTest {

    @TempDir
    Path proc;
    @TempDir
    Path repository;

    private static final Map<String, Long> SERVICES = new LinkedHashMap<>(Map.of("gateway", 110L, "question", 111L,
            "session", 112L, "analytics", 113L, "recommender", 114L));

    @BeforeEach
    void aRunningStack() throws IOException {
        process(1, 0, "/sbin/init");
        process(50, 1, "redis-server 127.0.0.1:6379");
        process(100, 1, "/usr/bin/java", "-jar", "deploy/local/target/local-stack.jar", repository.toString());
        process(101, 100, "/usr/bin/redis-server", "127.0.0.1:6380");
        process(102, 100, "/usr/bin/java", "-Xmx512m", "-cp", "kafka.jar", "kafka.Kafka", "server.properties");
        Files.createDirectories(repository.resolve("data/logs"));
        for (Map.Entry<String, Long> service : SERVICES.entrySet()) {
            process(service.getValue(), 100, "/usr/bin/java", "-jar", service.getKey() + "-exec.jar");
            Files.writeString(repository.resolve("data/logs/" + service.getKey() + ".log.pid"), service.getValue().toString());
        }
    }

    @Test
    void findsTheLauncherItsChildrenByCommandLineAndTheServicesByTheirPidFiles() {
        List<StackProcess> found = new StackProcesses(new ProcFs(proc)).find(0, null);

        assertThat(found).containsExactly(new StackProcess(StackProcesses.LAUNCHER, 100),
                new StackProcess(StackProcesses.REDIS, 101), new StackProcess(StackProcesses.KAFKA, 102),
                new StackProcess("gateway", 110), new StackProcess("question", 111), new StackProcess("session", 112),
                new StackProcess("analytics", 113), new StackProcess("recommender", 114));
    }

    @Test
    void aPidFileNamingAProcessThatIsNoChildOfTheLauncherIsRefused() throws IOException {
        Files.writeString(repository.resolve("data/logs/session.log.pid"), "50");

        assertThatThrownBy(() -> new StackProcesses(new ProcFs(proc)).find(0, null))
                .hasMessageContaining("session.log.pid").hasMessageContaining("not of the launcher");
    }

    @Test
    void twoRunningStacksNeedTheLauncherNamed() throws IOException {
        process(200, 1, "/usr/bin/java", "-jar", "deploy/local/target/local-stack.jar", "/elsewhere");

        assertThatThrownBy(() -> new StackProcesses(new ProcFs(proc)).find(0, null))
                .hasMessageContaining("bench.launcher-pid");
        assertThat(new StackProcesses(new ProcFs(proc)).find(100, null)).hasSize(8);
    }

    private void process(long pid, long parent, String... commandLine) throws IOException {
        Path folder = Files.createDirectories(proc.resolve(Long.toString(pid)));
        Files.writeString(folder.resolve("cmdline"), String.join("\0", commandLine) + "\0");
        Files.writeString(folder.resolve("stat"), pid + " (" + Path.of(commandLine[0]).getFileName() + ") S " + parent
                + " 1 1 0 -1 4194560 100 0 0 0 " + pid * 10 + " " + pid + " 0 0 20 0 1 0 100 1000 100");
    }
}
