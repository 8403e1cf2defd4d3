package io.mlaprep.session.support;

import io.mlaprep.question.QuestionServiceApplication;
import io.mlaprep.testsupport.TestTokenIssuer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the real question-service (with its seed bank, on the test MongoDB and Kafka) in this JVM,
 * once, and points session-service at it. Register after {@code @RealServers}.
 */
public final class QuestionServiceInProcess implements BeforeAllCallback {

    private static ConfigurableApplicationContext questionService;

    @Override
    public void beforeAll(ExtensionContext context) {
        TestTokenIssuer.install();
        System.setProperty("mla.clients.question-service.url", url());
    }

    static synchronized String url() {
        if (questionService == null) {
            // its own application.yml is shadowed by session-service's on this classpath: give its settings here
            questionService = new SpringApplicationBuilder(QuestionServiceApplication.class)
                    .properties("spring.config.name=question-service-in-process",
                            "spring.application.name=question-service",
                            "spring.mongodb.database=session-tests-questions",
                            "spring.data.mongodb.auto-index-creation=false",
                            "server.port=0")
                    .run();
            Runtime.getRuntime().addShutdownHook(new Thread(questionService::close));
        }
        return "http://127.0.0.1:" + questionService.getEnvironment().getProperty("local.server.port");
    }
}
