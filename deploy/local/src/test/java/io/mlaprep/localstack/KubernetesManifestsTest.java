package io.mlaprep.localstack;

import static io.mlaprep.localstack.RepositoryFiles.at;
import static io.mlaprep.localstack.RepositoryFiles.list;
import static io.mlaprep.localstack.RepositoryFiles.string;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests (deploy/k8s) as kustomize would build them, checked for what a security
 * review asked: secrets only from the Secret, and required; no committed secret values; a non-local
 * Spring profile; authenticated stores in production; egress denied unless a workload calls there.
 */
class KubernetesManifestsTest {

    static final List<String> SERVICES = List.of("question-service", "session-service", "analytics-service",
            "recommender-service");
    static final List<String> KAFKA_CLIENTS = SERVICES;
    static final List<String> REDIS_CLIENTS = List.of("gateway", "session-service", "recommender-service");
    static final List<String> MONGO_CLIENTS = List.of("question-service", "analytics-service");
    static final Predicate<String> SECRET_LIKE = name -> name.matches(".*(SECRET|PASSWORD|_AUTH)");

    final Kustomization local = Kustomization.of("deploy/k8s/overlays/local");
    final Kustomization production = Kustomization.of("deploy/k8s/overlays/production");

    @Test
    void noSecretReferenceIsOptional() {
        List<String> optional = new ArrayList<>();
        allDocuments().forEach(document -> collectOptionalSecretRefs(document, "", optional));

        assertThat(optional).as("a missing key must stop the pod, not let a default stand in").isEmpty();
    }

    @Test
    void everySecretLikeVariableComesFromTheSecretNeverFromALiteral() {
        Stream.of(local, production).flatMap(Kustomization::allContainers)
                .flatMap(container -> list(container, "env").stream())
                .filter(e -> SECRET_LIKE.test((String) e.get("name")) && !"delete".equals(e.get("$patch")))
                .forEach(e -> assertThat(string(e, "valueFrom", "secretKeyRef", "name")).as(e.get("name") + "")
                        .isEqualTo("mla-secrets"));
        Stream.of(local, production).flatMap(k -> k.config().keySet().stream())
                .forEach(key -> assertThat(SECRET_LIKE.test(key)).as("ConfigMap key " + key).isFalse());
    }

    @Test
    void noManifestCommitsASecretValue() {
        Stream.of(local, production).flatMap(k -> k.kustomizations().stream())
                .forEach(k -> assertThat(list(k, "secretGenerator")).as("secrets are created, never generated from "
                        + "committed values").isEmpty());
        Stream.of(local, production).flatMap(k -> k.resources().stream())
                .forEach(r -> assertThat(r.get("kind")).as(string(r, "metadata", "name")).isNotEqualTo("Secret"));
    }

    @Test
    void everyPodRunsWithASpringProfileOtherThanLocal() {
        for (Kustomization overlay : List.of(local, production)) {
            for (String app : apps()) {
                String profiles = activeProfiles(overlay, app);

                assertThat(profiles).as(app).isNotBlank();
                assertThat(List.of(profiles.split(","))).as(app).doesNotContain("local");
            }
        }
        assertThat(activeProfiles(production, "gateway").split(",")).contains("production");
    }

    @Test
    void redisRequiresItsPasswordFromTheSecret() {
        for (Kustomization overlay : List.of(local, production)) {
            for (String client : REDIS_CLIENTS) {
                assertThat(secretKey(overlay.env(client).get("SPRING_DATA_REDIS_PASSWORD"))).as(client)
                        .isEqualTo("REDIS_PASSWORD");
            }
        }
        assertThat(production.config()).containsEntry("SPRING_DATA_REDIS_SSL_ENABLED", "true");

        Map<String, Object> redis = list(local.workload("redis"), "spec", "template", "spec", "containers").getFirst();
        List<String> args = at(redis, "args");
        assertThat(String.join(" ", args)).contains("--requirepass $(REDIS_PASSWORD)")
                .as("nothing in Redis may be evicted").contains("--maxmemory-policy noeviction");
        assertThat(secretKey(local.env("redis").get("REDIS_PASSWORD"))).isEqualTo("REDIS_PASSWORD");
        assertThat(secretKey(local.env("redis").get("REDISCLI_AUTH"))).as("the probes' redis-cli")
                .isEqualTo("REDIS_PASSWORD");
    }

    @Test
    void productionKafkaClientsSignInWithScramOverTls() {
        assertThat(production.config()).containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512");

        for (String client : KAFKA_CLIENTS) {
            Map<String, Map<String, Object>> env = production.env(client);
            List<String> names = List.copyOf(env.keySet());

            assertThat(secretKey(env.get("KAFKA_SASL_PASSWORD"))).as(client)
                    .isEqualTo(client.toUpperCase().replace('-', '_') + "_KAFKA_PASSWORD");
            assertThat(string(env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"), "value")).as(client)
                    .isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                            + client + "\" password=\"$(KAFKA_SASL_PASSWORD)\";");
            assertThat(names.indexOf("KAFKA_SASL_PASSWORD")).as("defined before the JAAS line refers to it")
                    .isLessThan(names.indexOf("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG"));
        }
    }

    @Test
    void egressIsDeniedUnlessAWorkloadCallsThere() {
        for (Kustomization overlay : List.of(local, production)) {
            List<Map<String, Object>> policies = overlay.ofKind("NetworkPolicy");

            assertThat(policies).as("default deny").anyMatch(p -> selectsAll(p) && types(p).contains("Egress")
                    && list(p, "spec", "egress").isEmpty());
            for (Map<String, Object> workload : overlay.workloads()) {
                String name = string(workload, "metadata", "name");
                assertThat(allows(policies, name, peer -> isKubeDns(peer), 53)).as(name + " -> DNS").isTrue();
            }
            for (Map<String, Object> policy : policies) {
                list(policy, "spec", "egress").forEach(rule -> assertThat(list(rule, "ports"))
                        .as("no egress to every port: " + string(policy, "metadata", "name")).isNotEmpty());
            }
            for (String service : SERVICES) {
                assertThat(allows(policies, "gateway", pod(service), servicePort(service)))
                        .as("gateway -> " + service).isTrue();
                assertThat(allows(policies, service, pod("gateway"), 8080)).as(service + " -> gateway").isTrue();
            }
            assertThat(allows(policies, "session-service", pod("question-service"), 8081)).isTrue();
            assertThat(allows(policies, "session-service", pod("recommender-service"), 8084)).isTrue();
            assertThat(allows(policies, "analytics-service", pod("question-service"), 8081)).isTrue();
            assertThat(allows(policies, "question-service", pod("session-service"), 8082))
                    .as("no call, no egress").isFalse();
        }

        List<Map<String, Object>> inCluster = local.ofKind("NetworkPolicy");
        KAFKA_CLIENTS.forEach(c -> assertThat(allows(inCluster, c, pod("kafka"), 9092)).as(c + " -> kafka").isTrue());
        REDIS_CLIENTS.forEach(c -> assertThat(allows(inCluster, c, pod("redis"), 6379)).as(c + " -> redis").isTrue());
        MONGO_CLIENTS.forEach(c -> assertThat(allows(inCluster, c, pod("mongo"), 27017)).as(c + " -> mongo").isTrue());
        assertThat(allows(inCluster, "mongo", pod("mongo"), 27017)).as("replica-set member to itself").isTrue();
        assertThat(allows(inCluster, "kafka", pod("kafka"), 9092)).as("broker to its advertised address").isTrue();
        assertThat(allows(inCluster, "gateway", pod("kafka"), 9092)).as("the gateway uses no Kafka").isFalse();

        List<Map<String, Object>> managed = production.ofKind("NetworkPolicy");
        KAFKA_CLIENTS.forEach(c -> assertThat(allows(managed, c, KubernetesManifestsTest::isAddressRange, 9096))
                .as(c + " -> MSK").isTrue());
        REDIS_CLIENTS.forEach(c -> assertThat(allows(managed, c, KubernetesManifestsTest::isAddressRange, 6379))
                .as(c + " -> ElastiCache").isTrue());
        MONGO_CLIENTS.forEach(c -> assertThat(allows(managed, c, KubernetesManifestsTest::isAddressRange, 27017))
                .as(c + " -> MongoDB").isTrue());
        apps().forEach(app -> assertThat(allows(managed, app, KubernetesManifestsTest::isAddressRange, 443))
                .as(app + " -> external issuer").isTrue());
        assertThat(allows(managed, "gateway", KubernetesManifestsTest::isAddressRange, 9096)).isFalse();
    }

    private static List<String> apps() {
        return Stream.concat(Stream.of("gateway"), SERVICES.stream()).toList();
    }

    private static String activeProfiles(Kustomization overlay, String app) {
        Map<String, Object> variable = overlay.env(app).get("SPRING_PROFILES_ACTIVE");
        if (variable != null) {
            return string(variable, "value");
        }
        Map<String, Object> container = list(overlay.workload(app), "spec", "template", "spec", "containers")
                .getFirst();
        assertThat(list(container, "envFrom")).as(app + " reads mla-config")
                .anyMatch(from -> "mla-config".equals(string(from, "configMapRef", "name")));
        return overlay.config().get("SPRING_PROFILES_ACTIVE");
    }

    private static String secretKey(Map<String, Object> variable) {
        assertThat(variable).isNotNull();
        assertThat(string(variable, "valueFrom", "secretKeyRef", "name")).isEqualTo("mla-secrets");
        assertThat(at(variable, "valueFrom", "secretKeyRef", "optional") == null).isTrue();
        return string(variable, "valueFrom", "secretKeyRef", "key");
    }

    private static int servicePort(String service) {
        return 8081 + SERVICES.indexOf(service);
    }

    private static boolean selectsAll(Map<String, Object> policy) {
        Map<String, Object> selector = at(policy, "spec", "podSelector");
        return selector != null && selector.isEmpty();
    }

    private static List<String> types(Map<String, Object> policy) {
        List<String> types = at(policy, "spec", "policyTypes");
        return types == null ? List.of() : types;
    }

    private static boolean selects(Map<String, Object> selector, String name) {
        if (selector == null) {
            return false;
        }
        Map<String, Object> labels = at(selector, "matchLabels");
        if (labels != null && !name.equals(labels.get("app.kubernetes.io/name"))) {
            return false;
        }
        for (Map<String, Object> expression : list(selector, "matchExpressions")) {
            List<String> values = at(expression, "values");
            if (!"app.kubernetes.io/name".equals(expression.get("key")) || !"In".equals(expression.get("operator"))
                    || !values.contains(name)) {
                return false;
            }
        }
        return true;
    }

    private static Predicate<Map<String, Object>> pod(String name) {
        return peer -> peer.get("namespaceSelector") == null && peer.get("ipBlock") == null
                && selects(at(peer, "podSelector"), name);
    }

    private static boolean isKubeDns(Map<String, Object> peer) {
        return "kube-system".equals(string(peer, "namespaceSelector", "matchLabels", "kubernetes.io/metadata.name"))
                && "kube-dns".equals(string(peer, "podSelector", "matchLabels", "k8s-app"));
    }

    private static boolean isAddressRange(Map<String, Object> peer) {
        return string(peer, "ipBlock", "cidr") != null;
    }

    /** Whether some policy that selects the workload {@code from} lets it reach a peer on the port. */
    private static boolean allows(List<Map<String, Object>> policies, String from, Predicate<Map<String, Object>> peer,
                                  int port) {
        return policies.stream()
                .filter(p -> types(p).contains("Egress") && (selectsAll(p) || selects(at(p, "spec", "podSelector"), from)))
                .flatMap(p -> list(p, "spec", "egress").stream())
                .anyMatch(rule -> list(rule, "to").stream().anyMatch(peer)
                        && list(rule, "ports").stream().anyMatch(p -> Integer.valueOf(port).equals(p.get("port"))));
    }

    private static Stream<Map<String, Object>> allDocuments() {
        try (Stream<Path> files = Files.walk(RepositoryFiles.path("deploy/k8s"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).toList().stream()
                    .flatMap(f -> RepositoryFiles.yamlDocuments(f).stream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectOptionalSecretRefs(Object node, String path, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (("secretKeyRef".equals(key) || "secretRef".equals(key)) && value instanceof Map<?, ?> ref
                        && Boolean.TRUE.equals(ref.get("optional"))) {
                    found.add(path + "/" + key + " " + ref.get("key"));
                }
                collectOptionalSecretRefs(value, path + "/" + key, found);
            });
        } else if (node instanceof List<?> items) {
            items.forEach(item -> collectOptionalSecretRefs(item, path, found));
        }
    }
}
