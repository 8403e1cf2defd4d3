package io.mlaprep.servicedefaults.security;

import io.mlaprep.runtime.security.BearerHeader;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** Spring Security's resolver, with a well-formed bearer header read without its regular expression. */
final class FastBearerTokenResolver implements BearerTokenResolver {

    private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String token = BearerHeader.wellFormedToken(request.getHeader(HttpHeaders.AUTHORIZATION));
        return token != null ? token : standard.resolve(request);
    }
}
