package io.mlaprep.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.testsupport.RandomBearerHeaders;
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
        int tokens = 0;
        for (String header : RandomBearerHeaders.of(6750, 50_000, "\n", "K")) {
            Matcher m = RESOLVERS.matcher(header);
            String expected = m.matches() ? m.group("token") : null;
            tokens += expected == null ? 0 : 1;
            assertThat(BearerHeader.wellFormedToken(header)).as("[%s]", header).isEqualTo(expected);
        }
        assertThat(tokens).as("well-formed headers among the random ones").isGreaterThan(5_000);
    }
}
