package io.mlaprep.analytics.support;

import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.WithTestTokens;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/** analytics-service on a random port with a real Kafka broker and MongoDB wire server. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RealServers({Server.MONGO, Server.KAFKA})
@ExtendWith(WithTestTokens.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=analytics-it", "mla.dashboards.refresh-interval=100ms",
        // dashboards the tests read are refreshed because their marks queued it, never by the sweep
        "mla.dashboards.sweep-interval=1h"})
public @interface AnalyticsServiceTest {
}
