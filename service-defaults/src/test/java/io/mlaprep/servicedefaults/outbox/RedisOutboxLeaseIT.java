package io.mlaprep.servicedefaults.outbox;

import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.TestServers;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The lease rules on a real Redis server; a lease lapses by Redis' own clock. */
@RealServers(Server.REDIS)
class RedisOutboxLeaseIT extends OutboxLeaseContract {

    private static final Duration SHORT = Duration.ofMillis(300);

    private LettuceConnectionFactory connections;
    private RedisOutboxLease lease;

    @BeforeEach
    void newLease() {
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", TestServers.redisPort()));
        connections.afterPropertiesSet();
        connections.start();
        lease = new RedisOutboxLease(new StringRedisTemplate(connections), "lease-it:" + UUID.randomUUID());
    }

    @AfterEach
    void disconnect() {
        connections.destroy();
    }

    @Override
    OutboxLease lease() {
        return lease;
    }

    @Override
    Duration shortTtl() {
        return SHORT;
    }

    @Override
    void letLapse() throws InterruptedException {
        Thread.sleep(SHORT.multipliedBy(2));
    }
}
