package io.mlaprep.bench;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

/** The run's learners: fresh accounts (so no earlier run's open exam or history is in the way) and their tokens. */
final class Learners {

    /** Any password the sign-up rules accept; the accounts are the run's own. */
    static final String PASSWORD = "bench-learner-2026";

    private final List<String> emails;
    private final AtomicReferenceArray<String> tokens;

    Learners(int count) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        this.emails = IntStream.range(0, count).mapToObj(i -> "bench-" + run + "-" + i + "@mla.local").toList();
        this.tokens = new AtomicReferenceArray<>(count);
    }

    int count() {
        return emails.size();
    }

    String email(int learner) {
        return emails.get(learner);
    }

    void signedIn(int learner, String token) {
        tokens.set(learner, token);
    }

    String token(int learner) {
        String token = tokens.get(learner);
        if (token == null) {
            throw new IllegalStateException(email(learner) + " never signed in (see the 'sign in' requests)");
        }
        return token;
    }

    boolean isSignedIn(int learner) {
        return tokens.get(learner) != null;
    }
}
