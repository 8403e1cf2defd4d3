package io.mlaprep.gateway.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import io.mlaprep.gateway.issuer.IssuerProperties;
import io.mlaprep.gateway.issuer.SigningKey;
import io.mlaprep.gateway.issuer.TokenMinter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import reactor.core.publisher.Mono;

/**
 * The gateway checks every /api call's token (issuer, audience, lifetime, RS256 signature) before
 * routing it; services check again and decide who may see what.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class GatewaySecurity {

    @Bean
    @ConditionalOnProperty(name = "mla.issuer.enabled", havingValue = "true")
    RSAKey signingKey(IssuerProperties properties) {
        return SigningKey.loadOrCreate(properties.keyFile());
    }

    @Bean
    @ConditionalOnProperty(name = "mla.issuer.enabled", havingValue = "true")
    TokenMinter tokenMinter(RSAKey signingKey, IssuerProperties properties, Clock clock) {
        return new TokenMinter(signingKey, properties.issuer(), properties.audience(), clock);
    }

    /** Local mode: the issuer's own public key. Production: the external issuer's JWKS. */
    @Bean
    ReactiveJwtDecoder jwtDecoder(ObjectProvider<RSAKey> localKey, IssuerProperties properties,
                                  @Value("${mla.security.jwk-set-uri:}") String jwkSetUri) throws JOSEException {
        NimbusReactiveJwtDecoder decoder = jwkSetUri.isBlank()
                ? NimbusReactiveJwtDecoder.withPublicKey(localKey.getObject().toRSAPublicKey()).build()
                : NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>("aud",
                aud -> aud != null && aud.contains(properties.audience()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()), audience));
        return decoder;
    }

    @Bean
    SecurityWebFilterChain gatewayFilterChain(ServerHttpSecurity http) {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        ServerAuthenticationEntryPoint unauthorized = (exchange, e) -> problem(exchange.getResponse(),
                HttpStatus.UNAUTHORIZED, "Unauthorized",
                "A valid bearer token is required: sign in and send it in the Authorization header.");
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.OPTIONS).permitAll()
                        .pathMatchers("/api/auth/**", "/.well-known/jwks.json", "/oauth2/token",
                                "/actuator/health", "/actuator/health/**", "/actuator/info", "/fallback/**").permitAll()
                        .pathMatchers("/api/**").authenticated()
                        .pathMatchers("/actuator/**").hasRole("ADMIN")
                        .anyExchange().permitAll())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(converter)))
                        .authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((exchange, e) -> problem(exchange.getResponse(), HttpStatus.FORBIDDEN,
                                "Forbidden", "You are not allowed to do this.")))
                .build();
    }

    static Mono<Void> problem(org.springframework.http.server.reactive.ServerHttpResponse response, HttpStatus status,
                              String title, String detail) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.getHeaders().set("WWW-Authenticate", "Bearer");
        }
        DataBuffer body = response.bufferFactory().wrap("""
                {"type":"about:blank","title":"%s","status":%d,"detail":"%s"}"""
                .formatted(title, status.value(), detail).getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }
}
