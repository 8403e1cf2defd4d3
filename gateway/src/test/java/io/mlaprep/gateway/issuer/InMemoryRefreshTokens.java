package io.mlaprep.gateway.issuer;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** Refresh tokens in a map instead of Redis. */
final class InMemoryRefreshTokens extends RefreshTokens {

    final Map<String, String> users = new ConcurrentHashMap<>();
    private int issued;

    InMemoryRefreshTokens() {
        super(null, Duration.ofDays(14));
    }

    @Override
    public Mono<String> issue(String userId) {
        String token = "refresh-" + issued++;
        users.put(token, userId);
        return Mono.just(token);
    }

    @Override
    public Mono<String> redeem(String token) {
        return Mono.justOrEmpty(users.remove(token));
    }

    @Override
    public Mono<Void> revoke(String token) {
        users.remove(token);
        return Mono.empty();
    }
}
