package io.mlaprep.question.transfer.config;

import io.mlaprep.servicedefaults.security.Role;
import io.mlaprep.servicedefaults.security.RoleGate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Imports may be 25 MiB: who may not import is refused before the body is read. */
@Configuration(proxyBeanMethods = false)
class ImportAccess {

    @Bean
    RoleGate importIsForAuthors() {
        return RoleGate.of(HttpMethod.POST, "/api/questions/import", Role.AUTHOR, Role.ADMIN);
    }
}
