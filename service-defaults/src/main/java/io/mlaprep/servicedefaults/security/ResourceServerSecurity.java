package io.mlaprep.servicedefaults.security;

import io.mlaprep.runtime.security.HeaderText;
import io.mlaprep.runtime.security.VerifiedTokens;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every service is a resource server and checks tokens itself: the gateway is not the only lock.
 * Roles come from the token's {@code roles} claim (see service-defaults.yml); ownership is checked
 * by each service against the caller's id.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class ResourceServerSecurity {

    @Bean
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, ObjectProvider<RoleGate> gates) throws Exception {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/error")
                            .permitAll()
                            .requestMatchers("/actuator/**").hasRole("ADMIN")
                            .requestMatchers("/internal/**").hasRole("SERVICE");
                    gates.orderedStream().forEach(gate ->
                            requests.requestMatchers(gate.method(), gate.path()).hasAnyRole(gate.roleNames()));
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(oauth -> oauth
                        .bearerTokenResolver(new FastBearerTokenResolver())
                        .jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden())
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <F extends BearerTokenAuthenticationFilter> F postProcess(F filter) {
                                filter.setAuthenticationFailureHandler(ProblemResponses.failedAuthentication());
                                return filter;
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .build();
    }

    /** Boot's decoder (issuer's JWKS, issuer, audiences), behind a cache of tokens it already verified. */
    @Bean
    static BeanPostProcessor verifiedTokenCache(Environment environment) {
        long maxSize = environment.getRequiredProperty("mla.security.verified-tokens.max-size", Long.class);
        Duration maxAge = environment.getRequiredProperty("mla.security.verified-tokens.max-age", Duration.class);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof CachingJwtDecoder)
                        ? new CachingJwtDecoder(decoder, new VerifiedTokens(maxSize, maxAge, Clock.systemUTC()))
                        : bean;
            }
        };
    }

    /** The strict firewall, judging header names and values as it does by default, printable ASCII without a regex. */
    @Bean
    WebSecurityCustomizer headerFirewall() {
        StrictHttpFirewall firewall = strictFirewall();
        return web -> web.httpFirewall(firewall);
    }

    static StrictHttpFirewall strictFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(HeaderText::allowedName);
        firewall.setAllowedHeaderValues(HeaderText::allowedValue);
        return firewall;
    }

    /**
     * No observation per security filter, authentication and authorisation: a dozen of them on every request
     * showed in the profile (issue 15), and the request's own server observation already times and traces it.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
