package io.mlaprep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the harness measured itself during the run (windows, CPU, acknowledged and counted answers), written to
 * {@code measurements.json} for {@link BenchReport}, which adds Gatling's latencies once Gatling's report exists.
 */
final class Measurements {

    static final String FILE = "measurements.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode root = JSON.createObjectNode();

    Measurements answersOnly(int clients, int learners, LoadWindow window, long answers) {
        root.putObject("answersOnly").put("clients", clients).put("learners", learners)
                .put("seconds", window.seconds()).put("answers", answers).put("answersPerSecond", answers / window.seconds());
        return this;
    }

    /** Sessions answered through: answers, their rate, and CPU per answer (whole stack and by process, idle subtracted). */
    Measurements answeredThrough(LoadWindow window, long answers, CpuCost cost) {
        ObjectNode phase = root.putObject("answeredThrough").put("seconds", window.seconds()).put("answers", answers)
                .put("answersPerSecond", answers / window.seconds()).put("netMsPerAnswer", cost.netMsPerAnswer());
        ObjectNode byProcess = phase.putObject("netMsPerAnswerByProcess");
        cost.rows().forEach(row -> byProcess.put(row.process(), row.netMsPerAnswer()));
        return this;
    }

    Measurements cpu(CpuCost cost, List<StackProcess> processes, long ticksPerSecond) {
        Map<String, Long> pids = processes.stream().collect(Collectors.toMap(StackProcess::name,
                StackProcess::pid));
        ObjectNode cpu = root.putObject("cpu").put("ticksPerSecond", ticksPerSecond)
                .put("idleSeconds", cost.idleSeconds()).put("loadSeconds", cost.loadSeconds()).put("answers", cost.answers())
                .put("idleCores", cost.idleCores()).put("loadCpuSeconds", cost.loadCpuSeconds())
                .put("rawMsPerAnswer", cost.rawMsPerAnswer()).put("netMsPerAnswer", cost.netMsPerAnswer())
                .put("cores", Runtime.getRuntime().availableProcessors());
        cpu.putObject("machineDuringLoad").put("busyCores", cost.duringLoad().busyCores())
                .put("generatorCores", cost.duringLoad().generatorCores()).put("otherCores", cost.duringLoad().otherCores());
        ArrayNode rows = cpu.putArray("processes");
        cost.rows().forEach(row -> rows.addObject().put("process", row.process()).put("pid", pids.get(row.process()))
                .put("idleCores", row.idleCores()).put("loadCpuSeconds", row.loadCpuSeconds())
                .put("rawMsPerAnswer", row.rawMsPerAnswer()).put("netMsPerAnswer", row.netMsPerAnswer()));
        return this;
    }

    /** How the services' JVMs compile, and how long the journeys warmed them up before the measured windows. */
    Measurements services(String jit, Duration warmUp) {
        root.putObject("services").put("jit", jit).put("warmUpSeconds", warmUp.toSeconds());
        return this;
    }

    /** Per consumer: answers handled, and the p50 and p99 of their delay from being stored, in milliseconds. */
    Measurements answerDelays(Map<String, PrometheusHistogram> byConsumer) {
        ObjectNode delays = root.putObject("answerDelays");
        byConsumer.forEach((consumer, histogram) -> delays.putObject(consumer).put("answers", (long) histogram.count())
                .put("p50Ms", 1000 * histogram.quantile(0.50)).put("p99Ms", 1000 * histogram.quantile(0.99)));
        return this;
    }

    Measurements blueprint(LoadWindow viaGateway, LoadWindow direct) {
        root.putObject("blueprint").put("gatewayPerSecond", viaGateway.perSecond()).put("gatewayCalls", viaGateway.successes())
                .put("gatewaySeconds", viaGateway.seconds()).put("directPerSecond", direct.perSecond())
                .put("directCalls", direct.successes()).put("directSeconds", direct.seconds());
        return this;
    }

    Measurements nothingLost(long acknowledged, long counted, double waitedSeconds, List<String> mismatches) {
        ObjectNode lost = root.putObject("nothingLost").put("acknowledged", acknowledged).put("counted", counted)
                .put("waitedSeconds", waitedSeconds);
        mismatches.forEach(lost.putArray("mismatches")::add);
        return this;
    }

    Measurements problem(String problem) {
        root.withArray("problems").add(problem);
        return this;
    }

    void write(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
