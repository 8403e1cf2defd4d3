package io.mlaprep.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker in KRaft combined mode (broker and controller in one), run as a child JVM
 * from the Kafka jars. Data survives {@link #stop()} and {@link #start()}, so a test can take the
 * broker away and bring it back on the same port.
 */
public final class KafkaBroker extends ChildServer {

    private static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";

    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private final String heap;

    public KafkaBroker(int port, Path dataDir) {
        this(port, FreePorts.next(), dataDir, "384m");
    }

    public KafkaBroker(int port, int controllerPort, Path dataDir, String heap) {
        super(Duration.ofSeconds(20));
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDir = dataDir;
        this.heap = heap;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public synchronized KafkaBroker start(Duration timeout) {
        if (isAlive()) {
            return this;
        }
        try {
            Files.createDirectories(dataDir);
            Path properties = writeServerProperties();
            Path log4j = writeLogConfig();
            formatStorageOnce(properties);
            started(ChildProcess.start("kafka", javaCommand(log4j, "kafka.Kafka", properties.toString()),
                    dataDir, dataDir.resolve("kafka.log")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Waits.until(this::answers, timeout)) {
            stop();
            throw new IllegalStateException("Kafka did not become ready on " + bootstrapServers()
                    + " within " + timeout + "; see " + dataDir.resolve("kafka.log"));
        }
        return this;
    }

    /** The cheap look first: an admin client per poll costs a starting machine more than the broker's own start. */
    private boolean answers() {
        return isAlive() && listens(port) && hasABroker(bootstrapServers());
    }

    private static boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the cluster at {@code bootstrapServers} names at least one broker within about two seconds. */
    public static boolean hasABroker(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 1_500))) {
            return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private void formatStorageOnce(Path properties) throws IOException {
        Path logs = dataDir.resolve("logs");
        if (Files.exists(logs.resolve("meta.properties"))) {
            return;
        }
        List<String> command = javaCommand(writeLogConfig(), "kafka.tools.StorageTool",
                "format", "-t", Uuid.randomUuid().toString(), "-c", properties.toString(), "--ignore-formatted");
        ChildProcess.runToEnd("formatting Kafka storage", command, Map.of(), dataDir,
                dataDir.resolve("kafka-format.log"), Duration.ofSeconds(60));
    }

    private List<String> javaCommand(Path log4j, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(JavaLauncher.executable(),
                "-Xms64m", "-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + log4j,
                "-cp", brokerClasspath(), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private Path writeServerProperties() throws IOException {
        Path file = dataDir.resolve("server.properties");
        Files.writeString(file, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDir.resolve("logs"),
                "num.partitions=3",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // the controller appends a no-op record this often when nothing else changes (500 ms by default): on
                // one node, with nobody to tell it is alive, that is idle work
                "metadata.max.idle.interval.ms=5000",
                // every request handler and network thread wakes about three times a second to look for work (a 300 ms
                // poll), so the defaults' 16 handlers and 6 processors of the broker and controller listeners cost an
                // idle broker more than any request it gets here; one broker on a few cores needs no more than these
                "num.io.threads=2",
                "num.network.threads=1",
                "group.coordinator.threads=1",
                "background.threads=2",
                "log.retention.hours=-1",
                ""), StandardCharsets.UTF_8);
        return file;
    }

    private Path writeLogConfig() throws IOException {
        Path file = dataDir.resolve("log4j2.properties");
        Files.writeString(file, String.join("\n",
                "appender.out.type=Console",
                "appender.out.name=out",
                "appender.out.layout.type=PatternLayout",
                "appender.out.layout.pattern=%d{ISO8601} %-5p [%c{1}] %m%n",
                "rootLogger.level=WARN",
                "rootLogger.appenderRef.out.ref=out",
                "logger.server.name=kafka.server.KafkaRaftServer",
                "logger.server.level=INFO",
                ""), StandardCharsets.UTF_8);
        return file;
    }

    private static String brokerClasspath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " missing: build embedded-infra with Maven");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
