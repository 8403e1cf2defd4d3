package io.mlaprep.testsupport;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same servers as real images, used when a Docker engine is present. */
final class ContainerServers {

    private ContainerServers() {
    }

    static KafkaControl kafka() {
        KafkaContainer container = new KafkaContainer("apache/kafka:4.1.2");
        container.start();
        return new KafkaControl() {
            @Override
            public String bootstrapServers() {
                return container.getBootstrapServers();
            }

            @Override
            public void stop() {
                // pausing keeps the mapped port, so clients reconnect to the same address afterwards
                container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
            }

            @Override
            public void start() {
                container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
            }
        };
    }

    static int redisPort() {
        GenericContainer<?> redis = new GenericContainer<>("redis:7.4").withExposedPorts(6379)
                .withCommand("redis-server", "--appendonly", "yes");
        redis.start();
        return redis.getMappedPort(6379);
    }

    static String mongoConnectionString() {
        MongoDBContainer mongo = new MongoDBContainer("mongo:7.0");
        mongo.start();
        return mongo.getConnectionString();
    }
}
