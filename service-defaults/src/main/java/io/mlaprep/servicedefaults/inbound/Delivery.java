package io.mlaprep.servicedefaults.inbound;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where a record sat in Kafka: a redelivery of it (after a consumer crash) comes back at the same place. */
public record Delivery(String topic, int partition, long offset) {

    public static Delivery of(ConsumerRecord<?, ?> record) {
        return new Delivery(record.topic(), record.partition(), record.offset());
    }

    /** {@code <topic>-<partition>}, the name stores use for a partition's progress. */
    public String topicPartition() {
        return topic + "-" + partition;
    }
}
