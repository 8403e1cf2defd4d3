package io.mlaprep.servicedefaults.outbox;

import io.mlaprep.testsupport.TestServers;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** What a Redis-outbox relay test runs on: a client of the real Redis server, a topic and a producer on real Kafka. */
final class OutboxServers implements AutoCloseable {

    private final LettuceConnectionFactory connections;
    private final DefaultKafkaProducerFactory<String, String> producers;
    private final StringRedisTemplate redis;

    OutboxServers(String topic) throws Exception {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", TestServers.redisPort()));
        connections.afterPropertiesSet();
        connections.start();
        redis = new StringRedisTemplate(connections);
        String kafka = TestServers.kafka().bootstrapServers();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        producers = new DefaultKafkaProducerFactory<>(Map.of("bootstrap.servers", kafka, "acks", "all",
                "enable.idempotence", true, "delivery.timeout.ms", 20_000, "request.timeout.ms", 10_000),
                new StringSerializer(), new StringSerializer());
    }

    LettuceConnectionFactory connections() {
        return connections;
    }

    StringRedisTemplate redis() {
        return redis;
    }

    KafkaTemplate<String, String> kafka() {
        return new KafkaTemplate<>(producers);
    }

    @Override
    public void close() {
        producers.destroy();
        connections.destroy();
    }
}
