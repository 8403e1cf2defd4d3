package io.mlaprep.localstack;

import io.mlaprep.infra.ChildProcess;
import io.mlaprep.infra.JavaLauncher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes each service's {@link StartupCache} at build time (the local stack module's {@code package} phase): extracts
 * the exec jar, whose nested jars the JVM cannot cache, then runs the service once up to the end of its context
 * refresh ({@code spring.context.exit=onRefresh}) with {@code -XX:AOTCacheOutput}, so the JVM records what the start
 * loads and links and writes it out. That training run needs no Redis, MongoDB or broker: nothing connects before the
 * refresh ends once topic creation is off. A service whose cache cannot be made still starts, from its exec jar.
 *
 * <p>Run: {@code java -cp … io.mlaprep.localstack.StartupCaches <repository root>}.
 */
public final class StartupCaches {

    private static final Duration TRAINING_LIMIT = Duration.ofMinutes(4);
    /** Two at a time: a training run takes about one core, and this machine kind has two. */
    private static final int AT_ONCE = 2;
    /** Where a training run looks for what it would need: ports nothing listens on. */
    private static final Map<String, String> NOWHERE = Map.of("PORT", "0", "MANAGEMENT_PORT", "0",
            "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1", "REDIS_PORT", "1", "MONGODB_URI", "mongodb://127.0.0.1:1");

    private final StackConfig config;

    private StartupCaches(StackConfig config) {
        this.config = config;
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        if (Runtime.version().feature() < StartupCache.FIRST_JDK) {
            System.out.println("Start-up caches need JDK " + StartupCache.FIRST_JDK + " or newer (this is "
                    + Runtime.version().feature() + "); the services start from their exec jars");
            return;
        }
        new StartupCaches(StackConfig.fromEnvironment(root)).makeAll();
    }

    private void makeAll() throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(AT_ONCE);
        for (ServiceSpec service : LocalStack.services(config)) {
            workers.submit(() -> make(service));
        }
        workers.shutdown();
        workers.awaitTermination(TRAINING_LIMIT.toMinutes() * 5, TimeUnit.MINUTES);
    }

    private void make(ServiceSpec service) {
        StartupCache cache = StartupCache.of(config.root(), service);
        long began = System.nanoTime();
        try {
            String source = cache.sourceOf(config.serviceJavaOptions());
            if (cache.isMadeFrom(source)) {
                cache.writeStamp(source);
                System.out.println("Start-up cache of " + service.module() + ": its exec jar did not change");
                return;
            }
            deleteTree(cache.dir());
            Files.createDirectories(cache.dir());
            ChildProcess.runToEnd("extracting", List.of(JavaLauncher.executable(), "-Djarmode=tools", "-jar",
                    cache.execJar().toString(), "extract", "--force", "--destination", cache.dir().toString()),
                    Map.of(), cache.dir(), cache.dir().resolve("extract.log"), TRAINING_LIMIT);
            ChildProcess.runToEnd("the training run", trainingCommand(cache), trainingEnvironment(service, cache),
                    cache.dir(), cache.dir().resolve("training.log"), TRAINING_LIMIT);
            if (!Files.exists(cache.cache())) {
                throw new IllegalStateException("the training run wrote no cache");
            }
            deleteTree(cache.dir().resolve("training-data"));
            cache.writeStamp(source);
            System.out.printf("Start-up cache of %s: %d MB in %.1f s%n", service.module(),
                    Files.size(cache.cache()) >> 20, (System.nanoTime() - began) / 1e9);
        } catch (IOException | RuntimeException e) {
            System.out.println("No start-up cache for " + service.module() + " (" + e.getMessage() + "; see "
                    + cache.dir() + "); it starts from its exec jar");
        }
    }

    private List<String> trainingCommand(StartupCache cache) {
        List<String> command = new ArrayList<>();
        command.add(JavaLauncher.executable());
        command.addAll(config.serviceJavaArguments());
        command.add("-XX:AOTCacheOutput=" + cache.cache());
        command.add("-Dspring.context.exit=onRefresh");
        command.add("-Dspring.kafka.admin.auto-create=false");
        command.add("-jar");
        command.add(cache.jar().toString());
        return command;
    }

    /** The service's own wiring, pointed nowhere, with a data folder of its own (the gateway writes its key there). */
    private static Map<String, String> trainingEnvironment(ServiceSpec service, StartupCache cache) {
        Map<String, String> environment = new LinkedHashMap<>(service.environment());
        environment.putAll(NOWHERE);
        environment.put("MLA_DATA_DIR", cache.dir().resolve("training-data").toString());
        return environment;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
