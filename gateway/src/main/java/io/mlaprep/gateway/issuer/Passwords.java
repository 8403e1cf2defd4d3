package io.mlaprep.gateway.issuer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Password policy and hashing. BCrypt is deliberately slow, so it runs off the event loop. */
public class Passwords {

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final int MIN_LENGTH = 10;
    /** BCrypt reads at most 72 bytes of a password. */
    static final int MAX_BYTES = 72;

    private final PasswordEncoder bcrypt;
    /** Checked against when there is no account, so that case costs one BCrypt check like any other. */
    private final String noAccountHash;

    Passwords(PasswordEncoder bcrypt) {
        this.bcrypt = bcrypt;
        this.noAccountHash = bcrypt.encode(UUID.randomUUID().toString());
    }

    public List<String> weaknesses(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("use at least " + MIN_LENGTH + " characters");
        } else {
            if (tooLong(password)) {
                problems.add("use at most " + MAX_BYTES + " bytes: " + MAX_BYTES
                        + " plain letters and digits, fewer with accented or non-Latin letters");
            }
            if (!LETTER.matcher(password).find() || !DIGIT.matcher(password).find()) {
                problems.add("mix letters and digits");
            }
            String name = email == null ? "" : email.split("@")[0].toLowerCase(Locale.ROOT);
            if (name.length() >= 4 && password.toLowerCase(Locale.ROOT).contains(name)) {
                problems.add("do not reuse your e-mail name");
            }
        }
        return problems;
    }

    private static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    public Mono<String> hash(String password) {
        return Mono.fromCallable(() -> bcrypt.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }

    /**
     * Whether the password is the account's. Exactly one BCrypt check whether or not there is an account
     * ({@code hash} null), so the time a sign-in takes does not tell which e-mail addresses have one.
     */
    public Mono<Boolean> matches(String password, String hash) {
        if (tooLong(password)) {
            return Mono.just(false); // no account has one: sign-up refuses it, BCrypt cannot check it
        }
        return Mono.fromCallable(() -> bcrypt.matches(password, hash == null ? noAccountHash : hash) && hash != null)
                .subscribeOn(Schedulers.boundedElastic());
    }
}
