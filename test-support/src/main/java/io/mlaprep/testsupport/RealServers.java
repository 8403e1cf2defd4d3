package io.mlaprep.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class real servers: a Kafka KRaft broker, a Redis server and a MongoDB wire server,
 * each started once per JVM and shared. With a Docker engine present they are Testcontainers with
 * the real images; without one, the embedded real servers of {@code embedded-infra}. The Spring
 * properties pointing at them are set as system properties before any context starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(RealServersExtension.class)
public @interface RealServers {

    Server[] value();
}
