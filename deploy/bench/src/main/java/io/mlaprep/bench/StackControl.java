package io.mlaprep.bench;

import io.mlaprep.infra.KafkaBroker;
import io.mlaprep.infra.RedisServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Takes parts of a running local stack away and waits for them to come back, the way an operator would: signals to
 * the pids the launcher writes, and hold files ({@code <data>/hold/<part>}) that keep the launcher's supervisor from
 * starting a stopped part again until they are removed.
 */
final class StackControl {

    private static final Duration POLL = Duration.ofMillis(500);

    private final Path dataDir;
    private final Map<StackPart, URI> healthUrls;
    private final String kafkaBootstrap;
    private final int redisPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    StackControl(Path dataDir, Map<StackPart, URI> healthUrls, String kafkaBootstrap, int redisPort) {
        this.dataDir = dataDir;
        this.healthUrls = Map.copyOf(healthUrls);
        this.kafkaBootstrap = kafkaBootstrap;
        this.redisPort = redisPort;
    }

    /** The part's running process; fails when there is none. */
    long pid(StackPart part) {
        return runningPid(part).orElseThrow(() -> new IllegalStateException(part + " is not running (no live pid in "
                + part.pidFile(dataDir) + ")"));
    }

    /** SIGKILL: no shutdown hook, no flush, connections cut. */
    void kill(StackPart part) {
        process(pid(part)).destroyForcibly();
    }

    /** SIGTERM, then waits until the process is gone. */
    void stop(StackPart part, Duration timeout) {
        ProcessHandle process = process(pid(part));
        process.destroy();
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(part + " did not stop within " + timeout, e);
        }
    }

    void hold(StackPart part) {
        try {
            Files.createDirectories(part.holdFile(dataDir).getParent());
            Files.writeString(part.holdFile(dataDir), "held by the fault harness\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void release(StackPart part) {
        try {
            Files.deleteIfExists(part.holdFile(dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a process other than {@code formerPid} runs the part and the part answers as healthy. */
    void awaitBack(StackPart part, long formerPid, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Long> pid = runningPid(part);
            if (pid.isPresent() && pid.get() != formerPid && healthy(part)) {
                return;
            }
            LearnerApi.pause(POLL);
        }
        throw new IllegalStateException(part + " was not back within " + timeout);
    }

    private boolean healthy(StackPart part) {
        return switch (part) {
            case REDIS -> RedisServer.answersPing(redisPort);
            case KAFKA -> KafkaBroker.hasABroker(kafkaBootstrap);
            default -> healthUp(healthUrls.get(part));
        };
    }

    private boolean healthUp(URI url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Optional<Long> runningPid(StackPart part) {
        try {
            long pid = Long.parseLong(Files.readString(part.pidFile(dataDir)).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ProcessHandle process(long pid) {
        return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
    }
}
