package io.mlaprep.question.support;

import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.WithTestTokens;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/** question-service on a random port with a real MongoDB wire server and Kafka broker, trusting the test token issuer. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RealServers({Server.MONGO, Server.KAFKA})
@ExtendWith(WithTestTokens.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface QuestionServiceTest {

    /** More Spring properties for this test class, e.g. its own database. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
