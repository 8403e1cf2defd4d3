package io.mlaprep.gateway.issuer;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Mono;

/** Accounts in a map instead of Redis. */
final class InMemoryUserAccounts extends UserAccounts {

    final Map<String, UserAccount> byEmail = new ConcurrentHashMap<>();

    InMemoryUserAccounts() {
        super(null, Clock.systemUTC());
    }

    @Override
    public Mono<UserAccount> create(String email, String displayName, String passwordHash, List<String> roles) {
        UserAccount account = new UserAccount("user-" + byEmail.size(), normalize(email), displayName, passwordHash,
                roles);
        return Mono.justOrEmpty(byEmail.putIfAbsent(account.email(), account) == null ? account : null);
    }

    @Override
    public Mono<UserAccount> findById(String userId) {
        return Mono.justOrEmpty(byEmail.values().stream().filter(a -> a.userId().equals(userId)).findFirst());
    }

    @Override
    public Mono<UserAccount> findByEmail(String email) {
        return Mono.justOrEmpty(byEmail.get(normalize(email)));
    }
}
