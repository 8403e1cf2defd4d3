package io.mlaprep.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.testsupport.RandomBearerHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * The gateway's firewall and bearer converter against Spring Security's own defaults, not against copies of their
 * expressions: a Spring upgrade that changes a rule fails here.
 */
class SpringSecurityHeaderRulesTest {

    private final ServerWebExchangeFirewall ours = new GatewaySecurity().headerFirewall();
    private final ServerWebExchangeFirewall springs = new StrictServerWebExchangeFirewall();

    @Test
    void everyCharacterInAHeaderNameOrValueGetsSpringsVerdict() {
        int refused = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String value = "Bearer abc" + (char) c + "def";
            String name = "X-" + (char) c;
            boolean accepted = accepts(springs, "X-Test", value);
            assertThat(accepts(ours, "X-Test", value)).as("value with U+%04X", c).isEqualTo(accepted);
            assertThat(accepts(ours, name, "v")).as("name with U+%04X", c).isEqualTo(accepts(springs, name, "v"));
            refused += accepted ? 0 : 1;
        }
        assertThat(refused).as("values Spring refuses").isGreaterThan(1_000);
        assertThat(accepts(ours, "X-Absent", null)).as("an absent header").isEqualTo(accepts(springs, "X-Absent", null));
    }

    @Test
    void randomBearerHeadersConvertAsSpringConvertsThem() {
        ServerAuthenticationConverter fast = new FastBearerTokenConverter();
        ServerAuthenticationConverter standard = new ServerBearerTokenAuthenticationConverter();
        int tokens = 0;
        for (String header : RandomBearerHeaders.of(6750, 20_000)) {
            String expected = outcome(standard, header);
            tokens += expected.startsWith("token ") ? 1 : 0;
            assertThat(outcome(fast, header)).as("[%s]", header).isEqualTo(expected);
        }
        assertThat(tokens).as("well-formed headers among the random ones").isGreaterThan(2_000);
    }

    private static boolean accepts(ServerWebExchangeFirewall firewall, String name, String value) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/blueprint");
        if (value != null) {
            request.header(name, value);
        }
        try {
            firewall.getFirewalledExchange(MockServerWebExchange.from(request)).block().getRequest().getHeaders()
                    .getFirst(name);
            return true;
        } catch (ServerExchangeRejectedException e) {
            return false;
        }
    }

    /** The token, none, or the error Spring's entry point would report. */
    private static String outcome(ServerAuthenticationConverter converter, String header) {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/blueprint").header("Authorization", header));
        try {
            return converter.convert(exchange).map(auth -> "token " + ((BearerTokenAuthenticationToken) auth).getToken())
                    .defaultIfEmpty("none").block();
        } catch (OAuth2AuthenticationException e) {
            return "error " + e.getError().getErrorCode() + ": " + e.getError().getDescription();
        }
    }
}
