package io.mlaprep.testsupport;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

public final class RealServersExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        RealServers servers = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), RealServers.class)
                .orElseThrow();
        for (Server server : servers.value()) {
            switch (server) {
                case KAFKA -> System.setProperty("spring.kafka.bootstrap-servers", TestServers.kafka().bootstrapServers());
                case REDIS -> {
                    System.setProperty("spring.data.redis.host", "127.0.0.1");
                    System.setProperty("spring.data.redis.port", Integer.toString(TestServers.redisPort()));
                }
                case MONGO -> System.setProperty("spring.mongodb.uri", TestServers.mongoConnectionString());
            }
        }
    }
}
