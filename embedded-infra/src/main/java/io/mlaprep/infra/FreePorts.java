package io.mlaprep.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.Random;

public final class FreePorts {

    private static final int STABLE_LOW = 20_000;
    private static final int STABLE_HIGH = 32_000;
    private static final Random RANDOM = new SecureRandom();

    private FreePorts() {
    }

    public static int next() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    /**
     * A free port below the kernel's ephemeral range (32768 and up on Linux), for a server that binds it later: a port
     * handed out by {@link #next()} is an ephemeral one, and any outgoing connection may take it again between this
     * check and the bind, as happened to a restarted gateway.
     */
    public static int nextBelowEphemeral() {
        for (int attempt = 0; attempt < 500; attempt++) {
            int port = STABLE_LOW + RANDOM.nextInt(STABLE_HIGH - STABLE_LOW);
            if (isFree(port)) {
                return port;
            }
        }
        return next();
    }

    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
