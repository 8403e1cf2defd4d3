package io.mlaprep.question.bank.domain;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Ids for questions created or imported without one: {@code q-} and 12 random hex digits. */
public final class QuestionIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private QuestionIds() {
    }

    public static String next() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "q-" + HexFormat.of().formatHex(bytes);
    }
}
