package io.mlaprep.bench;

import io.mlaprep.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The poison fault and what the broker says afterwards: a record that is no event on every event topic, how many
 * records each topic's dead-letter topic holds, and each consumer group's lag (a partition stuck behind a poison
 * record would show as lag that never drains).
 */
final class PoisonRecords implements AutoCloseable {

    static final List<String> TOPICS = List.of(Topics.QUESTION_CHANGED, Topics.ANSWER_SUBMITTED,
            Topics.SESSION_COMPLETED, Topics.LEARNER_MODEL_CHANGED);
    private static final byte[] POISON = "poison from the fault harness: not an event".getBytes(StandardCharsets.UTF_8);

    private final String bootstrap;
    private final Admin admin;

    PoisonRecords(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    void sendToEveryTopic() throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (String topic : TOPICS) {
                producer.send(new ProducerRecord<>(topic, "poison".getBytes(StandardCharsets.UTF_8), POISON))
                        .get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Records in each event topic's dead-letter topic (its end offsets summed; a missing one holds 0). */
    Map<String, Long> deadLetters() throws Exception {
        Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        Map<String, Long> counts = new TreeMap<>();
        for (String topic : TOPICS) {
            String deadLetter = Topics.deadLetter(topic);
            counts.put(deadLetter, existing.contains(deadLetter) ? endOffsets(deadLetter) : 0L);
        }
        return counts;
    }

    /** Each consumer group's lag summed over its partitions: end offset minus committed offset. */
    Map<String, Long> lagByGroup() throws Exception {
        Map<String, Long> lag = new TreeMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, Long> ends = ends(committed.keySet());
            lag.put(group.groupId(), committed.entrySet().stream().filter(entry -> entry.getValue() != null)
                    .mapToLong(entry -> ends.get(entry.getKey()) - entry.getValue().offset()).sum());
        }
        return lag;
    }

    private long endOffsets(String topic) throws Exception {
        Set<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                .get(topic).partitions().stream().map(info -> new TopicPartition(topic, info.partition()))
                .collect(Collectors.toSet());
        return ends(partitions).values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<TopicPartition, Long> ends(Set<TopicPartition> partitions) throws Exception {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(partition -> partition,
                        partition -> OffsetSpec.latest()))).all().get(30, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    @Override
    public void close() {
        admin.close();
    }
}
