package io.mlaprep.recommender.experiment.web;

import io.mlaprep.servicedefaults.security.Role;
import io.mlaprep.servicedefaults.security.RoleGate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Only admins start and stop experiments: refused before the body is read, so a learner never learns of a 400. */
@Configuration(proxyBeanMethods = false)
class ExperimentAccess {

    @Bean
    RoleGate startingExperimentsIsForAdmins() {
        return RoleGate.of(HttpMethod.POST, "/api/experiments", Role.ADMIN);
    }

    @Bean
    RoleGate stoppingExperimentsIsForAdmins() {
        return RoleGate.of(HttpMethod.POST, "/api/experiments/*/stop", Role.ADMIN);
    }
}
