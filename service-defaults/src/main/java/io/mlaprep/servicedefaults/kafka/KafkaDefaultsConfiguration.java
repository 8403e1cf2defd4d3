package io.mlaprep.servicedefaults.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.mlaprep.contracts.Topics;
import io.mlaprep.servicedefaults.outbox.OutboxSettings;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;
import tools.jackson.core.JacksonException;

/**
 * Topics and consumer error handling shared by every service. Every service declares every topic
 * (creation is idempotent), so start-up order does not matter. A record that fails is retried a
 * few times, then published to {@code <topic>-dlt} (counted, see {@link DeadLetterRoutes}), and the partition
 * moves on.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({KafkaTopicProperties.class, OutboxSettings.class})
public class KafkaDefaultsConfiguration {

    private static final List<String> EVENT_TOPICS = List.of(Topics.ANSWER_SUBMITTED, Topics.SESSION_COMPLETED,
            Topics.LEARNER_MODEL_CHANGED, Topics.QUESTION_CHANGED);

    @Bean
    KafkaAdmin.NewTopics mlaTopics(KafkaTopicProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : EVENT_TOPICS) {
            TopicBuilder events = topic(topic, properties);
            if (topic.equals(Topics.QUESTION_CHANGED)) {
                // the catalogue: a question's newest version is all a consumer starting afresh needs
                events.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            }
            topics.add(events.build());
            topics.add(topic(Topics.deadLetter(topic), properties).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(KafkaOperations<?, ?> template, MeterRegistry registry) {
        DeadLetterRoutes deadLetters = new DeadLetterRoutes(registry, EVENT_TOPICS);
        DeadLetterPublishingRecoverer toDeadLetter = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> deadLetters.destination(record.topic()));
        DefaultErrorHandler handler = new DefaultErrorHandler(toDeadLetter, new FixedBackOff(200, 3));
        handler.addNotRetryableExceptions(PoisonRecordException.class, JacksonException.class);
        return handler;
    }

    /**
     * A producer closing while the broker is away would otherwise wait 30 s for it; what it still
     * holds is in the outbox and goes out after a restart anyway.
     */
    @Bean
    DefaultKafkaProducerFactoryCustomizer shortProducerClose() {
        return factory -> factory.setPhysicalCloseTimeout(3);
    }

    private static TopicBuilder topic(String name, KafkaTopicProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicationFactor());
    }
}
