package io.mlaprep.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server that accepts connections and never answers: what a hung dependency looks like from outside. Counts the
 * connections it took, so a test can tell a timeout from a refusal. As a {@code static @RegisterExtension} field it
 * closes after the test class.
 */
public final class SilentServer implements AutoCloseable, AfterAllCallback {

    private final ServerSocket socket;
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    public SilentServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a platform thread: the service under test may keep every carrier of the virtual threads busy
        Thread.ofPlatform().daemon().name("silent-server").start(this::accept);
    }

    public String uri(String path) {
        InetAddress address = socket.getInetAddress();
        String host = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]"
                : address.getHostAddress();
        return "http://" + host + ":" + socket.getLocalPort() + path;
    }

    public int connectionsTaken() {
        return held.size();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                held.add(socket.accept());
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        close();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket connection : held) {
            connection.close();
        }
    }
}
