package io.mlaprep.localstack;

import io.mlaprep.infra.FreePorts;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Where the stack runs: the repository (for the service jars), the data folder, the ports, the JVM
 * options for the services and the demo accounts' password. Every port can be moved with an
 * environment variable.
 *
 * @param extraEnvironment more environment for every service; the wiring between them wins over it
 */
public record StackConfig(Path root, Path dataDir, Ports ports, String serviceJavaOptions, String demoPassword,
                          Map<String, String> extraEnvironment) {

    static final String DEFAULT_JAVA_OPTIONS = "-Xms48m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "
            + "-Xss512k -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED";
    static final String DEFAULT_DEMO_PASSWORD = "mla-demo-2026";

    public StackConfig(Path root, Path dataDir, Ports ports, String serviceJavaOptions) {
        this(root, dataDir, ports, serviceJavaOptions, DEFAULT_DEMO_PASSWORD, Map.of());
    }

    /** The same stack with more environment for every service (e.g. to lift rate limits for a benchmark). */
    public StackConfig with(Map<String, String> environment) {
        return new StackConfig(root, dataDir, ports, serviceJavaOptions, demoPassword, environment);
    }

    public static StackConfig fromEnvironment(Path root) {
        Map<String, String> env = System.getenv();
        Path data = Path.of(env.getOrDefault("MLA_DATA_DIR", root.resolve("data").toString())).toAbsolutePath();
        return new StackConfig(root, data, Ports.defaults(env), env.getOrDefault("MLA_JAVA_OPTS", DEFAULT_JAVA_OPTIONS),
                env.getOrDefault("DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD), Map.of());
    }

    /** {@link #serviceJavaOptions} as the arguments of a command line. */
    List<String> serviceJavaArguments() {
        return List.of(serviceJavaOptions.trim().split("\\s+"));
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.gateway();
    }

    /** @param gatewayManagement the gateway's actuator, kept off its public port */
    public record Ports(int gateway, int gatewayManagement, int question, int session, int analytics, int recommender,
                        int kafka, int redis, int mongo) {

        static final Ports STANDARD = new Ports(8080, 8090, 8081, 8082, 8083, 8084, 9092, 6380, 27017);

        /** The standard ports, each moved by its environment variable when that is set. */
        public static Ports defaults(Map<String, String> env) {
            return of(STANDARD.byVariable().entrySet().stream()
                    .mapToInt(port -> Integer.parseInt(env.getOrDefault(port.getKey(), port.getValue().toString()))));
        }

        /** Ports free right now, all different, for a stack that must not meet another one (tests). */
        public static Ports free() {
            return of(IntStream.generate(FreePorts::nextBelowEphemeral).distinct());
        }

        /** Each port under the environment variable that moves it, in the order of the components. */
        public Map<String, Integer> byVariable() {
            Map<String, Integer> ports = new LinkedHashMap<>();
            ports.put("GATEWAY_PORT", gateway);
            ports.put("GATEWAY_MANAGEMENT_PORT", gatewayManagement);
            ports.put("QUESTION_SERVICE_PORT", question);
            ports.put("SESSION_SERVICE_PORT", session);
            ports.put("ANALYTICS_SERVICE_PORT", analytics);
            ports.put("RECOMMENDER_SERVICE_PORT", recommender);
            ports.put("KAFKA_PORT", kafka);
            ports.put("REDIS_PORT", redis);
            ports.put("MONGODB_PORT", mongo);
            return ports;
        }

        private static Ports of(IntStream inComponentOrder) {
            int[] p = inComponentOrder.limit(9).toArray();
            return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]);
        }
    }
}
