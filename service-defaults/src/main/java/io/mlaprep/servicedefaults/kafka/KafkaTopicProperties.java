package io.mlaprep.servicedefaults.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("mla.kafka")
public record KafkaTopicProperties(int partitions, short replicationFactor) {
}
