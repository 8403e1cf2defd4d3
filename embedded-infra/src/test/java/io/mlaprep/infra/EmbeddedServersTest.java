package io.mlaprep.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedServersTest {

    @TempDir
    Path dir;

    @Test
    void kafkaBrokerKeepsRecordsAcrossARestartOnTheSamePort() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(FreePorts.next(), dir.resolve("kafka"))) {
            broker.start(Duration.ofSeconds(60));
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic("t", 1, (short) 1))).all().get();
            }
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                    broker.bootstrapServers(), "acks", "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("t", "k", "before-restart")).get();
            }

            broker.stop();
            assertThat(broker.isAlive()).isFalse();
            broker.start(Duration.ofSeconds(60));

            try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers",
                    broker.bootstrapServers(), "group.id", "g", "auto.offset.reset", "earliest"),
                    new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("t"));
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                for (int i = 0; i < 20 && records.isEmpty(); i++) {
                    records = consumer.poll(Duration.ofMillis(500));
                }
                assertThat(records.iterator().next().value()).isEqualTo("before-restart");
            }
        }
    }

    @Test
    void redisServerAnswersAndKeepsAppendOnlyDataAcrossARestart() {
        int port = FreePorts.next();
        try (RedisServer redis = new RedisServer(port, dir.resolve("redis"), true)) {
            redis.start(Duration.ofSeconds(10));
            RedisClient client = RedisClient.create("redis://127.0.0.1:" + port);
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                connection.sync().set("k", "v");
                assertThat(connection.sync().configGet("maxmemory-policy")).containsEntry("maxmemory-policy", "noeviction");
                assertThat(connection.sync().configGet("maxmemory")).containsEntry("maxmemory", "1073741824");
            }
            redis.stop();
            redis.start(Duration.ofSeconds(10));
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                assertThat(connection.sync().get("k")).isEqualTo("v");
            } finally {
                client.shutdown();
            }
        }
    }

    @Test
    void mongoWireServerOnDiskKeepsDocumentsAcrossARestart() {
        Path file = dir.resolve("mongo/data.mv");
        int port = FreePorts.next();
        try (MongoWireServer server = MongoWireServer.onDisk(file, port);
             MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("db").getCollection("c").insertOne(new Document("_id", "x").append("n", 1));
        }
        try (MongoWireServer server = MongoWireServer.onDisk(file, port);
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(client.getDatabase("db").getCollection("c").find().first()).containsEntry("n", 1);
        }
    }
}
