package io.mlaprep.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.FileSystemResource;
import org.springframework.util.PlaceholderResolutionException;

/**
 * The committed development secrets (service client secrets, demo password) exist only in the profile
 * "local", the default when no profile is active (./run.sh, the tests); under any other profile the
 * environment must supply them. Each application's configuration is loaded by Spring Boot's own
 * config-data processing from its module's resources, with nothing from this JVM's environment.
 */
class LocalProfileSecretsTest {

    static final List<String> SERVICES = KubernetesManifestsTest.SERVICES;
    static final List<String> DEPLOYMENT_PROFILES = List.of("kubernetes", "compose", "production", "kubernetes,production");

    @Test
    void withNoProfileActiveTheGatewayAndEachServiceShareTheCommittedDevelopmentSecret() {
        StandardEnvironment gateway = configuration("gateway", null, Map.of());

        assertThat(gateway.getProperty("mla.issuer.demo-password")).isEqualTo("mla-demo-2026");
        for (String service : SERVICES) {
            String secret = configuration(service, null, Map.of()).getProperty("mla.service-auth.client-secret");

            assertThat(secret).as(service).isEqualTo("local-" + service + "-secret");
            assertThat(gateway.getProperty("mla.issuer.clients." + service)).as(service).isEqualTo(secret);
        }
    }

    @Test
    void underAnyOtherProfileNoSecretHasADefault() {
        for (String profiles : DEPLOYMENT_PROFILES) {
            StandardEnvironment gateway = configuration("gateway", profiles, Map.of());

            assertThatThrownBy(() -> gateway.getProperty("mla.issuer.demo-password")).as(profiles)
                    .isInstanceOf(PlaceholderResolutionException.class).hasMessageContaining("'DEMO_PASSWORD'");
            for (String service : SERVICES) {
                String variable = service.toUpperCase().replace('-', '_') + "_SECRET";
                assertThatThrownBy(() -> gateway.getProperty("mla.issuer.clients." + service)).as(profiles)
                        .isInstanceOf(PlaceholderResolutionException.class).hasMessageContaining("'" + variable + "'");

                StandardEnvironment own = configuration(service, profiles, Map.of());
                assertThatThrownBy(() -> own.getProperty("mla.service-auth.client-secret")).as(service + " " + profiles)
                        .isInstanceOf(PlaceholderResolutionException.class)
                        .hasMessageContaining("'SERVICE_CLIENT_SECRET'");
            }
        }
    }

    @Test
    void theEnvironmentSuppliesEverySecretWhateverTheProfile() {
        for (String profiles : List.of("", "kubernetes")) {
            StandardEnvironment gateway = configuration("gateway", profiles,
                    Map.of("DEMO_PASSWORD", "demo-from-env", "SESSION_SERVICE_SECRET", "session-from-env"));
            StandardEnvironment session = configuration("session-service", profiles,
                    Map.of("SERVICE_CLIENT_SECRET", "session-from-env"));

            assertThat(gateway.getProperty("mla.issuer.demo-password")).isEqualTo("demo-from-env");
            assertThat(gateway.getProperty("mla.issuer.clients.session-service")).isEqualTo("session-from-env");
            assertThat(session.getProperty("mla.service-auth.client-secret")).isEqualTo("session-from-env");
        }
    }

    /**
     * The application's configuration as Spring Boot builds it: its module's application*.yml by the
     * active (or default) profiles, then, for the services, service-defaults.yml with the lowest
     * precedence, as ServiceDefaultsEnvironment adds it. {@code variables} stand for the process
     * environment; the real one and the system properties are left out.
     */
    private static StandardEnvironment configuration(String module, String profiles, Map<String, String> variables) {
        Map<String, Object> processEnvironment = new HashMap<>(variables);
        if (profiles != null && !profiles.isEmpty()) {
            processEnvironment.put("SPRING_PROFILES_ACTIVE", profiles);
        }
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        processEnvironment));
        try (URLClassLoader resources = new URLClassLoader(new URL[] {resourcesOf(module)},
                LocalProfileSecretsTest.class.getClassLoader())) {
            ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(resources), null,
                    List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!module.equals("gateway")) {
            try {
                for (PropertySource<?> source : new YamlPropertySourceLoader().load("service-defaults.yml",
                        new FileSystemResource(RepositoryFiles.path(
                                "service-defaults/src/main/resources/service-defaults.yml")))) {
                    environment.getPropertySources().addLast(source);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return environment;
    }

    private static URL resourcesOf(String module) {
        try {
            return RepositoryFiles.path(module + "/src/main/resources/").toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
