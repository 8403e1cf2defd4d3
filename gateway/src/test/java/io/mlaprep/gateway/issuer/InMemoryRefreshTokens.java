package io.mlaprep.gateway.issuer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** Refresh tokens in a map instead of Redis. */
final class InMemoryRefreshTokens extends RefreshTokens {

    final Map<String, String> users = new ConcurrentHashMap<>();

    InMemoryRefreshTokens() {
        super(null, Duration.ofDays(14));
    }

    @Override
    protected Mono<Boolean> store(String key, String userId) {
        users.put(key, userId);
        return Mono.just(true);
    }

    @Override
    protected Mono<String> take(String key) {
        return Mono.justOrEmpty(users.remove(key));
    }

    @Override
    protected Mono<Void> drop(String key) {
        users.remove(key);
        return Mono.empty();
    }
}
