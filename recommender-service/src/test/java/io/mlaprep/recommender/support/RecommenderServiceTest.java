package io.mlaprep.recommender.support;

import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.WithTestTokens;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** recommender-service on a random port with a real Kafka broker and Redis server, and a clock tests move. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RealServers({Server.REDIS, Server.KAFKA})
@ExtendWith(WithTestTokens.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
public @interface RecommenderServiceTest {
}
