package io.mlaprep.gateway.issuer;

import com.nimbusds.jose.jwk.RSAKey;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The local token issuer, on unless {@code mla.issuer.enabled} is false (production, where an external
 * issuer signs the tokens). {@link AuthController} carries the same condition: a controller must be
 * found by component scanning, so it cannot be declared here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "mla.issuer.enabled", havingValue = "true")
public class IssuerConfiguration {

    @Bean
    RSAKey signingKey(IssuerProperties properties) {
        return SigningKey.loadOrCreate(properties.keyFile());
    }

    @Bean
    TokenMinter tokenMinter(RSAKey signingKey, IssuerProperties properties, Clock clock) {
        return new TokenMinter(signingKey, properties.issuer(), properties.audience(), clock);
    }

    @Bean
    Passwords passwords() {
        return new Passwords(new BCryptPasswordEncoder(10));
    }

    @Bean
    UserAccounts userAccounts(ReactiveStringRedisTemplate redis, Clock clock) {
        return new UserAccounts(redis, clock);
    }

    @Bean
    RefreshTokens refreshTokens(ReactiveStringRedisTemplate redis,
                                @Value("${mla.issuer.refresh-token-lifetime}") Duration lifetime) {
        return new RefreshTokens(redis, lifetime);
    }

    @Bean
    DemoAccounts demoAccounts(UserAccounts accounts, Passwords passwords, IssuerProperties properties) {
        return new DemoAccounts(accounts, passwords, properties);
    }
}
