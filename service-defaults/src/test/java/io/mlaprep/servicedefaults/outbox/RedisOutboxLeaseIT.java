package io.mlaprep.servicedefaults.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.TestServers;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The lease rules of the Redis lease, on a real Redis server; it lapses by Redis' own clock. */
@RealServers(Server.REDIS)
class RedisOutboxLeaseIT {

    private static final Duration TTL = Duration.ofSeconds(30);
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

    @Test
    void aFreeLeaseIsTakenAndALiveOneRefused() {
        assertThat(lease.acquire("a", TTL)).isTrue();
        assertThat(lease.acquire("b", TTL)).isFalse();
        assertThat(lease.acquire("a", TTL)).as("the holder takes it again: a renewal").isTrue();
    }

    @Test
    void aLapsedLeaseIsTakenByAnother() throws InterruptedException {
        assertThat(lease.acquire("a", SHORT)).isTrue();
        assertThat(lease.acquire("b", TTL)).isFalse();
        Thread.sleep(SHORT.multipliedBy(2));
        assertThat(lease.acquire("b", TTL)).isTrue();
        assertThat(lease.renew("a", TTL)).as("the old holder lost it").isFalse();
    }

    @Test
    void onlyTheHolderRenewsAndReleases() {
        assertThat(lease.acquire("a", TTL)).isTrue();
        assertThat(lease.renew("b", TTL)).isFalse();
        assertThat(lease.renew("a", TTL)).isTrue();
        lease.release("b");
        assertThat(lease.acquire("b", TTL)).isFalse();
        lease.release("a");
        assertThat(lease.acquire("b", TTL)).isTrue();
    }
}
