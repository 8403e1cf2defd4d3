package io.mlaprep.testsupport;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs another of the platform's real services in this JVM, once, on a random port, and sets a
 * system property to its URL. Its own application.yml is shadowed by the service under test's on
 * the same classpath, so a subclass gives its settings. Register after {@code @RealServers}.
 */
public abstract class InProcessService implements BeforeAllCallback {

    private static final Map<Class<?>, ConfigurableApplicationContext> RUNNING = new HashMap<>();

    private final Class<?> application;
    private final String urlProperty;
    private final String[] properties;

    protected InProcessService(Class<?> application, String urlProperty, String... properties) {
        this.application = application;
        this.urlProperty = urlProperty;
        this.properties = properties;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        TestTokenIssuer.install();
        System.setProperty(urlProperty, "http://127.0.0.1:" + running().getEnvironment().getProperty("local.server.port"));
    }

    private ConfigurableApplicationContext running() {
        synchronized (RUNNING) {
            return RUNNING.computeIfAbsent(application, app -> {
                ConfigurableApplicationContext started = new SpringApplicationBuilder(app)
                        .properties("server.port=0").properties(properties).run();
                Runtime.getRuntime().addShutdownHook(new Thread(started::close));
                return started;
            });
        }
    }
}
