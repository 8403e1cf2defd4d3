package io.mlaprep.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BearerHeaderTest {

    /** Spring Security's bearer token resolvers' expression (DefaultBearerTokenResolver, 7.0). */
    private static final Pattern RESOLVERS = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$",
            Pattern.CASE_INSENSITIVE);

    @Test
    void readsTheTokenOfAWellFormedHeaderInAnyCaseOfTheScheme() {
        assertThat(BearerHeader.wellFormedToken("Bearer eyJ.a-b_c~d+e/f==")).isEqualTo("eyJ.a-b_c~d+e/f==");
        assertThat(BearerHeader.wellFormedToken("bEARER abc")).isEqualTo("abc");
    }

    @Test
    void leavesEverythingElseToTheResolver() {
        assertThat(BearerHeader.wellFormedToken(null)).isNull();
        assertThat(BearerHeader.wellFormedToken("Basic dXNlcjpwYXNz")).isNull();
        assertThat(BearerHeader.wellFormedToken("Bearer")).isNull();
        assertThat(BearerHeader.wellFormedToken("Bearer ")).isNull();
        assertThat(BearerHeader.wellFormedToken("Bearer ==")).isNull();
        assertThat(BearerHeader.wellFormedToken("Bearer a=b")).isNull();
        assertThat(BearerHeader.wellFormedToken("Bearer a b")).isNull();
        assertThat(BearerHeader.wellFormedToken("Bearer a\n")).isNull();
        assertThat(BearerHeader.wellFormedToken("Bearer  a")).isNull();
    }

    @Test
    void agreesWithTheResolversExpressionOnRandomHeaders() {
        Random random = new Random(6750);
        String[] pieces = {"Bearer ", "bearer ", "BEARER", " ", "a", "Z", "9", "-", ".", "_", "~", "+", "/", "=", "==",
                "\n", "\t", "%", "é", ",", "K"};
        int tokens = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder header = new StringBuilder(random.nextInt(3) == 0 ? "" : "Bearer ");
            for (int i = random.nextInt(6); i > 0; i--) {
                header.append(pieces[random.nextInt(pieces.length)]);
            }
            String h = header.toString();
            Matcher m = RESOLVERS.matcher(h);
            String expected = m.matches() ? m.group("token") : null;
            tokens += expected == null ? 0 : 1;
            assertThat(BearerHeader.wellFormedToken(h)).as("[%s]", h).isEqualTo(expected);
        }
        assertThat(tokens).as("well-formed headers among the random ones").isGreaterThan(5_000);
    }
}
