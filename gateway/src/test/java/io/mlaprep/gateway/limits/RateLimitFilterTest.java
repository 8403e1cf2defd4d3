package io.mlaprep.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class RateLimitFilterTest {

    @Test
    void aRedisFaultLetsTheRequestPassWithoutClaimingTheBucketIsEmpty() {
        ReactiveStringRedisTemplate redis = mock(ReactiveStringRedisTemplate.class);
        doReturn(Flux.error(new RedisConnectionFailureException("down")))
                .when(redis).execute(any(RedisScript.class), anyList(), anyList());
        RateLimitFilter filter = new RateLimitFilter(redis, new LimitProperties(new LimitProperties.Bucket(50, 100),
                new LimitProperties.Bucket(1, 10), DataSize.ofMegabytes(1), DataSize.ofMegabytes(25)));
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/auth/token"));
        AtomicBoolean passed = new AtomicBoolean();

        filter.filter(exchange, next -> Mono.fromRunnable(() -> passed.set(true))).block();

        assertThat(passed).isTrue();
        assertThat(exchange.getResponse().getHeaders().containsHeader("X-RateLimit-Remaining")).isFalse();
    }
}
