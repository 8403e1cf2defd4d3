package io.mlaprep.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.infra.FreePorts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The whole system started as a user starts it, on its own ports and data folder, driven through
 * the gateway: sign up, practise one item, see it counted by analytics and remembered by the
 * recommender; then stopped and started again with everything still there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackIT {

    private static final List<String> KEY_FIELDS = List.of("correct", "correctResponse", "explanation",
            "optionExplanations", "references");
    private static final String DEMO_PASSWORD = "mla-demo-2026";

    private static StackConfig config;
    private static LocalStack stack;
    private static String email;
    private static String questionId;

    @BeforeAll
    static void startStack() throws IOException {
        Path root = Path.of(System.getProperty("mla.root", "../..")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "mla-e2e-");
        config = new StackConfig(root, data, new StackConfig.Ports(FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next()), StackConfig.DEFAULT_JAVA_OPTIONS);
        stack = LocalStack.start(config, System.out);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void oneAnswerFlowsFromTheLearnerToAnalyticsAndTheRecommender() {
        email = "e2e-" + System.nanoTime() + "@example.com";
        GatewayClient learner = new GatewayClient(config.gatewayUrl());
        GatewayClient.Reply signUp = learner.post("/api/auth/signup",
                "{\"email\":\"" + email + "\",\"password\":\"practice4exam\",\"displayName\":\"E2E\"}");
        assertThat(signUp.status()).isEqualTo(201);
        learner.signIn(email, "practice4exam");

        GatewayClient.Reply session = learner.post("/api/sessions", "{\"mode\":\"PRACTICE\"}");
        assertThat(session.status()).isEqualTo(201);
        assertThat(session.body().get("status").asString()).isEqualTo("IN_PROGRESS");
        String sessionId = session.body().get("id").asString();

        GatewayClient.Reply item = learner.get("/api/sessions/" + sessionId + "/items/0");
        assertThat(item.status()).isEqualTo(200);
        assertThat(fieldNames(item.body())).doesNotContainAnyElementsOf(KEY_FIELDS);
        questionId = item.body().get("questionId").asString();

        GatewayClient.Reply feedback = learner.put("/api/sessions/" + sessionId + "/items/0/response",
                anyResponse(item.body()));
        assertThat(feedback.status()).isEqualTo(200);
        assertThat(feedback.body().has("correct")).isTrue();
        assertThat(feedback.body().get("explanation").asString()).isNotBlank();

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(learner.get("/api/analytics/me").body().get("totalAnswered").asInt()).isEqualTo(1);
            assertThat(learner.get("/api/recommendations/memory/" + questionId).status()).isEqualTo(200);
        });
    }

    @Test
    @Order(2)
    void theQuestionBankAnswersAuthorsThroughTheGatewayAndRefusesLearners() {
        GatewayClient author = new GatewayClient(config.gatewayUrl());
        author.signIn("author@mla.local", DEMO_PASSWORD);
        GatewayClient learner = new GatewayClient(config.gatewayUrl());
        learner.signIn("learner@mla.local", DEMO_PASSWORD);

        assertThat(author.get("/api/blueprint").body().get("exam").get("questionCount").asInt()).isEqualTo(65);
        assertThat(author.get("/api/questions?domain=3&size=5").body().get("totalItems").asInt()).isGreaterThan(30);
        JsonNode existing = author.get("/api/questions/d1-t11-001").body();
        assertThat(existing.get("correct").isObject()).isTrue();

        GatewayClient.Reply created = author.post("/api/questions", copyWithoutId(existing));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(author.put("/api/questions/" + id, copyWithoutId(created.body())).body().get("version").asInt())
                .isEqualTo(2);
        assertThat(author.delete("/api/questions/" + id).body().get("status").asString()).isEqualTo("RETIRED");
        assertThat(author.get("/api/questions/export").status()).isEqualTo(200);
        assertThat(author.post("/api/questions/import", "[" + copyWithoutId(existing) + "]").status()).isEqualTo(201);

        assertThat(learner.get("/api/questions").status()).isEqualTo(403);
        assertThat(learner.get("/api/questions/d1-t11-001").status()).isEqualTo(403);
        assertThat(learner.post("/api/questions", copyWithoutId(existing)).status()).isEqualTo(403);
        assertThat(learner.get("/api/questions/export").status()).isEqualTo(403);
        assertThat(learner.get("/api/blueprint").status()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void theAccountAndTheAnswerSurviveARestart() {
        stack.close();
        stack = LocalStack.start(config, System.out);

        GatewayClient learner = new GatewayClient(config.gatewayUrl());
        learner.signIn(email, "practice4exam");
        assertThat(learner.get("/api/analytics/me").body().get("totalAnswered").asInt()).isEqualTo(1);
        assertThat(learner.get("/api/recommendations/memory/" + questionId).status()).isEqualTo(200);
    }

    private static String copyWithoutId(JsonNode question) {
        var copy = (tools.jackson.databind.node.ObjectNode) question.deepCopy();
        copy.remove("id");
        copy.remove("status");
        return copy.toString();
    }

    /** A well-formed response for any item type: the first option(s) in the order shown. */
    private static String anyResponse(JsonNode item) {
        List<String> options = new ArrayList<>();
        item.get("options").forEach(option -> options.add("\"" + option.get("id").asString() + "\""));
        return switch (item.get("type").asString()) {
            case "MULTIPLE_CHOICE" -> "{\"optionIds\":[" + options.getFirst() + "]}";
            case "MULTIPLE_RESPONSE" -> "{\"optionIds\":[" + howMany(item, options) + "]}";
            case "ORDERING" -> "{\"order\":[" + String.join(",", options) + "]}";
            default -> {
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < options.size(); i++) {
                    pairs.add(options.get(i) + ":\"" + item.get("responses").get(i).get("id").asString() + "\"");
                }
                yield "{\"pairs\":{" + String.join(",", pairs) + "}}";
            }
        };
    }

    private static String howMany(JsonNode item, List<String> options) {
        String stem = item.get("stem").asString().toUpperCase();
        int count = stem.contains("THREE") ? 3 : 2;
        return String.join(",", options.subList(0, count));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                names.add(entry.getKey());
                names.addAll(fieldNames(entry.getValue()));
            });
        } else if (node.isArray()) {
            node.forEach(child -> names.addAll(fieldNames(child)));
        }
        return names;
    }
}
