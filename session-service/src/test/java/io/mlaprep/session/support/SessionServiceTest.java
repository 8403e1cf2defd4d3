package io.mlaprep.session.support;

import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * session-service on a random port with real Redis, Kafka and MongoDB, the real question-service
 * in-process, a recommender that is not running (unless a test starts one) and a clock tests move.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RealServers({Server.MONGO, Server.KAFKA, Server.REDIS})
@ExtendWith(QuestionServiceInProcess.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mla.clients.recommender-service.url=http://127.0.0.1:1",
        // question-service's classes share this test classpath; session-service itself has no MongoDB
        "spring.autoconfigure.exclude=" + NoMongo.AUTO_CONFIGURATIONS})
@Import(TestClockConfiguration.class)
public @interface SessionServiceTest {
}
