package io.mlaprep.session.delivery.web;

import io.mlaprep.servicedefaults.security.Role;
import io.mlaprep.servicedefaults.security.RoleGate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sessions are for learners: any other caller is refused in the security filter chain, before a body is read. A
 * gate rather than {@code @PreAuthorize} on the controller, which put a proxy and an expression's evaluation on every
 * request of the answer path.
 */
@Configuration(proxyBeanMethods = false)
class SessionAccess {

    @Bean
    RoleGate sessionsAreForLearners() {
        return RoleGate.anyMethod("/api/sessions/**", Role.LEARNER);
    }
}
