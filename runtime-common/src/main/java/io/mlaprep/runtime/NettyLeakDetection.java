package io.mlaprep.runtime;

/**
 * Netty's buffer-leak detection is off in a running service unless its command line names a level.
 *
 * <p>At Netty's default level ({@code simple}) one buffer in 128 records where it was allocated and released, each a
 * stack trace: through Reactor's operator chains, a hundred frames and more (JFR counted 6,000 in 30 s on the gateway
 * under load). Without them the gateway's CPU per proxied call fell by about a quarter with the C1 compiler alone, as
 * the local stack runs it (issue 15). For the services with Netty on their classpath (Lettuce, Reactor Netty) and the
 * local stack's launcher (its MongoDB wire server). A leak
 * is found where the detector stays on: the tests start their Spring contexts without a service's {@code main}, at
 * Netty's default.
 */
public final class NettyLeakDetection {

    static final String LEVEL = "io.netty.leakDetection.level";

    private NettyLeakDetection() {
    }

    /** Call first thing in {@code main}, before any Netty class has read the level. */
    public static void offUnlessConfigured() {
        if (System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, "disabled");
        }
    }
}
