package io.mlaprep.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fault drill (issue 15): learners practise without a break (practice and adaptive sessions, each item fetched
 * and answered, the session finished; every fourth round an exam with a few answers, finished; recommendations and the
 * dashboard read) while {@link FaultDriver} takes parts
 * of the stack away one after the other ({@link FaultPlan}). Afterwards it reports, per fault, the failures learners
 * saw and whether a deliberately stopped part explains them, and whether every stored answer reached analytics and
 * the recommender exactly once ({@link DeliveryCheck}).
 */
public class FaultSimulation extends Simulation {

    /** A learner whose session did not start waits a moment before trying again, as a person would. */
    private static final Duration AFTER_A_FAILURE = Duration.ofSeconds(1);
    private static final int EXAM_ANSWERS = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FaultSettings settings = FaultSettings.load();
    private final Learners learners = new Learners(settings.learners());
    private final RequestLog requests = new RequestLog();
    private final AttemptLedger attempts = new AttemptLedger();
    private final LearnerApi api = new LearnerApi(settings.gatewayUrl());
    private final PoisonRecords poison = new PoisonRecords(settings.kafkaBootstrap());
    private final FaultDriver driver;
    private volatile Map<String, Long> deadLettersBefore;

    {
        StackProcesses processes = new StackProcesses(ProcFs.system());
        Path dataDir = processes.dataDir(processes.launcher(settings.launcherPid()), settings.dataDir());
        StackControl stack = new StackControl(dataDir, settings.healthUrls(), settings.kafkaBootstrap(), settings.redisPort());
        for (StackPart part : StackPart.values()) {
            stack.pid(part);
        }
        driver = new FaultDriver(FaultPlan.standard(settings.kafkaDown(), settings.recommenderDown(), poison), stack,
                settings.warmUp(), settings.recovery());
        setUp(learning().injectOpen(atOnceUsers(settings.learners())))
                .protocols(http.baseUrl(settings.gatewayUrl()).acceptHeader("application/json").disableCaching()
                        .disableWarmUp());
    }

    @Override
    public void before() {
        System.out.println("Signing up and in " + learners.count() + " learners...");
        for (int i = 0; i < learners.count(); i++) {
            api.signUp(learners.email(i), Learners.PASSWORD);
            learners.signedIn(i, api.signIn(learners.email(i), Learners.PASSWORD));
        }
        try {
            deadLettersBefore = poison.deadLetters();
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the dead-letter topics at " + settings.kafkaBootstrap(), e);
        }
        driver.start();
    }

    @Override
    public void after() {
        FaultReport report = new FaultReport();
        try {
            driver.join();
            report.errors(LearnerVisibleErrors.attribute(requests.outcomes(), driver.windows()));
            System.out.println("Reading back every answer (analytics and the recommender may still be catching up)...");
            report.delivery(new DeliveryCheck(api).check(attempts.attempts(), freshTokens(), settings.settle()));
            report.poison(deadLettersBefore, poison.deadLetters(), settledLag());
        } catch (Exception e) {
            report.problem(e.toString());
            e.printStackTrace();
        } finally {
            poison.close();
        }
        report.write(settings.output());
        System.out.println(report.markdown());
    }

    /** The drill outlasts an access token (15 minutes). */
    private List<String> freshTokens() {
        List<String> tokens = new ArrayList<>();
        IntStream.range(0, learners.count()).forEach(i -> tokens.add(api.signIn(learners.email(i), Learners.PASSWORD)));
        return tokens;
    }

    /** Each consumer group's lag once it is 0 everywhere, or as it is after a minute. */
    private Map<String, Long> settledLag() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        Map<String, Long> lag = poison.lagByGroup();
        while (lag.values().stream().anyMatch(records -> records > 0) && System.nanoTime() < deadline) {
            LearnerApi.pause(Duration.ofSeconds(2));
            lag = poison.lagByGroup();
        }
        return lag;
    }

    /** Every fourth round is an exam (a few answers, then finished); the others practice and adaptive in turn. */
    private ScenarioBuilder learning() {
        return scenario("learning under faults")
                .feed(IntStream.iterate(0, i -> i + 1).mapToObj(i -> Map.<String, Object>of("learner", i,
                        "token", learners.token(i))).iterator())
                .asLongAs(session -> !driver.finished(), "round", false).on(
                        exec(session -> session.remove("sessionId"))
                                .doIfOrElse(session -> session.getInt("round") % 4 == 3).then(exam())
                                .orElse(practice())
                                .exec(call(FaultRequests.RECOMMENDATIONS, 200,
                                        http(FaultRequests.RECOMMENDATIONS).get("/api/recommendations?limit=10")))
                                .exec(call(FaultRequests.DASHBOARD, 200,
                                        http(FaultRequests.DASHBOARD).get("/api/analytics/me")))
                                .pause(settings.think()))
                // an exam whose finish failed is finished now, so its answers count
                .asLongAs(session -> session.contains("openExam") && finishAttempts(session) < 30, "finishAttempt")
                .on(finishOpenExam().pause(AFTER_A_FAILURE));
    }

    private ChainBuilder practice() {
        return doIfOrElse(session -> session.getInt("round") % 2 == 0)
                .then(start(FaultRequests.START_PRACTICE, "PRACTICE"))
                .orElse(start(FaultRequests.START_ADAPTIVE, "ADAPTIVE"))
                .doIfOrElse(session -> session.contains("sessionId")).then(
                        exec(answerItems(session -> session.getInt("itemCount"), false))
                                .exec(call(FaultRequests.FINISH, 200,
                                        http(FaultRequests.FINISH).post("/api/sessions/#{sessionId}/finish"))))
                .orElse(pause(AFTER_A_FAILURE));
    }

    /**
     * An exam's answers reach analytics and the recommender only once it finished; one whose finish failed stays open
     * (a learner may hold one open exam) and is finished in a later exam round before a new one starts.
     */
    private ChainBuilder exam() {
        return doIfOrElse(session -> session.contains("openExam")).then(finishOpenExam())
                .orElse(start(FaultRequests.START_EXAM, "EXAM")
                        .exec(FaultSimulation::adoptTheOpenExam)
                        .doIfOrElse(session -> session.contains("sessionId")).then(
                                exec(answerItems(session -> Math.min(EXAM_ANSWERS, session.getInt("itemCount")), true))
                                        .exec(session -> session.set("openExam", session.getString("sessionId")))
                                        .exec(finishOpenExam()))
                        .orElse(pause(AFTER_A_FAILURE)));
    }

    /**
     * A 409 names the exam already open: one this client started but never heard back about (the response was lost
     * to a fault). It is finished in the next exam round, as a learner would resume it.
     */
    private static Session adoptTheOpenExam(Session session) {
        if (statusOf(session) != 409 || !session.contains("responseBody")) {
            return session;
        }
        JsonNode problem = JSON.readTree(session.getString("responseBody"));
        return problem.hasNonNull("sessionId") ? session.set("openExam", problem.get("sessionId").asString()) : session;
    }

    private ChainBuilder finishOpenExam() {
        return exec(call(FaultRequests.FINISH, 200, http(FaultRequests.FINISH).post("/api/sessions/#{openExam}/finish")))
                .exec(session -> statusOf(session) == 200 ? session.remove("openExam") : session);
    }

    private ChainBuilder start(String name, String mode) {
        String size = mode.equals("EXAM") ? "" : ",\"size\":" + settings.practiceSize();
        return call(name, 201, http(name).post("/api/sessions")
                        .body(StringBody("{\"mode\":\"" + mode + "\"" + size + "}")).asJson(),
                jmesPath("id").saveAs("sessionId"), jmesPath("itemCount").ofInt().saveAs("itemCount"));
    }

    /** The first items fetched, then answered; every PUT sent goes to the attempt ledger with whether it was acknowledged. */
    private ChainBuilder answerItems(Function<Session, Integer> count, boolean exam) {
        return repeat(count, "n").on(
                exec(session -> session.remove("item").remove("questionId"))
                        .exec(call(FaultRequests.ITEM, 200, http(FaultRequests.ITEM).get("/api/sessions/#{sessionId}/items/#{n}"),
                                bodyString().saveAs("item"), jmesPath("questionId").saveAs("questionId")))
                        .doIf(session -> session.contains("item") && session.contains("questionId")).then(
                                exec(session -> session.set("response", ResponseBodies.anyResponse(session.getString("item"))))
                                        .exec(call(FaultRequests.ANSWER, 200, http(FaultRequests.ANSWER)
                                                .put("/api/sessions/#{sessionId}/items/#{n}/response")
                                                .body(StringBody("#{response}")).asJson()))
                                        .exec(session -> {
                                            attempts.attempted(session.getInt("learner"), session.getString("sessionId"),
                                                    session.getInt("n"), session.getString("questionId"), exam,
                                                    statusOf(session) == 200);
                                            return session;
                                        }))
                        .pause(settings.think()));
    }

    /** The request with its status kept (before any other check, which may fail), then logged. */
    private ChainBuilder call(String name, int expected, HttpRequestActionBuilder request, CheckBuilder... checks) {
        return exec(session -> session.remove("status").remove("responseBody"))
                .exec(request.header("Authorization", "Bearer #{token}")
                        .check(status().saveAs("status"), bodyString().saveAs("responseBody"), status().is(expected))
                        .check(checks))
                .exec(session -> {
                    requests.record(name, statusOf(session), expected);
                    return session;
                });
    }

    private static int finishAttempts(Session session) {
        return session.contains("finishAttempt") ? session.getInt("finishAttempt") : 0;
    }

    private static int statusOf(Session session) {
        return session.contains("status") ? session.getInt("status") : 0;
    }
}
