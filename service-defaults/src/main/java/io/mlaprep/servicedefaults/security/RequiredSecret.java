package io.mlaprep.servicedefaults.security;

/**
 * A secret must come from the environment: outside the local profile nothing supplies a default, and
 * Spring keeps an unresolved {@code ${VAR}} as literal text, which would become a guessable secret. So a
 * missing secret stops the start-up, naming what to set.
 */
public final class RequiredSecret {

    private RequiredSecret() {
    }

    public static void check(String name, String value) {
        if (value == null || value.isBlank() || value.contains("${")) {
            throw new IllegalStateException(name + " is not set: give it a value from a secret store"
                    + " (the committed development values apply only to the local profile)");
        }
    }
}
