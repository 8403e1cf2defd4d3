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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The whole system started as a user starts it, on its own ports and data folder, driven through
 * the gateway: sign up, practise one item, see it counted by analytics and remembered by the
 * recommender; then stopped and started again with everything still there.
 */
class LocalStackIT {

    private static final List<String> KEY_FIELDS = List.of("correct", "correctResponse", "explanation",
            "optionExplanations", "references");

    @Test
    void oneAnswerFlowsEndToEndAndSurvivesARestart() throws IOException {
        Path root = Path.of(System.getProperty("mla.root", "../..")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "mla-e2e-");
        StackConfig config = new StackConfig(root, data, new StackConfig.Ports(FreePorts.next(), FreePorts.next(),
                FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next()), StackConfig.DEFAULT_JAVA_OPTIONS);
        String email = "e2e-" + System.nanoTime() + "@example.com";
        String questionId;

        try (LocalStack stack = LocalStack.start(config, System.out)) {
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

        try (LocalStack restarted = LocalStack.start(config, System.out)) {
            GatewayClient learner = new GatewayClient(config.gatewayUrl());
            learner.signIn(email, "practice4exam");
            assertThat(learner.get("/api/analytics/me").body().get("totalAnswered").asInt()).isEqualTo(1);
            assertThat(learner.get("/api/recommendations/memory/" + questionId).status()).isEqualTo(200);
        }
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
