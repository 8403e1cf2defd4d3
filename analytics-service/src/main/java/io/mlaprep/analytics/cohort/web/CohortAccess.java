package io.mlaprep.analytics.cohort.web;

import io.mlaprep.servicedefaults.security.Role;
import io.mlaprep.servicedefaults.security.RoleGate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Instructors create cohorts and learners join them: anyone else is refused before their body is read. */
@Configuration(proxyBeanMethods = false)
class CohortAccess {

    @Bean
    RoleGate creatingCohortsIsForInstructors() {
        return RoleGate.of(HttpMethod.POST, "/api/cohorts", Role.INSTRUCTOR);
    }

    @Bean
    RoleGate joiningCohortsIsForLearners() {
        return RoleGate.of(HttpMethod.POST, "/api/cohorts/join", Role.LEARNER);
    }
}
