package io.mlaprep.localstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the stack runs: the repository (for the service jars), the data folder, the ports, and the
 * JVM options for the services. Every port can be moved with an environment variable.
 */
public record StackConfig(Path root, Path dataDir, Ports ports, String serviceJavaOptions,
                          Map<String, String> extraEnvironment) {

    public StackConfig(Path root, Path dataDir, Ports ports, String serviceJavaOptions) {
        this(root, dataDir, ports, serviceJavaOptions, Map.of());
    }

    /** The same stack with more environment for every service (e.g. to lift rate limits for a benchmark). */
    public StackConfig with(Map<String, String> environment) {
        return new StackConfig(root, dataDir, ports, serviceJavaOptions, environment);
    }

    static final String DEFAULT_JAVA_OPTIONS = "-Xms48m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "
            + "-Xss512k -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED";

    /** @param gatewayManagement the gateway's actuator, kept off its public port */
    public record Ports(int gateway, int gatewayManagement, int question, int session, int analytics, int recommender,
                        int kafka, int redis, int mongo) {

        public static Ports defaults(Map<String, String> env) {
            return new Ports(port(env, "GATEWAY_PORT", 8080), port(env, "GATEWAY_MANAGEMENT_PORT", 8090),
                    port(env, "QUESTION_SERVICE_PORT", 8081),
                    port(env, "SESSION_SERVICE_PORT", 8082), port(env, "ANALYTICS_SERVICE_PORT", 8083),
                    port(env, "RECOMMENDER_SERVICE_PORT", 8084), port(env, "KAFKA_PORT", 9092),
                    port(env, "REDIS_PORT", 6380), port(env, "MONGODB_PORT", 27017));
        }

        private static int port(Map<String, String> env, String name, int fallback) {
            return Integer.parseInt(env.getOrDefault(name, Integer.toString(fallback)));
        }
    }

    public static StackConfig fromEnvironment(Path root) {
        Map<String, String> env = System.getenv();
        Path data = Path.of(env.getOrDefault("MLA_DATA_DIR", root.resolve("data").toString())).toAbsolutePath();
        return new StackConfig(root, data, Ports.defaults(env),
                env.getOrDefault("MLA_JAVA_OPTS", DEFAULT_JAVA_OPTIONS));
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.gateway();
    }
}
