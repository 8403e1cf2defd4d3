package io.mlaprep.session.support;

import io.mlaprep.recommender.RecommenderServiceApplication;
import io.mlaprep.testsupport.TestTokenIssuer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the real recommender-service (on the test Redis and Kafka) in this JVM, once, and points
 * session-service at it. Register after {@code @RealServers}.
 */
public final class RecommenderInProcess implements BeforeAllCallback {

    private static ConfigurableApplicationContext recommender;

    @Override
    public void beforeAll(ExtensionContext context) {
        TestTokenIssuer.install();
        System.setProperty("mla.clients.recommender-service.url", url());
    }

    static synchronized String url() {
        if (recommender == null) {
            // its own application.yml is shadowed by session-service's on this classpath: give its settings here
            recommender = new SpringApplicationBuilder(RecommenderServiceApplication.class)
                    .properties("spring.config.name=recommender-service-in-process",
                            "spring.application.name=recommender-service",
                            "spring.kafka.consumer.group-id=recommender-service",
                            "server.port=0",
                            // question-service's classes share this classpath; the recommender has no MongoDB
                            "spring.autoconfigure.exclude=" + NoMongo.AUTO_CONFIGURATIONS)
                    .run();
            Runtime.getRuntime().addShutdownHook(new Thread(recommender::close));
        }
        return "http://127.0.0.1:" + recommender.getEnvironment().getProperty("local.server.port");
    }
}
