package io.mlaprep.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Authorization headers built at random from the pieces bearer parsing turns on (the scheme in three cases, each
 * token character, padding, blanks and characters outside the token alphabet), two in three after "Bearer ", for
 * comparing a bearer-header reader with Spring Security's.
 */
public final class RandomBearerHeaders {

    private static final String[] PIECES = {"Bearer ", "bearer ", "BEARER", " ", "a", "Z", "9", "-", ".", "_", "~",
            "+", "/", "=", "==", "\t", "%", "é", ",", "Basic "};

    private RandomBearerHeaders() {
    }

    public static List<String> of(long seed, int count, String... extraPieces) {
        List<String> pieces = new ArrayList<>(List.of(PIECES));
        pieces.addAll(List.of(extraPieces));
        Random random = new Random(seed);
        List<String> headers = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder header = new StringBuilder(random.nextInt(3) == 0 ? "" : "Bearer ");
            for (int i = random.nextInt(6); i > 0; i--) {
                header.append(pieces.get(random.nextInt(pieces.size())));
            }
            headers.add(header.toString());
        }
        return headers;
    }
}
