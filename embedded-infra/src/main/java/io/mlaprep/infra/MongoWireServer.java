package io.mlaprep.infra;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server (mongo-java-server) in this JVM: in memory for tests, or on disk
 * (H2 backend) for the local stack so data survives restarts. The real MongoDB driver talks to it
 * over TCP. It has no multi-document transactions and no $text search; the services do not use them.
 */
public final class MongoWireServer implements AutoCloseable {

    private final MongoServer server;
    private final int port;

    private MongoWireServer(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        if (port == 0) {
            InetSocketAddress address = server.bind();
            this.port = address.getPort();
        } else {
            server.bind("127.0.0.1", port);
            this.port = port;
        }
    }

    public static MongoWireServer inMemory(int port) {
        return new MongoWireServer(new MemoryBackend(), port);
    }

    public static MongoWireServer onDisk(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MongoWireServer(new H2Backend(file.toAbsolutePath().toString()), port);
    }

    public int port() {
        return port;
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
