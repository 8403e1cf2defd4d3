package io.mlaprep.analytics.ingest;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Where a record sat in Kafka. Views remember the last offset they applied per topic partition, so
 * a redelivered record (same partition, same offset) changes nothing twice.
 */
public record Delivery(String topic, int partition, long offset) {

    public static Delivery of(ConsumerRecord<?, ?> record) {
        return new Delivery(record.topic(), record.partition(), record.offset());
    }

    /** The field name views use for this partition's last applied offset. */
    public String appliedField() {
        return "applied." + topic.replace('.', '_') + "-" + partition;
    }
}
