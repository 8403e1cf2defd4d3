package io.mlaprep.gateway.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class DemoAccountsTest {

    final CountingPasswordEncoder bcrypt = new CountingPasswordEncoder();
    final Passwords passwords = new Passwords(bcrypt);
    final InMemoryUserAccounts accounts = new InMemoryUserAccounts();
    final IssuerProperties properties = new IssuerProperties(true, "http://issuer", "mla-api", Path.of("unused"),
            Duration.ofHours(1), Duration.ofMinutes(10), Map.of(), "demo-password-1", Map.of(
                    "learner@mla.local", List.of("LEARNER"), "author@mla.local", List.of("AUTHOR"),
                    "admin@mla.local", List.of("ADMIN")));

    @Test
    void seedsEveryMissingDemoAccountWithOneHashOfTheSharedPassword() {
        int hashesBefore = bcrypt.hashes.get();

        seed();

        assertThat(accounts.byEmail).containsOnlyKeys("learner@mla.local", "author@mla.local", "admin@mla.local");
        assertThat(bcrypt.hashes.get() - hashesBefore).isEqualTo(1);
        assertThat(passwords.matches("demo-password-1", accounts.byEmail.get("admin@mla.local").passwordHash())
                .block()).isTrue();
    }

    @Test
    void leavesExistingAccountsAloneAndHashesNothingWhenNoneIsMissing() {
        seed();
        UserAccount learner = accounts.byEmail.get("learner@mla.local");
        int hashesBefore = bcrypt.hashes.get();

        seed();

        assertThat(accounts.byEmail.get("learner@mla.local")).isSameAs(learner);
        assertThat(bcrypt.hashes.get()).isEqualTo(hashesBefore);
    }

    private void seed() {
        new DemoAccounts(accounts, passwords, properties).run(new DefaultApplicationArguments());
    }
}
