package io.mlaprep.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import io.mlaprep.infra.RedisServer;
import io.mlaprep.testsupport.JwtAttacks;
import org.junit.jupiter.api.AfterAll;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The whole system started as a user starts it, on its own ports and data folder, driven through
 * the gateway: sign up, practise one item, see it counted by analytics and remembered by the
 * recommender; then stopped and started again with everything still there. The services export spans to their
 * logs (as JSON lines, as in the containers) but record only traces a client asked to have sampled, so the other
 * tests see the stack as it runs by default.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackIT {

    private static final List<String> KEY_FIELDS = List.of("correct", "correctResponse", "explanation",
            "optionExplanations", "references");
    /** Only traces a client marks sampled are recorded, each span a log line of the OTel logging exporter. */
    private static final Map<String, String> TRACED_ON_REQUEST = Map.of("TRACING_EXPORTER", "logging",
            "TRACING_SAMPLING_PROBABILITY", "0", "LOG_FORMAT", "ecs");

    private static StackConfig config;
    private static LocalStack stack;
    private static String email;
    private static String questionId;

    @BeforeAll
    static void startStack() throws IOException {
        config = TestStacks.onFreePorts("mla-e2e-", StackConfig.DEFAULT_JAVA_OPTIONS).with(TRACED_ON_REQUEST);
        stack = LocalStack.start(config, System.out);
    }

    @AfterAll
    static void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }

    /** The JVM maps an AOT cache it uses into memory; one it refused (another jar, JDK or options) is not mapped. */
    @Test
    @Order(0)
    void everyServiceRunsFromTheStartUpCacheTheBuildMade() throws IOException {
        assumeTrue(Runtime.version().feature() >= StartupCache.FIRST_JDK, "the JDK makes no AOT caches");
        for (ServiceSpec service : LocalStack.services(config)) {
            StartupCache cache = StartupCache.of(config.root(), service);
            assertThat(cache.isCurrent(config.serviceJavaOptions())).as(service.name() + "'s cache is current").isTrue();
            assertThat(Files.readString(Path.of("/proc", Long.toString(stack.pid(service.name())), "maps")))
                    .as(service.name() + "'s memory map").contains(cache.cache().toString());
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
        author.signIn("author@mla.local", config.demoPassword());
        GatewayClient learner = new GatewayClient(config.gatewayUrl());
        learner.signIn("learner@mla.local", config.demoPassword());

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
    void nobodyReachesAnotherUsersDataThroughTheGatewayOrAroundIt() throws Exception {
        GatewayClient ana = signedUp("ana");
        GatewayClient ben = signedUp("ben");
        String session = ana.post("/api/sessions", "{\"mode\":\"PRACTICE\",\"size\":2}").body().get("id").asString();
        JsonNode item = ana.get("/api/sessions/" + session + "/items/0").body();
        ana.put("/api/sessions/" + session + "/items/0/response", anyResponse(item));
        String answered = item.get("questionId").asString();
        JwtAttacks tokens = new JwtAttacks((RSAKey) JWK.parse(Files.readString(config.dataDir()
                .resolve("gateway/signing-key.jwk.json"))), config.gatewayUrl(), "mla-api");
        GatewayClient teacherA = new GatewayClient(config.gatewayUrl()).withToken(tokens.valid("teacher-a", List.of("INSTRUCTOR")));
        GatewayClient teacherB = new GatewayClient(config.gatewayUrl()).withToken(tokens.valid("teacher-b", List.of("INSTRUCTOR")));
        String cohort = teacherA.post("/api/cohorts", "{\"name\":\"A's class\"}").body().get("id").asString();

        StackConfig.Ports ports = config.ports();
        sessionServiceRefuses(ben, session, config.gatewayUrl());
        sessionServiceRefuses(ben, session, url(ports.session()));
        recommenderRefuses(ben, ana.userId(), answered, config.gatewayUrl());
        recommenderRefuses(ben, ana.userId(), answered, url(ports.recommender()));
        analyticsRefuses(ben, teacherB, cohort, answered, config.gatewayUrl());
        analyticsRefuses(ben, teacherB, cohort, answered, url(ports.analytics()));
        questionServiceRefuses(ben, answered, config.gatewayUrl());
        questionServiceRefuses(ben, answered, url(ports.question()));
        assertThat(teacherA.get("/api/cohorts/" + cohort + "/dashboard").status()).isEqualTo(200);
    }

    @Test
    @Order(4)
    void fieldsALearnerMustNotSetAreIgnored() {
        GatewayClient learner = signedUp("mass");
        String session = learner.post("/api/sessions", "{\"mode\":\"PRACTICE\",\"size\":1,\"status\":\"FINISHED\"}")
                .body().get("id").asString();
        JsonNode item = learner.get("/api/sessions/" + session + "/items/0").body();
        ObjectNode wrong = wrongResponse(item);
        wrong.put("correct", true).put("score", 1000).put("learnerId", "someone");

        GatewayClient.Reply feedback = learner.put("/api/sessions/" + session + "/items/0/response", wrong.toString());

        assertThat(feedback.body().get("correct").asBoolean()).isFalse();
        GatewayClient.Reply result = learner.post("/api/sessions/" + session + "/finish", "");
        assertThat(result.body().get("correctCount").asInt()).isZero();
        assertThat(result.body().get("scaledScore").isNull()).isTrue();
    }

    @Test
    @Order(5)
    void theAccountAndTheAnswerSurviveARestart() {
        stack.close();
        stack = LocalStack.start(config, System.out);

        GatewayClient learner = new GatewayClient(config.gatewayUrl());
        learner.signIn(email, "practice4exam");
        assertThat(learner.get("/api/analytics/me").body().get("totalAnswered").asInt()).isEqualTo(1);
        assertThat(learner.get("/api/recommendations/memory/" + questionId).status()).isEqualTo(200);
    }

    @Test
    @Order(6)
    void anAuthorReadsTheStatisticsOfAnItemAnsweredInAnExamThroughTheGateway() {
        GatewayClient learner = signedUp("examinee");
        String exam = learner.post("/api/sessions", "{\"mode\":\"EXAM\"}").body().get("id").asString();
        JsonNode item = learner.get("/api/sessions/" + exam + "/items/0").body();
        String answered = item.get("questionId").asString();
        assertThat(learner.put("/api/sessions/" + exam + "/items/0/response", anyResponse(item)).status())
                .isEqualTo(200);
        assertThat(learner.post("/api/sessions/" + exam + "/finish", "").status()).isEqualTo(200);
        GatewayClient author = new GatewayClient(config.gatewayUrl());
        author.signIn("author@mla.local", config.demoPassword());
        List<String> options = new ArrayList<>();
        author.get("/api/questions/" + answered).body().get("options")
                .forEach(option -> options.add(option.get("id").asString()));

        // analytics -> question-service for the key, over the typed internal API
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            GatewayClient.Reply statistics = author.get("/api/analytics/items/" + answered);
            assertThat(statistics.status()).isEqualTo(200);
            assertThat(statistics.body().get("questionId").asString()).isEqualTo(answered);
            assertThat(statistics.body().get("attempts").asLong()).isGreaterThanOrEqualTo(1);
            List<String> rated = new ArrayList<>();
            statistics.body().get("optionRates").forEach(rate -> rated.add(rate.get("optionId").asString()));
            assertThat(rated).containsExactlyElementsOf(options);
        });
        assertThat(learner.get("/api/analytics/items/" + answered).status()).isEqualTo(403);
    }

    @Test
    @Order(7)
    void oneTraceFollowsAnAnswerFromTheGatewayThroughSessionServiceAndKafkaToAnalytics() {
        GatewayClient learner = signedUp("traced");
        String session = learner.post("/api/sessions", "{\"mode\":\"PRACTICE\",\"size\":2}").body().get("id")
                .asString();
        JsonNode item = learner.get("/api/sessions/" + session + "/items/0").body();
        String traceId = hex(32);
        GatewayClient traced = learner.withHeader("traceparent", "00-" + traceId + "-" + hex(16) + "-01");

        assertThat(traced.put("/api/sessions/" + session + "/items/0/response", anyResponse(item)).status())
                .isEqualTo(200);

        // spans are exported in batches every few seconds; every hop that lost the context would start a trace of
        // its own, unsampled at probability 0, and log no span with this id
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(spanKinds("gateway", traceId)).as("gateway").contains("SERVER");
            assertThat(spanKinds("session", traceId)).as("session-service: the request and the outbox relay")
                    .contains("SERVER", "PRODUCER");
            assertThat(spanKinds("analytics", traceId)).as("analytics-service's listener").contains("CONSUMER");
            assertThat(spanKinds("recommender", traceId)).as("the recommender: the answer in, its model change out")
                    .contains("CONSUMER", "PRODUCER");
        });
        assertThat(learner.get("/api/analytics/me").body().get("totalAnswered").asInt()).isEqualTo(1);
    }

    @Test
    @Order(8)
    void aServiceKilledWithoutWarningIsStartedAgainWithItsData() throws Exception {
        long killed = stack.pid("recommender");
        assertThat(new ProcessBuilder("kill", "-9", Long.toString(killed)).start().waitFor()).isZero();

        GatewayClient learner = new GatewayClient(config.gatewayUrl());
        learner.signIn(email, "practice4exam");
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(learner.get("/api/recommendations/memory/" + questionId).status()).isEqualTo(200));
        assertThat(stack.pid("recommender")).isNotEqualTo(killed);
    }

    @Test
    @Order(9)
    void redisHeldDownStaysDownUntilReleasedThenComesBackWithItsData() throws Exception {
        Path hold = config.dataDir().resolve("hold").resolve("redis");
        long redis = Long.parseLong(Files.readString(config.dataDir().resolve("redis").resolve("redis.log.pid")).strip());
        Files.createDirectories(hold.getParent());
        Files.writeString(hold, "");
        assertThat(new ProcessBuilder("kill", "-TERM", Long.toString(redis)).start().waitFor()).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(redis).map(p -> !p.isAlive()).orElse(true));

        Thread.sleep(3_000); // the supervisor looks every second: three looks, and the hold keeps Redis down
        assertThat(RedisServer.answersPing(config.ports().redis())).isFalse();

        Files.delete(hold);
        await().atMost(Duration.ofSeconds(30)).until(() -> RedisServer.answersPing(config.ports().redis()));
        GatewayClient learner = new GatewayClient(config.gatewayUrl());
        learner.signIn(email, "practice4exam");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(learner.get("/api/recommendations/memory/" + questionId).status()).isEqualTo(200));
    }

    /** The kinds of the spans of trace {@code traceId} a service logged, each a JSON line. */
    private static Set<String> spanKinds(String service, String traceId) throws IOException {
        Pattern span = Pattern.compile("' : " + traceId + " [0-9a-f]{16} ([A-Z]+) ");
        Set<String> kinds = new TreeSet<>();
        for (String line : Files.readAllLines(config.dataDir().resolve("logs").resolve(service + ".log"))) {
            Matcher matcher = span.matcher(line);
            if (matcher.find()) {
                assertThat(line).as("a JSON log line").startsWith("{").endsWith("}");
                kinds.add(matcher.group(1));
            }
        }
        return kinds;
    }

    private static String hex(int digits) {
        StringBuilder hex = new StringBuilder(digits);
        ThreadLocalRandom.current().ints(digits, 0, 16).forEach(d -> hex.append(Character.forDigit(d, 16)));
        return hex.toString();
    }

    private static void sessionServiceRefuses(GatewayClient user, String session, String base) {
        GatewayClient intruder = user.at(base);
        assertRefused(intruder.get("/api/sessions/" + session), base);
        assertRefused(intruder.get("/api/sessions/" + session + "/items/0"), base);
        assertRefused(intruder.put("/api/sessions/" + session + "/items/1/response", "{\"optionIds\":[\"a\"]}"), base);
        assertRefused(intruder.post("/api/sessions/" + session + "/finish", ""), base);
        assertRefused(intruder.get("/api/sessions/" + session + "/review"), base);
        assertThat(intruder.get("/api/sessions").body().get("items").size()).as(base).isZero();
    }

    private static void recommenderRefuses(GatewayClient user, String learnerId, String answered, String base) {
        GatewayClient intruder = user.at(base);
        assertRefused(intruder.get("/api/recommendations/memory/" + answered), base);
        assertRefused(intruder.get("/internal/learners/" + learnerId + "/next-questions"), base);
    }

    private static void analyticsRefuses(GatewayClient user, GatewayClient otherTeacher, String cohort,
                                         String answered, String base) {
        GatewayClient intruder = user.at(base);
        assertThat(intruder.get("/api/analytics/me").body().get("totalAnswered").asInt()).as(base).isZero();
        assertRefused(intruder.get("/api/cohorts/" + cohort + "/dashboard"), base);
        assertRefused(otherTeacher.at(base).get("/api/cohorts/" + cohort + "/dashboard"), base);
        assertRefused(intruder.post("/api/cohorts", "{\"name\":\"mine\"}"), base);
        assertRefused(intruder.get("/api/cohorts"), base);
        assertRefused(intruder.get("/api/analytics/items/" + answered), base);
    }

    private static void questionServiceRefuses(GatewayClient user, String answered, String base) {
        GatewayClient intruder = user.at(base);
        assertRefused(intruder.get("/api/questions"), base);
        assertRefused(intruder.get("/api/questions/" + answered), base);
        assertRefused(intruder.get("/api/questions/export"), base);
        assertRefused(intruder.post("/api/questions/import", "[]"), base);
        assertRefused(intruder.post("/internal/questions/lookup", "{\"refs\":[]}"), base);
        assertRefused(intruder.post("/internal/draws", "{\"slots\":[]}"), base);
    }

    private GatewayClient signedUp(String name) {
        String address = name + "-" + System.nanoTime() + "@example.com";
        GatewayClient client = new GatewayClient(config.gatewayUrl());
        assertThat(client.post("/api/auth/signup", "{\"email\":\"" + address
                + "\",\"password\":\"practice4exam\",\"displayName\":\"" + name + "\"}").status()).isEqualTo(201);
        client.signIn(address, "practice4exam");
        return client;
    }

    /** A well-formed but wrong response, made from the item's key as an author reads it through the gateway. */
    private ObjectNode wrongResponse(JsonNode item) {
        GatewayClient author = new GatewayClient(config.gatewayUrl());
        author.signIn("author@mla.local", config.demoPassword());
        JsonNode question = author.get("/api/questions/" + item.get("questionId").asString()).body();
        JsonNode key = question.get("correct");
        ObjectNode response = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        switch (item.get("type").asString()) {
            case "ORDERING" -> {
                ArrayNode order = response.putArray("order");
                List<String> steps = new ArrayList<>();
                key.get("order").forEach(step -> steps.add(step.asString()));
                java.util.Collections.swap(steps, 0, 1);
                steps.forEach(order::add);
            }
            case "MATCHING" -> {
                ObjectNode pairs = response.putObject("pairs");
                List<String> prompts = new ArrayList<>(key.get("pairs").propertyNames());
                key.get("pairs").properties().forEach(entry -> pairs.put(entry.getKey(), entry.getValue().asString()));
                String first = pairs.get(prompts.get(0)).asString();
                pairs.put(prompts.get(0), pairs.get(prompts.get(1)).asString());
                pairs.put(prompts.get(1), first);
            }
            default -> {
                List<String> keys = new ArrayList<>();
                key.get("optionIds").forEach(k -> keys.add(k.asString()));
                String distractor = question.get("options").valueStream().map(o -> o.get("id").asString())
                        .filter(id -> !keys.contains(id)).findFirst().orElseThrow();
                keys.set(0, distractor);
                ArrayNode options = response.putArray("optionIds");
                keys.forEach(options::add);
            }
        }
        return response;
    }

    private static void assertRefused(GatewayClient.Reply reply, String where) {
        assertThat(reply.status()).as(where).isIn(403, 404);
        assertThat(reply.body() == null ? "" : reply.body().toString()).as(where)
                .doesNotContain("\"stem\"", "\"correct\"", "\"items\":[{");
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + port;
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
