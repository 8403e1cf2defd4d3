package io.mlaprep.servicedefaults.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.testsupport.RandomBearerHeaders;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The services' firewall and bearer resolver against Spring Security's own defaults, not against copies of their
 * expressions: a Spring upgrade that changes a rule fails here.
 */
class SpringSecurityHeaderRulesTest {

    private final StrictHttpFirewall ours = ResourceServerSecurity.strictFirewall();
    private final StrictHttpFirewall springs = new StrictHttpFirewall();

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
    }

    @Test
    void randomBearerHeadersResolveAsSpringResolvesThem() {
        BearerTokenResolver fast = new FastBearerTokenResolver();
        BearerTokenResolver standard = new DefaultBearerTokenResolver();
        int tokens = 0;
        for (String header : RandomBearerHeaders.of(6750, 20_000)) {
            String expected = outcome(standard, header);
            tokens += expected.startsWith("token ") ? 1 : 0;
            assertThat(outcome(fast, header)).as("[%s]", header).isEqualTo(expected);
        }
        assertThat(tokens).as("well-formed headers among the random ones").isGreaterThan(2_000);
    }

    private static boolean accepts(StrictHttpFirewall firewall, String name, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/blueprint");
        request.addHeader(name, value);
        try {
            firewall.getFirewalledRequest(request).getHeader(name);
            return true;
        } catch (RequestRejectedException e) {
            return false;
        }
    }

    /** The token, none, or the error Spring's entry point would report. */
    private static String outcome(BearerTokenResolver resolver, String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/blueprint");
        request.addHeader("Authorization", header);
        try {
            String token = resolver.resolve(request);
            return token == null ? "none" : "token " + token;
        } catch (OAuth2AuthenticationException e) {
            return "error " + e.getError().getErrorCode() + ": " + e.getError().getDescription();
        }
    }
}
