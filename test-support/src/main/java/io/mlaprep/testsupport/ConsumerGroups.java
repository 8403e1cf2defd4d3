package io.mlaprep.testsupport;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** What a service's consumer group has done, read from the test broker. */
public final class ConsumerGroups {

    private ConsumerGroups() {
    }

    /** Waits (up to 30 s) until {@code group} has committed every record {@code topic} holds now. */
    public static void awaitCaughtUp(String group, String topic) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", TestServers.kafka().bootstrapServers()))) {
            Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> partitions.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(partitions).all().get().forEach((p, end) -> ends.put(p, end.offset()));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!caughtUp(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(), ends)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(group + " did not consume " + topic + " up to " + ends + " within 30 s");
                }
                Thread.sleep(100);
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static boolean caughtUp(Map<TopicPartition, OffsetAndMetadata> committed, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> end.getValue() == 0
                || (committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue()));
    }
}
