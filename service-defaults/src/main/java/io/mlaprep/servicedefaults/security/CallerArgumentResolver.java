package io.mlaprep.servicedefaults.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets controllers take a {@link Caller} parameter instead of digging in the JWT. */
public class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Caller.class;
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
                    "no bearer token");
        }
        return fromJwt(jwt);
    }

    public static Caller fromJwt(Jwt jwt) {
        List<String> claimed = jwt.getClaimAsStringList("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claimed != null) {
            for (String role : claimed) {
                try {
                    roles.add(Role.valueOf(role));
                } catch (IllegalArgumentException ignored) {
                    // roles of other systems sharing the issuer mean nothing here
                }
            }
        }
        String name = jwt.getClaimAsString("name");
        return new Caller(jwt.getSubject(), name == null ? jwt.getSubject() : name, roles);
    }
}
