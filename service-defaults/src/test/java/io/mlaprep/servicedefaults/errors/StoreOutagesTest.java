package io.mlaprep.servicedefaults.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.RedisSystemException;

class StoreOutagesTest {

    @Test
    void redisLoadingItsDataAfterARestartIsAnOutage() {
        assertThat(StoreOutages.isTransient(new RedisSystemException("Redis exception",
                new RedisLoadingException("LOADING Redis is loading the dataset in memory")))).isTrue();
    }

    @Test
    void aFullRedisRefusingWritesIsAnOutageAlsoWhenAScriptsWriteWasRefused() {
        assertThat(StoreOutages.isTransient(new RedisSystemException("Error in execution",
                new RedisCommandExecutionException("OOM command not allowed when used memory > 'maxmemory'.")))).isTrue();
        assertThat(StoreOutages.isTransient(new RedisSystemException("Error in execution",
                new RedisCommandExecutionException("OOM command not allowed when used memory > 'maxmemory'. script: "
                        + "219bb33e7c6773035c720850383aa2ebb63d9904, on @user_script:1.")))).isTrue();
    }

    @Test
    void aConnectionCutMidCommandIsAnOutage() {
        assertThat(StoreOutages.isTransient(new RedisSystemException("Redis exception",
                new RedisException(new SocketException("Connection reset"))))).isTrue();
    }

    @Test
    void whatSpringAlreadyCallsTransientOrAResourceFailureIsAnOutage() {
        assertThat(StoreOutages.isTransient(new QueryTimeoutException("Redis command timed out"))).isTrue();
        assertThat(StoreOutages.isTransient(new RedisConnectionFailureException("Unable to connect"))).isTrue();
    }

    @Test
    void aRequestTheStoreRefusesForGoodIsNot() {
        assertThat(StoreOutages.isTransient(new RedisSystemException("Redis exception",
                new RedisCommandExecutionException("WRONGTYPE Operation against a key holding the wrong kind of value"))))
                .isFalse();
        assertThat(StoreOutages.isTransient(new DataIntegrityViolationException("duplicate key"))).isFalse();
    }
}
