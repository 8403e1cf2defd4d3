package io.mlaprep.gateway.web;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The paths the gateway treats apart, matched the way Spring Security and the routes match them: on
 * the decoded path segments, so {@code /api/%61uth/token} is {@code /api/auth/token} to every filter.
 * Matching the raw path instead let an encoded letter slip past the rate limits.
 */
public final class GatewayPaths {

    public static final String AUTH = "/api/auth/**";
    public static final String SERVICE_TOKEN = "/oauth2/token";
    public static final String API = "/api/**";
    public static final String IMPORT = "/api/questions/import";

    private static final PathPattern AUTH_PATTERN = PathPatternParser.defaultInstance.parse(AUTH);
    private static final PathPattern SERVICE_TOKEN_PATTERN = PathPatternParser.defaultInstance.parse(SERVICE_TOKEN);
    private static final PathPattern API_PATTERN = PathPatternParser.defaultInstance.parse(API);
    private static final PathPattern IMPORT_PATTERN = PathPatternParser.defaultInstance.parse(IMPORT);

    private GatewayPaths() {
    }

    /** Sign-up, sign-in and the service token endpoint: called before anyone is signed in. */
    public static boolean isSignIn(ServerHttpRequest request) {
        return matches(AUTH_PATTERN, request);
    }

    /** The services' client-credentials endpoint. */
    public static boolean isServiceToken(ServerHttpRequest request) {
        return matches(SERVICE_TOKEN_PATTERN, request);
    }

    public static boolean isApi(ServerHttpRequest request) {
        return matches(API_PATTERN, request);
    }

    public static boolean isImport(ServerHttpRequest request) {
        return matches(IMPORT_PATTERN, request);
    }

    private static boolean matches(PathPattern pattern, ServerHttpRequest request) {
        return pattern.matches(request.getPath().pathWithinApplication());
    }
}
