package io.mlaprep.session.outbox.config;

import io.mlaprep.servicedefaults.outbox.OutboxRelay;
import io.mlaprep.servicedefaults.outbox.OutboxSettings;
import io.mlaprep.servicedefaults.outbox.RedisOutboxWakeUps;
import io.mlaprep.servicedefaults.outbox.RedisOutboxes;
import io.mlaprep.servicedefaults.tracing.MessageTracing;
import io.mlaprep.session.delivery.persistence.SessionKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** The relay of the per-shard outbox streams that sessions write answers and results into. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    OutboxRelay outboxRelay(StringRedisTemplate redis, KafkaTemplate<String, String> kafka, SessionKeys keys,
                            OutboxSettings settings, MessageTracing tracing) {
        return new OutboxRelay(RedisOutboxes.sharded(redis, keys.shards(), keys::outbox, keys::relayLock), kafka,
                settings, tracing);
    }

    @Bean
    RedisOutboxWakeUps outboxWakeUps(OutboxRelay relay, RedisConnectionFactory connections) {
        return new RedisOutboxWakeUps(relay, connections);
    }
}
