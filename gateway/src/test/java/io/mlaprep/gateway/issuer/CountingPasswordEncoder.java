package io.mlaprep.gateway.issuer;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** BCrypt at the lowest cost, counting hashes and checks. */
final class CountingPasswordEncoder implements PasswordEncoder {

    final AtomicInteger hashes = new AtomicInteger();
    final AtomicInteger checks = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

    @Override
    public String encode(CharSequence raw) {
        hashes.incrementAndGet();
        return bcrypt.encode(raw);
    }

    @Override
    public boolean matches(CharSequence raw, String encoded) {
        checks.incrementAndGet();
        return bcrypt.matches(raw, encoded);
    }
}
