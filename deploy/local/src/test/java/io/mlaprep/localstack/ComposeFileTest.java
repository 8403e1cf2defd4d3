package io.mlaprep.localstack;

import static io.mlaprep.localstack.RepositoryFiles.at;
import static io.mlaprep.localstack.RepositoryFiles.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/compose/compose.yaml: every secret is a required variable (no default, Compose stops when it
 * is missing), the services run with a non-local profile, and every store authenticates its clients.
 */
class ComposeFileTest {

    /** {@code ${NAME}}, {@code ${NAME:?error}}, {@code ${NAME:-default}} ... as Compose interpolates them. */
    static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:?[-?+])?([^}]*)}");
    static final Pattern SECRET_LIKE = Pattern.compile(".*(SECRET|PASSWORD|_AUTH|JAAS_CONFIG|MONGODB_URI)");

    final String text = RepositoryFiles.read("deploy/compose/compose.yaml");
    final Map<String, Object> compose = RepositoryFiles.yaml("deploy/compose/compose.yaml");

    @Test
    void everySecretIsARequiredVariableWithoutADefault() {
        Matcher variable = VARIABLE.matcher(text);
        while (variable.find()) {
            if (variable.group(1).matches(".*(SECRET|PASSWORD|MONGO_ROOT_USERNAME)")) {
                assertThat(variable.group(2)).as(variable.group()).isEqualTo(":?");
            }
        }
        services().forEach((service, definition) -> environment(service).forEach((name, value) -> {
            if (SECRET_LIKE.matcher(name).matches()) {
                assertThat(requiredVariables(value)).as(service + " " + name).isNotEmpty();
            }
        }));
    }

    @Test
    void everyJavaServiceRunsWithTheComposeProfile() {
        services().forEach((service, definition) -> {
            if (at(definition, "build") != null) {
                assertThat(environment(service)).as(service).containsEntry("SPRING_PROFILES_ACTIVE", "compose");
            }
        });
    }

    @Test
    void redisRequiresAPassword() {
        List<String> command = at(services().get("redis"), "command");

        assertThat(String.join(" ", command)).contains("--requirepass ${REDIS_PASSWORD:?")
                .as("nothing in Redis may be evicted").contains("--maxmemory-policy noeviction");
        assertThat(environment("redis").get("REDISCLI_AUTH")).as("the healthcheck's redis-cli")
                .startsWith("${REDIS_PASSWORD:?");
        services().keySet().stream().filter(s -> environment(s).containsKey("REDIS_HOST")).forEach(client ->
                assertThat(environment(client).get("SPRING_DATA_REDIS_PASSWORD")).as(client)
                        .startsWith("${REDIS_PASSWORD:?"));
    }

    @Test
    void mongoRequiresItsRootUser() {
        Map<String, String> mongo = environment("mongo");
        List<String> command = at(services().get("mongo"), "command");

        assertThat(mongo.get("MONGO_INITDB_ROOT_USERNAME")).startsWith("${MONGO_ROOT_USERNAME:?");
        assertThat(mongo.get("MONGO_INITDB_ROOT_PASSWORD")).startsWith("${MONGO_ROOT_PASSWORD:?");
        assertThat(command).as("a replica set with authentication needs a key file").contains("--keyFile");
        assertThat(String.join(" ", (List<String>) at(services().get("mongo"), "healthcheck", "test")))
                .contains("-u \"$$MONGO_INITDB_ROOT_USERNAME\"");
        services().keySet().stream().filter(s -> environment(s).containsKey("MONGODB_URI")).forEach(client ->
                assertThat(environment(client).get("MONGODB_URI")).as(client)
                        .startsWith("mongodb://${MONGO_ROOT_USERNAME:?").contains(":${MONGO_ROOT_PASSWORD:?")
                        .contains("authSource=admin"));
    }

    @Test
    void kafkaAdmitsOnlyAuthenticatedClientsOnTheNetwork() {
        Map<String, String> broker = environment("kafka");
        Map<String, String> protocols = new LinkedHashMap<>();
        for (String entry : broker.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").split(",")) {
            protocols.put(entry.split(":")[0], entry.split(":")[1]);
        }
        for (String listener : broker.get("KAFKA_LISTENERS").split(",")) {
            String name = listener.substring(0, listener.indexOf("://"));
            boolean loopback = listener.contains("://127.0.0.1:") || listener.contains("://localhost:");
            assertThat(loopback || protocols.get(name).startsWith("SASL_")).as(listener).isTrue();
        }
        assertThat(broker).containsEntry("KAFKA_SASL_ENABLED_MECHANISMS", "PLAIN");
        // the image renders KAFKA_* variables into server.properties and drops every value holding "="
        broker.forEach((name, value) -> assertThat(!name.startsWith("KAFKA_") || name.equals("KAFKA_OPTS")
                || !value.contains("=")).as(name).isTrue());

        Map<String, Object> jaas = ((List<Map<String, Object>>) at(services().get("kafka"), "configs")).getFirst();
        assertThat(broker.get("KAFKA_OPTS")).isEqualTo("-Djava.security.auth.login.config=" + jaas.get("target"));
        assertThat(string(compose, "configs", (String) jaas.get("source"), "content"))
                .contains("PlainLoginModule required").contains("user_mla=\"${KAFKA_CLIENT_PASSWORD:?");

        services().keySet().stream().filter(s -> environment(s).containsKey("KAFKA_BOOTSTRAP_SERVERS"))
                .forEach(client -> assertThat(environment(client)).as(client)
                        .containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                        .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "PLAIN")
                        .hasEntrySatisfying("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", jaasLine -> assertThat(jaasLine)
                                .startsWith("org.apache.kafka.common.security.plain.PlainLoginModule required "
                                        + "username=\"mla\" password=\"${KAFKA_CLIENT_PASSWORD:?")));
    }

    @Test
    void theEnvExampleNamesEveryRequiredVariableAndCommitsNoSecret() {
        Map<String, String> example = RepositoryFiles.envFile("deploy/compose/.env.example");
        Set<String> required = requiredVariables(text);

        assertThat(example.keySet()).containsAll(required);
        example.forEach((name, value) -> {
            if (name.matches(".*(SECRET|PASSWORD)")) {
                assertThat(value).as(name + ": left empty, so an unedited copy stops Compose").isEmpty();
            }
        });
    }

    private Map<String, Map<String, Object>> services() {
        return at(compose, "services");
    }

    /** A service's environment (map form, with the shared anchors merged in), values as strings. */
    private Map<String, String> environment(String service) {
        Map<String, Object> environment = at(services().get(service), "environment");
        Map<String, String> values = new LinkedHashMap<>();
        if (environment != null) {
            environment.forEach((name, value) -> values.put(name, String.valueOf(value)));
        }
        return values;
    }

    private static Set<String> requiredVariables(String text) {
        Set<String> names = new TreeSet<>();
        Matcher variable = VARIABLE.matcher(text);
        while (variable.find()) {
            if (":?".equals(variable.group(2))) {
                names.add(variable.group(1));
            }
        }
        return names;
    }
}
