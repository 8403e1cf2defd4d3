package io.mlaprep.localstack;

import io.mlaprep.infra.ChildProcess;
import io.mlaprep.infra.FreePorts;
import io.mlaprep.infra.JavaLauncher;
import io.mlaprep.infra.KafkaBroker;
import io.mlaprep.infra.MongoWireServer;
import io.mlaprep.infra.RedisServer;
import io.mlaprep.runtime.NettyLeakDetection;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The whole system on embedded infrastructure: Redis (AOF on), a MongoDB wire server on disk, then a Kafka
 * KRaft broker and beside it the five services, each a child process with its log under {@code data/logs}, started
 * from its {@link StartupCache} when the build made one.
 * Waits until every health endpoint is UP, prints the address and the demo accounts, and on Ctrl-C
 * or SIGTERM stops everything it started. A part that dies once all are up (a service, Redis, the broker) is started
 * again, after a wait that grows while it keeps crashing soon after starting ({@link RestartBackoff}), unless a hold
 * file keeps it down ({@link #supervise()}).
 */
public final class LocalStack implements AutoCloseable {

    /** A service alive but not healthy this long is stuck: its threads are dumped to its log and it is started again, once. */
    private static final Duration STARTUP_PROBE = Duration.ofSeconds(150);
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofSeconds(330);
    /** How often the supervisor looks for services that died. */
    private static final Duration SUPERVISION = Duration.ofSeconds(1);

    private final StackConfig config;
    private final PrintStream out;
    private final List<ServiceSpec> services;
    private final Map<String, ChildProcess> running = new LinkedHashMap<>();
    private final Map<String, Instant> startedAt = new HashMap<>();
    private final Map<String, RestartBackoff> backoff = new HashMap<>();
    private final Map<String, Instant> restartAt = new HashMap<>();
    private final List<Supervised> supervised = new ArrayList<>();
    private final Set<String> heldDown = new HashSet<>();
    private ScheduledExecutorService supervisor;
    private boolean closing;
    private RedisServer redis;
    private MongoWireServer mongo;
    private KafkaBroker kafka;

    private LocalStack(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
        this.services = services(config);
    }

    public static void main(String[] args) throws InterruptedException {
        NettyLeakDetection.offUnlessConfigured(); // the MongoDB wire server runs on Netty
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        LocalStack stack = new LocalStack(StackConfig.fromEnvironment(root), System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            stopped.countDown();
        }, "local-stack-stop"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("\nStart-up failed: " + e.getMessage());
            System.exit(1);
        }
        stack.printWelcome();
        stopped.await();
    }

    public static LocalStack start(StackConfig config, PrintStream out) {
        LocalStack stack = new LocalStack(config, out);
        try {
            stack.start();
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public StackConfig config() {
        return config;
    }

    private void start() {
        long began = System.nanoTime();
        out.println("MLA-C01 practice platform: starting the local stack (data in " + config.dataDir() + ")");
        checkJars();
        checkPortsFree();
        step(1, "Redis", "127.0.0.1:" + config.ports().redis() + ", append-only file on", () ->
                redis = new RedisServer(config.ports().redis(), config.dataDir().resolve("redis"), true)
                        .start(Duration.ofSeconds(20)));
        startedAt.put("redis", Instant.now());
        step(2, "MongoDB wire server", "127.0.0.1:" + config.ports().mongo() + ", on disk", () ->
                mongo = MongoWireServer.onDisk(config.dataDir().resolve("mongo").resolve("mla.mv"),
                        config.ports().mongo()));
        out.printf("[3/4] Kafka broker (KRaft) on 127.0.0.1:%d, starting beside the services%n", config.ports().kafka());
        kafka = new KafkaBroker(config.ports().kafka(), FreePorts.nextBelowEphemeral(), config.dataDir().resolve("kafka"),
                "512m");
        CompletableFuture<Double> brokerReady = startBroker();
        startServices(brokerReady);
        out.printf("All up in %.1f s.%n", (System.nanoTime() - began) / 1e9);
        supervise();
    }

    /**
     * From now on a part that dies (a service, Redis or the broker) is started again, after {@link RestartBackoff}'s
     * wait, unless it is held down: a file {@code <data>/hold/<name>} keeps it down until the file is removed, so a
     * part can be stopped on purpose (a fault drill, maintenance) without the supervisor undoing it.
     */
    private void supervise() {
        supervised.add(new Supervised("redis", redis::isAlive, () -> redis.start(Duration.ofSeconds(20)),
                config.dataDir().resolve("redis").resolve("redis.log")));
        supervised.add(new Supervised("kafka", kafka::isAlive, () -> kafka.start(Duration.ofSeconds(90)),
                config.dataDir().resolve("kafka").resolve("kafka.log")));
        for (ServiceSpec service : services) {
            supervised.add(new Supervised(service.name(), () -> running.get(service.name()).isAlive(),
                    () -> launch(service), logOf(service)));
        }
        supervisor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "local-stack-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        supervisor.scheduleWithFixedDelay(this::restartDead, SUPERVISION.toMillis(), SUPERVISION.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private synchronized void restartDead() {
        Instant now = Instant.now();
        for (Supervised part : supervised) {
            if (closing) {
                return;
            }
            if (part.alive().getAsBoolean()) {
                continue;
            }
            if (isHeld(part.name())) {
                if (heldDown.add(part.name())) {
                    restartAt.remove(part.name());
                    out.println("      " + part.name() + " is down and held (" + holdFile(part.name())
                            + "); it starts again once that file is removed");
                }
            } else if (heldDown.remove(part.name())) {
                out.println("      " + part.name() + " is no longer held; starting it again");
                restart(part);
            } else {
                restartAfterBackoff(part, now);
            }
        }
    }

    /** The first look after a crash sets when the part starts again; a later look starts it once that time came. */
    private void restartAfterBackoff(Supervised part, Instant now) {
        Instant due = restartAt.get(part.name());
        if (due == null) {
            Duration ran = Duration.between(startedAt.get(part.name()), now);
            Duration wait = backoff.computeIfAbsent(part.name(), name -> new RestartBackoff()).afterCrash(ran);
            restartAt.put(part.name(), now.plus(wait));
            out.println("      " + part.name() + " exited after " + ran.toSeconds() + " s; starting it again in "
                    + wait.toSeconds() + " s (log: " + part.log() + ")");
        } else if (!now.isBefore(due)) {
            restartAt.remove(part.name());
            restart(part);
        }
    }

    /** A start that fails counts as a crash right after starting, so the next attempt waits longer. */
    private void restart(Supervised part) {
        startedAt.put(part.name(), Instant.now());
        try {
            part.start().run();
        } catch (RuntimeException e) {
            out.println("      " + part.name() + " did not start again: " + e.getMessage());
        }
    }

    private boolean isHeld(String name) {
        return Files.exists(holdFile(name));
    }

    private Path holdFile(String name) {
        return config.dataDir().resolve("hold").resolve(name);
    }

    /** The process id of a running service (for tests that kill it). */
    synchronized long pid(String service) {
        return running.get(service).pid();
    }

    /**
     * The broker starts while the services do, since their start does not wait for it until they create topics late in
     * their context refresh, which waits for the broker: what the broker's start costs overlaps theirs.
     */
    private CompletableFuture<Double> startBroker() {
        long began = System.nanoTime();
        return CompletableFuture.supplyAsync(() -> {
            kafka.start(Duration.ofSeconds(90));
            return (System.nanoTime() - began) / 1e9;
        });
    }

    private void startServices(CompletableFuture<Double> brokerReady) {
        out.println("[4/4] Services: " + String.join(", ", services.stream().map(ServiceSpec::name).toList()));
        services.forEach(this::launch);
        try {
            out.printf("      Kafka broker ready in %.1f s%n", brokerReady.join());
            startedAt.put("kafka", Instant.now());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        waitForHealth();
    }

    private void launch(ServiceSpec service) {
        running.put(service.name(), ChildProcess.start(service.name(), command(service), service.environment(),
                config.root(), logOf(service)));
        startedAt.put(service.name(), Instant.now());
    }

    /** What a startup probe does to a stuck service: keep its thread dump for later, then start it again. */
    private void relaunchStuck(ServiceSpec service, String lastAnswer) {
        ChildProcess stuck = running.get(service.name());
        out.println("      " + service.name() + " is not healthy after " + STARTUP_PROBE.toSeconds()
                + " s (health answered " + lastAnswer + "); its thread dump is in " + logOf(service)
                + "; starting it again");
        dumpThreads(stuck);
        stuck.stop(Duration.ofSeconds(10));
        launch(service);
    }

    /** SIGQUIT makes a JVM print every thread's stack to its standard output, which is the service's log. */
    private static void dumpThreads(ChildProcess process) {
        try {
            new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid())).start().waitFor();
            sleep(1_000);
        } catch (IOException e) {
            // no thread dump, the restart goes ahead
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitForHealth() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Map<String, Boolean> up = new LinkedHashMap<>();
        Map<String, String> lastAnswer = new LinkedHashMap<>();
        services.forEach(service -> up.put(service.name(), false));
        long began = System.nanoTime();
        Set<String> relaunched = new HashSet<>();
        String lastLine = "";
        while (up.containsValue(false)) {
            for (ServiceSpec service : services) {
                if (up.get(service.name())) {
                    continue;
                }
                if (!running.get(service.name()).isAlive()) {
                    throw new IllegalStateException(service.name() + " exited during start-up; see "
                            + logOf(service) + "\n" + tail(logOf(service)));
                }
                String answer = health(http, service);
                lastAnswer.put(service.name(), answer);
                up.put(service.name(), answer.startsWith("200 ") && answer.contains("\"UP\""));
                if (!up.get(service.name()) && !relaunched.contains(service.name())
                        && System.nanoTime() - began > STARTUP_PROBE.toNanos()) {
                    relaunchStuck(service, answer);
                    relaunched.add(service.name());
                }
            }
            String line = progress(up, began);
            if (!line.equals(lastLine)) {
                out.println(line);
                lastLine = line;
            }
            if (System.nanoTime() - began > SERVICE_START_TIMEOUT.toNanos()) {
                throw new IllegalStateException("services not healthy after " + SERVICE_START_TIMEOUT.toSeconds()
                        + " s: " + up + "; logs in " + config.dataDir().resolve("logs") + notUp(up, lastAnswer));
            }
            sleep(500);
        }
    }

    private static String progress(Map<String, Boolean> up, long began) {
        StringBuilder line = new StringBuilder("      ");
        up.forEach((name, healthy) -> line.append(name).append(healthy ? " UP   " : " ...  "));
        long seconds = (System.nanoTime() - began) / 1_000_000_000L;
        return line.append("(").append(seconds / 5 * 5).append(" s)").toString();
    }

    /** Each service still down: what its health endpoint last answered and the end of its log. */
    private String notUp(Map<String, Boolean> up, Map<String, String> lastAnswer) {
        StringBuilder report = new StringBuilder();
        for (ServiceSpec service : services) {
            if (!up.get(service.name())) {
                report.append("\n--- ").append(service.name()).append(": health answered ")
                        .append(lastAnswer.get(service.name())).append("; last lines of ").append(logOf(service))
                        .append(":\n").append(tail(logOf(service)));
            }
        }
        return report.toString();
    }

    /** The health endpoint's status code and body, or why there was none. */
    private static String health(HttpClient http, ServiceSpec service) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service.healthUrl()))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return "no answer (" + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private List<String> command(ServiceSpec service) {
        List<String> command = new ArrayList<>();
        command.add(JavaLauncher.executable());
        command.addAll(config.serviceJavaArguments());
        StartupCache.Launch launch = StartupCache.of(config.root(), service).launch(config.serviceJavaOptions());
        if (!launch.fromCache()) {
            out.println("      " + service.name() + " has no current start-up cache, so a slower start (the build makes"
                    + " them on JDK " + StartupCache.FIRST_JDK + "+: ./mvnw -DskipTests package)");
        }
        command.addAll(launch.arguments());
        return command;
    }

    private void printWelcome() {
        out.println();
        out.println("  Open " + config.gatewayUrl() + "  (API under " + config.gatewayUrl() + "/api)");
        out.println("  Demo accounts, password '" + config.demoPassword() + "':");
        out.println("    learner@mla.local  instructor@mla.local  author@mla.local  admin@mla.local");
        out.println("  Logs: " + config.dataDir().resolve("logs") + "   Stop: Ctrl-C");
        out.println();
    }

    @Override
    public synchronized void close() {
        closing = true;
        if (supervisor != null) {
            supervisor.shutdownNow();
            supervisor = null;
        }
        if (running.isEmpty() && kafka == null && redis == null && mongo == null) {
            return;
        }
        out.println("Stopping the local stack...");
        List<ChildProcess> processes = new ArrayList<>(running.values());
        processes.parallelStream().forEach(process -> process.stop(Duration.ofSeconds(25)));
        running.clear();
        if (kafka != null) {
            kafka.stop();
            kafka = null;
        }
        if (mongo != null) {
            mongo.close();
            mongo = null;
        }
        if (redis != null) {
            redis.stop();
            redis = null;
        }
        out.println("Stopped.");
    }

    private void checkJars() {
        List<String> missing = services.stream().map(s -> s.jar(config.root())).filter(jar -> !Files.exists(jar))
                .map(Path::toString).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("service jars missing (build first: ./mvnw -DskipTests package): "
                    + missing);
        }
    }

    private void checkPortsFree() {
        List<String> taken = config.ports().byVariable().entrySet().stream().filter(e -> !FreePorts.isFree(e.getValue()))
                .map(e -> e.getValue() + " (" + e.getKey() + ")").toList();
        if (!taken.isEmpty()) {
            throw new IllegalStateException("ports already in use: " + String.join(", ", taken)
                    + "; stop what uses them or move ours with those environment variables");
        }
    }

    private void step(int n, String what, String where, Runnable action) {
        long began = System.nanoTime();
        out.printf("[%d/4] %s on %s ...%n", n, what, where);
        action.run();
        out.printf("      ready in %.1f s%n", (System.nanoTime() - began) / 1e9);
    }

    private Path logOf(ServiceSpec service) {
        return config.dataDir().resolve("logs").resolve(service.name() + ".log");
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        } catch (UncheckedIOException e) {
            return "(unreadable log)";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Settings of one machine, under whatever the caller's environment sets: one consumer per listener, as three (the
     * services' default, for replicas sharing a topic's partitions) only triple the idle heartbeats and fetches here.
     */
    private static final Map<String, String> LOCAL_DEFAULTS = Map.of("KAFKA_LISTENER_CONCURRENCY", "1");

    /** The five services as this configuration wires them, in the order they are started. */
    static List<ServiceSpec> services(StackConfig config) {
        StackConfig.Ports p = config.ports();
        String gateway = "http://127.0.0.1:" + p.gateway();
        Map<String, String> localDefaults = new LinkedHashMap<>(LOCAL_DEFAULTS);
        localDefaults.putAll(config.extraEnvironment());
        Map<String, String> common = env(localDefaults,
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + p.kafka(),
                "JWK_SET_URI", gateway + "/.well-known/jwks.json",
                "JWT_ISSUER", config.gatewayUrl(),
                "SERVICE_TOKEN_URI", gateway + "/oauth2/token");
        String mongo = "mongodb://127.0.0.1:" + p.mongo();
        String redis = Integer.toString(p.redis());
        return List.of(
                new ServiceSpec("question", "question-service", p.question(), env(common,
                        "PORT", p.question(), "MONGODB_URI", mongo)),
                new ServiceSpec("session", "session-service", p.session(), env(common,
                        "PORT", p.session(), "REDIS_PORT", redis,
                        "QUESTION_SERVICE_URL", "http://127.0.0.1:" + p.question(),
                        "RECOMMENDER_SERVICE_URL", "http://127.0.0.1:" + p.recommender())),
                new ServiceSpec("analytics", "analytics-service", p.analytics(), env(common,
                        "PORT", p.analytics(), "MONGODB_URI", mongo,
                        "QUESTION_SERVICE_URL", "http://127.0.0.1:" + p.question())),
                new ServiceSpec("recommender", "recommender-service", p.recommender(), env(common,
                        "PORT", p.recommender(), "REDIS_PORT", redis)),
                new ServiceSpec("gateway", "gateway", p.gatewayManagement(), env(common,
                        "PORT", p.gateway(), "MANAGEMENT_PORT", p.gatewayManagement(), "REDIS_PORT", redis,
                        "MLA_DATA_DIR", config.dataDir().toString(), "WEB_ALLOWED_ORIGINS", config.gatewayUrl(),
                        "DEMO_PASSWORD", config.demoPassword(),
                        "QUESTION_SERVICE_URL", "http://127.0.0.1:" + p.question(),
                        "SESSION_SERVICE_URL", "http://127.0.0.1:" + p.session(),
                        "ANALYTICS_SERVICE_URL", "http://127.0.0.1:" + p.analytics(),
                        "RECOMMENDER_SERVICE_URL", "http://127.0.0.1:" + p.recommender())));
    }

    /** {@code base} with {@code pairs} (name, value, name, value, ...) put over it. */
    private static Map<String, String> env(Map<String, String> base, Object... pairs) {
        Map<String, String> env = new LinkedHashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            env.put((String) pairs[i], String.valueOf(pairs[i + 1]));
        }
        return env;
    }

    /** A part the supervisor keeps running: whether it runs, how it starts again, and where it logs. */
    private record Supervised(String name, BooleanSupplier alive, Runnable start, Path log) {
    }
}
