package io.mlaprep.question.bank.web;

import io.mlaprep.servicedefaults.security.Role;
import io.mlaprep.servicedefaults.security.RoleGate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Who may not write questions is refused before the question they sent is read, so never learns of a 400. */
@Configuration(proxyBeanMethods = false)
class QuestionWriteAccess {

    @Bean
    RoleGate creatingQuestionsIsForAuthors() {
        return RoleGate.of(HttpMethod.POST, "/api/questions", Role.AUTHOR, Role.ADMIN);
    }

    @Bean
    RoleGate editingQuestionsIsForAuthors() {
        return RoleGate.of(HttpMethod.PUT, "/api/questions/*", Role.AUTHOR, Role.ADMIN);
    }
}
