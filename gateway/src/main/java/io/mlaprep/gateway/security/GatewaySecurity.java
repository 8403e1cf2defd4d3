package io.mlaprep.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import io.mlaprep.gateway.issuer.IssuerProperties;
import io.mlaprep.gateway.web.GatewayPaths;
import io.mlaprep.gateway.web.ProblemWriter;
import io.mlaprep.runtime.security.HeaderText;
import io.mlaprep.runtime.security.IssuerKeysUnavailable;
import io.mlaprep.runtime.security.VerifiedTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The gateway checks every /api call's token (issuer, audience, lifetime, RS256 signature) before
 * routing it; services check again and decide who may see what.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class GatewaySecurity {

    /**
     * Local mode: the issuer's own public key. Production: the external issuer's JWKS, fetched within a timeout, so
     * that an issuer that does not answer fails the requests needing its keys instead of holding them. Verified
     * tokens are kept.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(ObjectProvider<RSAKey> localKey, IssuerProperties properties,
                                  @Value("${mla.security.jwk-set-uri}") String jwkSetUri,
                                  @Value("${mla.security.jwk-set-timeout}") Duration keyFetchTimeout,
                                  @Value("${mla.security.verified-tokens.max-size}") long cacheSize,
                                  @Value("${mla.security.verified-tokens.max-age}") Duration cacheAge)
            throws JOSEException {
        NimbusReactiveJwtDecoder decoder = jwkSetUri.isBlank()
                ? NimbusReactiveJwtDecoder.withPublicKey(localKey.getObject().toRSAPublicKey()).build()
                : NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).webClient(keySetClient(keyFetchTimeout)).build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
                aud -> aud != null && aud.contains(properties.audience()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()), audience));
        // Spring's NimbusReactiveJwtDecoder reports a failed key fetch as IllegalStateException; as a JwtException
        // that is not a BadJwtException it becomes an AuthenticationServiceException, which the failure handler
        // answers with 503
        ReactiveJwtDecoder keysOrOutage = token -> decoder.decode(token).onErrorMap(IllegalStateException.class,
                e -> new JwtException("The issuer's keys could not be fetched", e));
        return new CachingReactiveJwtDecoder(keysOrOutage, new VerifiedTokens(cacheSize, cacheAge, Clock.systemUTC()));
    }

    /**
     * One deadline for the whole fetch: waiting for a pooled connection, connecting, the TLS handshake and the answer
     * (a connect or response timeout alone leaves the others to their defaults of 10 to 45 s).
     */
    private static WebClient keySetClient(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("mla.security.jwk-set-timeout (JWK_SET_TIMEOUT) must be a positive "
                    + "duration such as 3s: " + timeout);
        }
        return WebClient.builder().filter((request, next) -> next.exchange(request).timeout(timeout)).build();
    }

    /**
     * No observation per security filter, authentication and authorisation: they showed in the profile (issue 15),
     * and the exchange's own server observation already times and traces the request.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The strict firewall, judging header names and values as it does by default, printable ASCII without a regular
     * expression: it and its expression were in 4 % of the gateway's samples under load (JFR, issue 15).
     */
    @Bean
    ServerWebExchangeFirewall headerFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(HeaderText::allowedName);
        firewall.setAllowedHeaderValues(HeaderText::allowedValue);
        return firewall;
    }

    @Bean
    SecurityWebFilterChain gatewayFilterChain(ServerHttpSecurity http) {
        ServerAuthenticationEntryPoint unauthorized = (exchange, e) -> ProblemWriter.write(exchange.getResponse(),
                HttpStatus.UNAUTHORIZED, "Unauthorized",
                "A valid bearer token is required: sign in and send it in the Authorization header.");
        // the decoder could not check the token at all (its issuer's keys could not be fetched): not the caller's fault
        ServerAuthenticationFailureHandler failed = (filterExchange, e) -> {
            if (!(e instanceof AuthenticationServiceException)) {
                return unauthorized.commence(filterExchange.getExchange(), e);
            }
            IssuerKeysUnavailable.report(e);
            ServerHttpResponse response = filterExchange.getExchange().getResponse();
            response.getHeaders().set("Retry-After", IssuerKeysUnavailable.RETRY_AFTER_SECONDS);
            return ProblemWriter.write(response, HttpStatus.SERVICE_UNAVAILABLE, IssuerKeysUnavailable.TITLE,
                    IssuerKeysUnavailable.DETAIL);
        };
        ServerAccessDeniedHandler forbidden = (exchange, e) -> ProblemWriter.write(exchange.getResponse(),
                HttpStatus.FORBIDDEN, "Forbidden", "Your role may not do this.");
        return http
                // stateless: the bearer token is the whole security context. The default keeps it in a web session,
                // which made one per request: an id from SecureRandom on a bounded-elastic thread, then the rest of
                // the request on a parallel one (those threads: 15 % of the gateway's CPU under load; the gateway's CPU
                // per proxied call fell by 2-4 %, as the work they did moved to the event loops)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.OPTIONS).permitAll()
                        .pathMatchers(GatewayPaths.AUTH, "/.well-known/jwks.json", GatewayPaths.SERVICE_TOKEN,
                                "/fallback/**")
                        .permitAll()
                        // imports may be 25 MiB: only those who may import get to send one
                        .pathMatchers(HttpMethod.POST, GatewayPaths.IMPORT).hasAnyRole("AUTHOR", "ADMIN")
                        .pathMatchers(GatewayPaths.API).authenticated()
                        // the web client's files; the actuator lives on the management port, not here
                        .anyExchange().permitAll())
                // apart from imports, only "signed in or not" is decided here: roles are the services' business
                .oauth2ResourceServer(oauth -> oauth.bearerTokenConverter(new FastBearerTokenConverter())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromToken()))
                        .authenticationEntryPoint(unauthorized).authenticationFailureHandler(failed)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .cors(Customizer.withDefaults())
                .headers(headers -> headers
                        // no inline script or style: the client sets computed sizes through element.style,
                        // which CSP leaves alone, and never writes style attributes
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /** Roles from the token's {@code roles} claim, as the services read them (service-defaults.yml). */
    private static ReactiveJwtAuthenticationConverterAdapter rolesFromToken() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    /** Browsers may call the API from the configured web origins only. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(@Value("${mla.web.allowed-origins}") List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-Id", "Prefer"));
        cors.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "Location"));
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
