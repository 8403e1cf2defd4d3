package io.mlaprep.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class RateLimitFilterTest {

    private static final LimitProperties LIMITS = new LimitProperties(new LimitProperties.Bucket(50, 100),
            new LimitProperties.Bucket(1, 10), DataSize.ofMegabytes(1), DataSize.ofMegabytes(25));
    /** Every routed or served path prefix of application.yml, and the endpoints used before sign-in. */
    private static final List<String> PATHS = List.of("/api/auth/token", "/api/auth/signup", "/oauth2/token",
            "/api/blueprint", "/api/questions/import", "/api/sessions/s-1/items/0", "/api/analytics/me",
            "/api/cohorts/c-1/dashboard", "/api/recommendations/due", "/api/experiments/e-1/report",
            "/index.html");

    @Test
    void everyRouteDrawsFromTheSameBucketWhicheverLetterIsPercentEncoded() {
        for (String path : PATHS) {
            String plain = bucketOf(path);
            for (String variant : encodedVariants(path)) {
                assertThat(bucketOf(variant)).as(variant).isEqualTo(plain);
            }
        }
        assertThat(bucketOf("/api/auth/token")).isEqualTo("gw:rl:auth:127.0.0.1");
        assertThat(bucketOf("/oauth2/token")).isEqualTo("gw:rl:service-token:127.0.0.1");
        assertThat(bucketOf("/api/blueprint")).isEqualTo("gw:rl:user:learner-1");
        assertThat(bucketOf("/index.html")).isEqualTo("none");
    }

    @Test
    void anUnsignedApiCallThatSecurityLetThroughIsLimitedByAddressNotRefusedWith500() {
        AtomicReference<String> key = new AtomicReference<>();
        MockServerWebExchange preflight = MockServerWebExchange.from(MockServerHttpRequest
                .method(HttpMethod.OPTIONS, URI.create("/api/sessions")).remoteAddress(LOOPBACK));

        filter(key).filter(preflight, next -> Mono.empty()).block();

        assertThat(key.get()).isEqualTo("gw:rl:anon:127.0.0.1");
    }

    /** The bucket a request for {@code rawPath} draws from, or "none". */
    private static String bucketOf(String rawPath) {
        AtomicReference<String> key = new AtomicReference<>("none");
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
                .method(HttpMethod.POST, URI.create(rawPath)).remoteAddress(LOOPBACK));
        ServerWebExchange signedIn = exchange.mutate().principal(Mono.just(() -> "learner-1")).build();
        filter(key).filter(signedIn, next -> Mono.empty()).block();
        return key.get();
    }

    private static RateLimitFilter filter(AtomicReference<String> key) {
        ReactiveStringRedisTemplate redis = mock(ReactiveStringRedisTemplate.class);
        doAnswer(call -> {
            key.set(((List<String>) call.getArgument(1)).getFirst());
            return Flux.just(List.of(1L, 9L, 0L));
        }).when(redis).execute(any(RedisScript.class), anyList(), anyList());
        return new RateLimitFilter(redis, LIMITS);
    }

    /** The path with one letter at a time written as %xx, in lower- and upper-case hex. */
    private static List<String> encodedVariants(String path) {
        List<String> variants = new ArrayList<>();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isLetter(c)) {
                String hex = String.format("%02x", (int) c);
                variants.add(path.substring(0, i) + "%" + hex + path.substring(i + 1));
                variants.add(path.substring(0, i) + "%" + hex.toUpperCase() + path.substring(i + 1));
            }
        }
        return variants;
    }

    private static final InetSocketAddress LOOPBACK = new InetSocketAddress("127.0.0.1", 40000);

    @Test
    void aRedisFaultLetsTheRequestPassWithoutClaimingTheBucketIsEmpty() {
        ReactiveStringRedisTemplate redis = mock(ReactiveStringRedisTemplate.class);
        doReturn(Flux.error(new RedisConnectionFailureException("down")))
                .when(redis).execute(any(RedisScript.class), anyList(), anyList());
        RateLimitFilter filter = new RateLimitFilter(redis, LIMITS);
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/auth/token"));
        AtomicBoolean passed = new AtomicBoolean();

        filter.filter(exchange, next -> Mono.fromRunnable(() -> passed.set(true))).block();

        assertThat(passed).isTrue();
        assertThat(exchange.getResponse().getHeaders().containsHeader("X-RateLimit-Remaining")).isFalse();
    }
}
