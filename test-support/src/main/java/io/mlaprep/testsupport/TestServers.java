package io.mlaprep.testsupport;

import io.mlaprep.infra.FreePorts;
import io.mlaprep.infra.KafkaBroker;
import io.mlaprep.infra.MongoWireServer;
import io.mlaprep.infra.RedisServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.testcontainers.DockerClientFactory;

/** The servers shared by every test in this JVM, started on first use and stopped when the JVM exits. */
public final class TestServers {

    private static final boolean DOCKER = dockerAvailable();
    private static KafkaControl kafka;
    private static Integer redisPort;
    private static String mongo;

    private TestServers() {
    }

    public static synchronized KafkaControl kafka() {
        if (kafka == null) {
            kafka = DOCKER ? ContainerServers.kafka() : embeddedKafka();
        }
        return kafka;
    }

    public static synchronized int redisPort() {
        if (redisPort == null) {
            redisPort = DOCKER ? ContainerServers.redisPort() : embeddedRedis();
        }
        return redisPort;
    }

    public static synchronized String mongoConnectionString() {
        if (mongo == null) {
            mongo = DOCKER ? ContainerServers.mongoConnectionString() : embeddedMongo();
        }
        return mongo;
    }

    private static KafkaControl embeddedKafka() {
        KafkaBroker broker = new KafkaBroker(FreePorts.next(), tempDir("kafka"));
        broker.start(Duration.ofSeconds(90));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::kill, "kafka-stop"));
        return new KafkaControl() {
            @Override
            public String bootstrapServers() {
                return broker.bootstrapServers();
            }

            @Override
            public void stop() {
                broker.stop();
            }

            @Override
            public void start() {
                broker.start(Duration.ofSeconds(90));
            }
        };
    }

    private static int embeddedRedis() {
        RedisServer redis = new RedisServer(FreePorts.next(), tempDir("redis"), false);
        redis.start(Duration.ofSeconds(20));
        Runtime.getRuntime().addShutdownHook(new Thread(redis::kill, "redis-stop"));
        return redis.port();
    }

    private static String embeddedMongo() {
        MongoWireServer server = MongoWireServer.inMemory(0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "mongo-stop"));
        return server.connectionString();
    }

    private static Path tempDir(String name) {
        try {
            Path dir = Files.createTempDirectory("mla-test-" + name);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        if (Boolean.getBoolean("mla.tests.embedded")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }
}
