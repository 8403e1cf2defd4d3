package io.mlaprep.session.outbox;

import io.mlaprep.servicedefaults.outbox.RedisOutboxRelay;
import io.mlaprep.session.session.persistence.SessionKeys;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/** The relay of the per-shard outbox streams that sessions write answers and results into. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    RedisOutboxRelay outboxRelay(StringRedisTemplate redis, KafkaTemplate<String, String> kafka, SessionKeys keys,
                                 @Value("${mla.outbox.poll-interval}") Duration pollInterval) {
        return new RedisOutboxRelay(redis, kafka, keys.shards(), keys::outbox, keys::relayLock, pollInterval);
    }
}
