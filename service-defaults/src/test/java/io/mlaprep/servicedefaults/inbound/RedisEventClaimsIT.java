package io.mlaprep.servicedefaults.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The claim rules on a real Redis server. */
@RealServers(Server.REDIS)
class RedisEventClaimsIT extends EventClaimsContract {

    private LettuceConnectionFactory connections;
    private StringRedisTemplate redis;
    private RedisEventClaims claims;

    @BeforeEach
    void connect() {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", TestServers.redisPort()));
        connections.afterPropertiesSet();
        connections.start();
        redis = new StringRedisTemplate(connections);
        claims = new RedisEventClaims(redis, "claims-it:" + UUID.randomUUID() + ":", Duration.ofHours(1));
    }

    @AfterEach
    void disconnect() {
        connections.destroy();
    }

    @Override
    EventClaims claims() {
        return claims;
    }

    @Test
    void aClaimIsKeptForItsTimeToLiveOnly() {
        String event = UUID.randomUUID().toString();
        claims.claim(List.of(new EventClaims.Claim(event, new Delivery("mla.answer-submitted.v1", 0, 1))));

        Long ttl = redis.getExpire(claims.key(event));

        assertThat(ttl).isBetween(3_500L, 3_600L);
    }
}
