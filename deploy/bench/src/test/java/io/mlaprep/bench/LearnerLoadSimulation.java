package io.mlaprep.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The load run against a running local stack, in phases, one after the other:
 * <ol>
 *   <li>(before) the stack idle, for its idle CPU; then the run's learners sign up;</li>
 *   <li>journeys: each learner signs in, then loops practice sessions (answered and finished), now and then an exam
 *       (three answers, finished), their recommendations and their analytics dashboard;</li>
 *   <li>sessions answered through, as a learner uses them (a PRACTICE session, then every item's GET and PUT): CPU
 *       sampled at its edges for CPU per answer;</li>
 *   <li>answers-only, as issue 15 measured it: CPU sampled at its edges for CPU per answer;</li>
 *   <li>{@code GET /api/blueprint} through the gateway, then straight to question-service with the same tokens;</li>
 *   <li>(after) until analytics has counted every acknowledged answer, or the settle time is up; then the answers-only
 *       phase's answer → consumer delays from the consumers' histograms.</li>
 * </ol>
 * Each measured phase (3, 4 and both of 5) starts after a short quiet pause, so the consumers catch up on the previous
 * phase's events outside its window. Every client keeps its own connections, as separate browsers would. Loops
 * finish their iteration when their time is up (exitASAP false): Gatling's default would cut a client off after an
 * acknowledged PUT, before the ledger heard of it, and analytics would seem to count answers nobody gave.
 */
public class LearnerLoadSimulation extends Simulation {

    private static final int JOURNEY_PRACTICE_SIZE = 5;
    private static final int EXAM_ANSWERS = 3;
    private static final int SIGN_IN_ATTEMPTS = 60;

    private final BenchSettings settings = BenchSettings.load();
    private final ProcFs proc = ProcFs.system();
    private final Learners learners = new Learners(Math.max(settings.learners(), settings.blueprintLearners()));
    private final AnswerLedger ledger = new AnswerLedger();
    private final long ticksPerSecond = ClockTicks.perSecond();
    private volatile List<StackProcess> processes;
    private volatile String serviceJit;
    private volatile CpuSample idleStart;
    private volatile CpuSample idleEnd;
    private volatile EventDelayProbe eventDelays;
    private final AtomicReference<Map<String, PrometheusHistogram>> delaysBeforeAnswersOnly = new AtomicReference<>();
    private final LoadWindow answeredThroughWindow = new LoadWindow(settings.clients(), this::sampleCpu);
    private final LoadWindow answersOnlyWindow = new LoadWindow(settings.clients(), this::sampleCpu);
    private final LoadWindow viaGatewayWindow = new LoadWindow(settings.clients(), this::sampleCpu);
    private final LoadWindow directWindow = new LoadWindow(settings.clients(), this::sampleCpu);

    {
        HttpProtocolBuilder protocol = http.baseUrl(settings.gatewayUrl()).acceptHeader("application/json")
                .disableCaching().disableWarmUp();
        setUp(journeys().injectOpen(atOnceUsers(settings.clients()))
                .andThen(answeredThrough().injectOpen(atOnceUsers(settings.clients()))
                .andThen(answersOnly().injectOpen(atOnceUsers(settings.clients()))
                        .andThen(blueprint(Requests.BLUEPRINT_VIA_GATEWAY, settings.gatewayUrl(), viaGatewayWindow)
                                .injectOpen(atOnceUsers(settings.clients()))
                                .andThen(blueprint(Requests.BLUEPRINT_DIRECT, settings.questionServiceUrl(), directWindow)
                                        .injectOpen(atOnceUsers(settings.clients())))))))
                .protocols(protocol);
    }

    @Override
    public void before() {
        processes = new StackProcesses(proc).find(settings.launcherPid(), settings.dataDir());
        System.out.println("Stack processes: " + processes);
        serviceJit = JitMode.ofServices(processes.stream().filter(p -> StackProcesses.SERVICES.contains(p.name()))
                .collect(Collectors.toMap(StackProcess::name, p -> proc.commandLine(p.pid()), (a, b) -> a,
                        LinkedHashMap::new)));
        System.out.println("Services' JIT: " + serviceJit);
        System.out.println("Measuring the idle stack for " + settings.idle().toSeconds() + " s...");
        idleStart = sampleCpu();
        LearnerApi.pause(settings.idle());
        idleEnd = sampleCpu();
        System.out.println("Signing up " + learners.count() + " learners (the gateway limits sign-ups per address)...");
        LearnerApi api = new LearnerApi(settings.gatewayUrl());
        for (int i = 0; i < learners.count(); i++) {
            api.signUp(learners.email(i), Learners.PASSWORD);
        }
        System.out.println("Signing in the " + (learners.count() - settings.learners()) + " learners only the blueprint"
                + " phases use (the journeys sign theirs in)...");
        for (int i = settings.learners(); i < learners.count(); i++) {
            learners.signedIn(i, api.signIn(learners.email(i), Learners.PASSWORD));
        }
        eventDelays = new EventDelayProbe(settings.consumers(), api.signIn(settings.adminEmail(), settings.adminPassword()));
    }

    @Override
    public void after() {
        Measurements measurements = new Measurements().services(serviceJit, settings.journeys());
        try {
            if (answeredThroughWindow.closed()) {
                measurements.answeredThrough(answeredThroughWindow, ledger.answeredThrough(),
                        cpuCost(answeredThroughWindow, ledger.answeredThrough()));
            } else {
                measurements.problem("the answered-through phase did not complete");
            }
            if (answersOnlyWindow.closed()) {
                CpuCost cost = cpuCost(answersOnlyWindow, ledger.answersOnly());
                measurements.answersOnly(settings.clients(), settings.answersOnlyLearners(), answersOnlyWindow,
                        ledger.answersOnly()).cpu(cost, processes, ticksPerSecond);
            } else {
                measurements.problem("the answers-only phase did not complete");
            }
            if (viaGatewayWindow.closed() && directWindow.closed()) {
                measurements.blueprint(viaGatewayWindow, directWindow);
            } else {
                measurements.problem("the blueprint phases did not complete");
            }
            settleAndCount(measurements);
            measureEventDelays(measurements);
        } catch (RuntimeException e) {
            measurements.problem(e.toString());
            e.printStackTrace();
        }
        measurements.write(settings.output());
    }

    private CpuCost cpuCost(LoadWindow window, long answers) {
        return CpuCost.of(processes.stream().map(StackProcess::name).toList(), idleStart, idleEnd, window.start(),
                window.end(), answers, ticksPerSecond);
    }

    private CpuSample sampleCpu() {
        return CpuSample.take(proc, processes);
    }

    /** Waits until analytics' totals of the signed-in learners reach what the stack acknowledged, then compares. */
    private void settleAndCount(Measurements measurements) {
        LearnerApi api = new LearnerApi(settings.gatewayUrl());
        long started = System.nanoTime();
        long deadline = started + settings.settle().toNanos();
        long counted;
        List<String> mismatches;
        do {
            counted = 0;
            mismatches = new ArrayList<>();
            for (int i = 0; i < settings.learners(); i++) {
                if (!learners.isSignedIn(i)) {
                    continue;
                }
                long total = api.totalAnswered(learners.token(i));
                counted += total;
                if (total != ledger.of(i)) {
                    mismatches.add(learners.email(i) + ": acknowledged " + ledger.of(i) + ", analytics " + total);
                }
            }
            if (mismatches.isEmpty() || System.nanoTime() > deadline) {
                break;
            }
            LearnerApi.pause(Duration.ofSeconds(2));
        } while (true);
        measurements.nothingLost(ledger.total(), counted, (System.nanoTime() - started) / 1e9, mismatches);
    }

    /**
     * The answers-only phase's answer → consumer delays: the consumers' histograms now less those at the phase's start,
     * once each consumer has handled as many answers as the phase acknowledged (or after a minute).
     */
    private void measureEventDelays(Measurements measurements) {
        Map<String, PrometheusHistogram> before = delaysBeforeAnswersOnly.get();
        if (before == null) {
            measurements.problem("no answer delays: the answers-only phase did not start");
            return;
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        Map<String, PrometheusHistogram> between;
        do {
            Map<String, PrometheusHistogram> after = eventDelays.scrape();
            between = new LinkedHashMap<>();
            for (Map.Entry<String, PrometheusHistogram> consumer : after.entrySet()) {
                between.put(consumer.getKey(), consumer.getValue().since(before.get(consumer.getKey())));
            }
            if (between.values().stream().allMatch(histogram -> histogram.count() >= ledger.answersOnly())
                    || System.nanoTime() > deadline) {
                break;
            }
            LearnerApi.pause(Duration.ofSeconds(2));
        } while (true);
        measurements.answerDelays(between);
    }

    private ScenarioBuilder journeys() {
        return scenario("journeys").feed(clients(i -> Map.of("learner", i % settings.learners(), "email",
                        learners.email(i % settings.learners()))))
                .exec(signIn())
                .exitHereIf(session -> !session.contains("token"))
                .exec(session -> {
                    learners.signedIn(session.getInt("learner"), session.getString("token"));
                    return session;
                })
                .during(settings.journeys(), "round", false).on(
                        exec(startSession(Requests.JOURNEY_PRACTICE, "{\"mode\":\"PRACTICE\",\"size\":"
                                + JOURNEY_PRACTICE_SIZE + "}"))
                                .doIf(session -> session.contains("sessionId")).then(
                                        exec(answerItems(JOURNEY_PRACTICE_SIZE))
                                                .exec(finish()))
                                .exec(authorized(http(Requests.RECOMMENDATIONS).get("/api/recommendations?limit=10"))
                                        .check(status().is(200)))
                                .exec(authorized(http(Requests.DASHBOARD).get("/api/analytics/me")).check(status().is(200)))
                                .doIf(session -> session.getInt("round") % 3 == 2).then(exam()));
    }

    /** The gateway limits sign-ins per client address (1/s here): a refused one is tried again a second later. */
    private ChainBuilder signIn() {
        return exec(session -> session.remove("token"))
                .asLongAs(session -> !session.contains("token") && attempt(session) < SIGN_IN_ATTEMPTS, "signInAttempt")
                .on(exec(http(Requests.SIGN_IN).post("/api/auth/token")
                        .body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + Learners.PASSWORD + "\"}")).asJson()
                        .check(status().in(200, 429), jmesPath("accessToken").optional().saveAs("token")))
                        .doIf(session -> !session.contains("token")).then(pause(Duration.ofMillis(1100))));
    }

    private static int attempt(Session session) {
        return session.contains("signInAttempt") ? session.getInt("signInAttempt") : 0;
    }

    private ChainBuilder startSession(String name, String body) {
        return exec(session -> session.remove("sessionId"))
                .exec(authorized(http(name).post("/api/sessions")).body(StringBody(body)).asJson()
                        .check(status().is(201), jmesPath("id").saveAs("sessionId")));
    }

    /** Items 0..count-1 of the session; each acknowledged answer goes to the ledger. */
    private ChainBuilder answerItems(int count) {
        return exec(session -> session.set("practiceAnswers", 0))
                .repeat(count, "n").on(acknowledgedAnswer(Requests.JOURNEY_ITEM, Requests.JOURNEY_ANSWER,
                        learner -> ledger.acknowledged(learner, 1)));
    }

    private ChainBuilder finish() {
        return exec(authorized(http(Requests.JOURNEY_FINISH).post("/api/sessions/#{sessionId}/finish"))
                .check(status().is(200)));
    }

    /** An exam's answers count once it has finished (analytics receives them then), so they are counted at finish. */
    private ChainBuilder exam() {
        return exec(startSession(Requests.JOURNEY_EXAM, "{\"mode\":\"EXAM\"}"))
                .doIf(session -> session.contains("sessionId")).then(
                        exec(session -> session.set("examAnswers", 0))
                                .repeat(EXAM_ANSWERS, "n").on(answerItem(Requests.JOURNEY_ITEM, Requests.JOURNEY_ANSWER)
                                        .exec(session -> session.contains("ack")
                                                ? session.set("examAnswers", session.getInt("examAnswers") + 1) : session))
                                .exec(session -> session.remove("finished"))
                                .exec(authorized(http(Requests.JOURNEY_FINISH).post("/api/sessions/#{sessionId}/finish"))
                                        .check(status().is(200).saveAs("finished")))
                                .exec(session -> {
                                    if (session.contains("finished")) {
                                        ledger.acknowledged(session.getInt("learner"), session.getInt("examAnswers"));
                                    }
                                    return session;
                                }));
    }

    /** GET item #{n}, then PUT a well-formed response; {@code ack} is set only when the PUT returned 200. */
    private ChainBuilder answerItem(String getName, String putName) {
        return exec(session -> session.remove("item").remove("ack"))
                .exec(authorized(http(getName).get("/api/sessions/#{sessionId}/items/#{n}"))
                        .check(status().is(200), bodyString().saveAs("item")))
                .doIf(session -> session.contains("item")).then(
                        exec(session -> session.set("response", ResponseBodies.anyResponse(session.getString("item"))))
                                .exec(authorized(http(putName).put("/api/sessions/#{sessionId}/items/#{n}/response"))
                                        .body(StringBody("#{response}")).asJson()
                                        .check(status().is(200).saveAs("ack"))));
    }

    /** The answers-only phase's clients and learners, each loop a new PRACTICE session answered item by item. */
    private ScenarioBuilder answeredThrough() {
        return measuredPractice("answered through", Requests.ANSWERED_THROUGH_CREATE, settings.answeredThrough(),
                answeredThroughWindow, () -> { }, repeat(settings.practiceSize(), "n").on(acknowledgedAnswer(
                        Requests.ANSWERED_THROUGH_ITEM, Requests.ANSWERED_THROUGH_ANSWER,
                        ledger::acknowledgedInAnsweredThrough)));
    }

    /** 16 clients over 8 learners (by default), each loop a new PRACTICE session, its first item, a response. */
    private ScenarioBuilder answersOnly() {
        return measuredPractice("answers-only", Requests.ANSWERS_ONLY_CREATE, settings.answersOnly(), answersOnlyWindow,
                () -> {
                    if (delaysBeforeAnswersOnly.get() == null) {
                        delaysBeforeAnswersOnly.compareAndSet(null, eventDelays.scrape());
                    }
                },
                exec(session -> session.set("n", 0)).exec(acknowledgedAnswer(Requests.ANSWERS_ONLY_ITEM,
                        Requests.ANSWERS_ONLY_ANSWER, ledger::acknowledgedInAnswersOnly)));
    }

    /**
     * A measured phase of the answers-only learners' clients, after the quiet pause: each loop starts a PRACTICE
     * session and runs {@code inSession} in it; the window opens as the first client starts (after {@code atStart})
     * and closes as the last one leaves.
     */
    private ScenarioBuilder measuredPractice(String name, String createName, Duration duration, LoadWindow window,
                                             Runnable atStart, ChainBuilder inSession) {
        return scenario(name).feed(clients(i -> {
                    int learner = i % settings.answersOnlyLearners();
                    return Map.of("learner", learner, "token", learners.token(learner));
                }))
                .pause(settings.betweenPhases())
                .exec(session -> {
                    atStart.run();
                    window.enter();
                    return session;
                })
                .during(duration, "loop", false).on(
                        exec(startSession(createName, "{\"mode\":\"PRACTICE\",\"size\":" + settings.practiceSize() + "}"))
                                .doIf(session -> session.contains("sessionId")).then(inSession))
                .exec(session -> {
                    window.leave();
                    return session;
                });
    }

    /** {@link #answerItem}, then the answer to the ledger by {@code acknowledge} (the learner) if it was acknowledged. */
    private ChainBuilder acknowledgedAnswer(String getName, String putName, IntConsumer acknowledge) {
        return answerItem(getName, putName).exec(session -> {
            if (session.contains("ack")) {
                acknowledge.accept(session.getInt("learner"));
            }
            return session;
        });
    }

    /**
     * Each client turns through {@code bench.blueprint.learners} / clients learners, one per call, so the gateway's
     * per-user rate limit (50/s by default) binds only beyond learners × 50 calls a second.
     */
    private ScenarioBuilder blueprint(String name, String baseUrl, LoadWindow window) {
        return scenario(name).feed(clients(i -> Map.of("client", i)))
                .pause(settings.betweenPhases())
                .exec(session -> {
                    window.enter();
                    return session;
                })
                .during(settings.blueprint(), "loop", false).on(
                        exec(session -> session.remove("ok").set("token", learners.token((session.getInt("client")
                                + settings.clients() * session.getInt("loop")) % settings.blueprintLearners())))
                                .exec(authorized(http(name).get(baseUrl + "/api/blueprint")).check(status().is(200).saveAs("ok")))
                                .exec(session -> {
                                    if (session.contains("ok")) {
                                        window.succeeded();
                                    }
                                    return session;
                                }))
                .exec(session -> {
                    window.leave();
                    return session;
                });
    }

    private static HttpRequestActionBuilder authorized(HttpRequestActionBuilder request) {
        return request.header("Authorization", "Bearer #{token}");
    }

    /** Client i's attributes, made when client i starts (tokens exist only once the journeys have signed in). */
    private static Iterator<Map<String, Object>> clients(IntFunction<Map<String, Object>> client) {
        return Stream.iterate(0, i -> i + 1).map(client::apply).iterator();
    }
}
