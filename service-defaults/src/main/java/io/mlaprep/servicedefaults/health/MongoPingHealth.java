package io.mlaprep.servicedefaults.health;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MongoDB health by {@code ping}, which every MongoDB-compatible server answers. It replaces Boot's
 * indicator, whose {@code hello} command the local wire server (mongo-java-server) does not know.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(MongoClient.class)
public class MongoPingHealth {

    @Bean(name = "mongoHealthIndicator")
    HealthIndicator mongoHealthIndicator(MongoClient mongo) {
        return () -> {
            try {
                mongo.getDatabase("admin").runCommand(new Document("ping", 1));
                return Health.up().build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }
}
