package io.mlaprep.analytics.cohort.domain;

import java.util.Locale;
import java.util.random.RandomGenerator;

/** Join codes learners type from a slide: eight characters, none that look alike (0/O, 1/I/L). */
public final class JoinCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;
    /** What a code looks like, wherever one is shown as an example. */
    public static final String EXAMPLE = "KX7PM2QD";

    private JoinCodes() {
    }

    public static String next(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether a normalized code could have been issued: right length, only characters from the alphabet. */
    public static boolean isWellFormed(String normalized) {
        return normalized.length() == LENGTH && normalized.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    public static String normalize(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
    }
}
