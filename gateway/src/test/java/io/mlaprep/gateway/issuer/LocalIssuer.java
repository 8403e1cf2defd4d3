package io.mlaprep.gateway.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** The local issuer's controller on in-memory accounts and refresh tokens, with BCrypt checks counted. */
final class LocalIssuer {

    final CountingPasswordEncoder bcrypt = new CountingPasswordEncoder();
    final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
    final InMemoryRefreshTokens refreshTokens = new InMemoryRefreshTokens();
    final AuthController controller;

    LocalIssuer() throws JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k").generate();
        IssuerProperties properties = new IssuerProperties(true, "http://issuer", "mla-api", Path.of("unused"),
                Duration.ofMinutes(15), Duration.ofMinutes(10), Map.of(), null, Map.of());
        controller = new AuthController(accounts, new Passwords(bcrypt),
                new TokenMinter(key, "http://issuer", "mla-api", Clock.systemUTC()), refreshTokens, properties, key);
    }
}
