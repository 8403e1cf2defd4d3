package io.mlaprep.gateway.issuer;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Seeds the demo accounts of the local issuer (once; existing ones are left alone) and prints them. */
public class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserAccounts accounts;
    private final Passwords passwords;
    private final IssuerProperties properties;

    public DemoAccounts(UserAccounts accounts, Passwords passwords, IssuerProperties properties) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, List<String>> demo = properties.demoAccounts();
        if (demo == null || demo.isEmpty() || properties.demoPassword() == null) {
            return;
        }
        // one hash for every demo account (they share the password), made only if one is missing
        Mono<String> hash = passwords.hash(properties.demoPassword()).cache();
        Flux.fromIterable(demo.entrySet())
                .concatMap(entry -> accounts.findByEmail(entry.getKey()).hasElement()
                        .filter(exists -> !exists)
                        .flatMap(missing -> hash)
                        .flatMap(passwordHash -> accounts.create(entry.getKey(), displayName(entry.getKey()), passwordHash,
                                entry.getValue())))
                .blockLast();
        log.info("demo accounts (password '{}'): {}", properties.demoPassword(), String.join(", ", demo.keySet()));
    }

    private static String displayName(String email) {
        String name = email.substring(0, email.indexOf('@'));
        return "Demo " + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
