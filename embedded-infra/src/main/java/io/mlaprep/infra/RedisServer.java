package io.mlaprep.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real Redis server as a child process: {@code redis-server} from the PATH, else the Linux
 * binary bundled in the embedded-redis jar (Redis 6.2).
 */
public final class RedisServer extends ChildServer {

    private static final String BUNDLED_BINARY = "/redis-server-6.2.6-v5-linux-amd64";

    private final int port;
    private final Path dataDir;
    private final boolean appendOnly;

    /** The local stack's ceiling; deployments size theirs to the instance (deploy/README.md). */
    static final String MAX_MEMORY = "1gb";

    public RedisServer(int port, Path dataDir, boolean appendOnly) {
        super(Duration.ofSeconds(10));
        this.port = port;
        this.dataDir = dataDir;
        this.appendOnly = appendOnly;
    }

    public int port() {
        return port;
    }

    public synchronized RedisServer start(Duration timeout) {
        if (isAlive()) {
            return this;
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>(List.of(executable().toString(),
                "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--dir", dataDir.toAbsolutePath().toString(), "--save", "", "--daemonize", "no",
                "--protected-mode", "yes",
                // nothing stored here may be evicted (sessions, answers, outbox, learner models): when full, Redis
                // refuses writes and the services answer 503, instead of silently dropping data
                "--maxmemory", MAX_MEMORY, "--maxmemory-policy", "noeviction"));
        if (appendOnly) {
            command.addAll(List.of("--appendonly", "yes", "--appendfsync", "everysec"));
        } else {
            command.addAll(List.of("--appendonly", "no"));
        }
        started(ChildProcess.start("redis", command, dataDir, dataDir.resolve("redis.log")));
        if (!Waits.until(() -> answersPing(port), timeout)) {
            stop();
            throw new IllegalStateException("Redis did not answer PING on port " + port + " within " + timeout
                    + "; see " + dataDir.resolve("redis.log"));
        }
        return this;
    }

    /** Whether a Redis server on this machine's {@code port} answers PING (also used by the fault harness). */
    public static boolean answersPing(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            socket.setSoTimeout(500);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] reply = new byte[7];
            int read = socket.getInputStream().read(reply);
            return read > 0 && new String(reply, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (IOException e) {
            return false;
        }
    }

    static Path executable() {
        return onPath().orElseGet(RedisServer::bundled);
    }

    private static Optional<Path> onPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "redis-server"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static Path bundled() {
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "mla-redis-server-6.2.6");
        if (Files.isExecutable(target)) {
            return target;
        }
        try (InputStream in = RedisServer.class.getResourceAsStream(BUNDLED_BINARY)) {
            if (in == null) {
                throw new IllegalStateException("no redis-server on the PATH and no bundled binary");
            }
            Path tmp = Files.createTempFile("redis-server", ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
