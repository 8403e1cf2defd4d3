package io.mlaprep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run's markdown table: the harness's own measurements joined with Gatling's latencies; written to
 * {@code report.md} beside the measurements and printed.
 * Arguments: Gatling's results folder, the harness's output folder.
 */
public final class BenchReport {

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args[1]);
        GatlingStats gatling = GatlingStats.newestIn(Path.of(args[0]));
        JsonNode measured = JsonMapper.builder().build().readTree(Files.readString(output.resolve(Measurements.FILE)));
        String report = markdown(measured, gatling);
        Files.writeString(output.resolve("report.md"), report);
        System.out.println(report);
        System.out.println("Written to " + output.resolve("report.md") + "; Gatling's HTML report: "
                + gatling.runFolder().resolve("index.html"));
    }

    static String markdown(JsonNode measured, GatlingStats gatling) {
        List<String> lines = new ArrayList<>();
        measured.path("problems").forEach(problem -> lines.add("**Problem:** " + problem.asString() + "\n"));
        JsonNode answers = measured.path("answersOnly");
        JsonNode cpu = measured.path("cpu");
        JsonNode blueprint = measured.path("blueprint");
        JsonNode lost = measured.path("nothingLost");
        GatlingStats.Request put = gatling.request(Requests.ANSWERS_ONLY_ANSWER);
        GatlingStats.Request create = gatling.request(Requests.ANSWERS_ONLY_CREATE);
        GatlingStats.Request viaGateway = gatling.request(Requests.BLUEPRINT_VIA_GATEWAY);
        GatlingStats.Request direct = gatling.request(Requests.BLUEPRINT_DIRECT);

        lines.add("| What | Measured |");
        lines.add("|---|---|");
        JsonNode services = measured.path("services");
        lines.add(row("the services' JIT, and the journeys that warmed them up before the measured windows",
                f("%s; %d s", services.path("jit").asString("unknown"), services.path("warmUpSeconds").asLong())));
        lines.add(row("answers/s (answers-only: " + answers.path("clients").asInt() + " clients, "
                + answers.path("learners").asInt() + " learners, PRACTICE create + GET item + PUT response)",
                f("%.1f (%d answers in %.1f s)", answers.path("answersPerSecond").asDouble(),
                        answers.path("answers").asLong(), answers.path("seconds").asDouble())));
        lines.add(row("PUT response p50 / p99 (answers-only)", f("%s / %s ms", ms(put.p50Ms()), ms(put.p99Ms()))));
        lines.add(row("POST /api/sessions p50 / p99 (answers-only)", f("%s / %s ms", ms(create.p50Ms()),
                ms(create.p99Ms()))));
        lines.add(row("GET /api/blueprint: gateway / direct to question-service (same token, same clients)",
                f("%.0f / %.0f req/s = **%.0f %%**; p50 %s / %s ms", blueprint.path("gatewayPerSecond").asDouble(),
                        blueprint.path("directPerSecond").asDouble(), 100 * blueprint.path("gatewayPerSecond").asDouble()
                                / blueprint.path("directPerSecond").asDouble(), ms(viaGateway.p50Ms()), ms(direct.p50Ms()))
                        + (viaGateway.ko() > 0 ? f("; **%d gateway calls refused** (429: its per-user rate limit; the"
                        + " ratio is then the limit's, not the gateway's cost)", viaGateway.ko()) : "")));
        lines.add(row("CPU per answer, whole stack, idle subtracted", f("**%.1f ms** (%.1f CPU-s over %.1f s for %d answers;"
                        + " %.1f ms with idle)", cpu.path("netMsPerAnswer").asDouble(), cpu.path("loadCpuSeconds").asDouble(),
                cpu.path("loadSeconds").asDouble(), cpu.path("answers").asLong(), cpu.path("rawMsPerAnswer").asDouble())));
        JsonNode through = measured.path("answeredThrough");
        List<String> byProcess = new ArrayList<>();
        through.path("netMsPerAnswerByProcess").properties()
                .forEach(process -> byProcess.add(f("%s %.2f", process.getKey(), process.getValue().asDouble())));
        GatlingStats.Request throughPut = gatling.request(Requests.ANSWERED_THROUGH_ANSWER);
        lines.add(row("sessions answered through (a PRACTICE session, then every item's GET and PUT; the answers-only"
                        + " phase's clients, before it): answers/s; CPU per answer, idle subtracted; PUT p50 / p99",
                f("%.1f answers/s (%d in %.1f s); **%.1f ms** (%s ms); %s / %s ms",
                        through.path("answersPerSecond").asDouble(), through.path("answers").asLong(),
                        through.path("seconds").asDouble(), through.path("netMsPerAnswer").asDouble(),
                        String.join(", ", byProcess), ms(throughPut.p50Ms()), ms(throughPut.p99Ms()))));
        lines.add(row("idle CPU of the whole stack", f("%.3f cores (over %.0f s, before the load)",
                cpu.path("idleCores").asDouble(), cpu.path("idleSeconds").asDouble())));
        JsonNode machine = cpu.path("machineDuringLoad");
        lines.add(row("the machine during the answers-only window", f("%.2f of %d cores busy: stack %.2f, load generator"
                        + " %.2f, other processes %.2f", machine.path("busyCores").asDouble(), cpu.path("cores").asInt(),
                cpu.path("loadCpuSeconds").asDouble() / cpu.path("loadSeconds").asDouble(),
                machine.path("generatorCores").asDouble(), machine.path("otherCores").asDouble())));
        lines.add(row("GET /api/recommendations p50 / p99 (journeys)", f("%s / %s ms",
                ms(gatling.request(Requests.RECOMMENDATIONS).p50Ms()), ms(gatling.request(Requests.RECOMMENDATIONS).p99Ms()))));
        JsonNode delays = measured.path("answerDelays");
        lines.add(row("answer stored → handled by analytics / the recommender, p50 and p99 (answers-only; the consumers'"
                + " mla_event_delay_seconds)", f("analytics %s / %s ms, recommender %s / %s ms (%d and %d answers)",
                ms(delays.path("analytics").path("p50Ms").asDouble(Double.NaN)),
                ms(delays.path("analytics").path("p99Ms").asDouble(Double.NaN)),
                ms(delays.path("recommender").path("p50Ms").asDouble(Double.NaN)),
                ms(delays.path("recommender").path("p99Ms").asDouble(Double.NaN)),
                delays.path("analytics").path("answers").asLong(), delays.path("recommender").path("answers").asLong())));
        long acknowledged = lost.path("acknowledged").asLong();
        long counted = lost.path("counted").asLong();
        lines.add(row("nothing lost: acknowledged answers vs analytics' totals", f("%d vs %d: %s (after %.0f s)",
                acknowledged, counted, acknowledged == counted ? "**equal**" : "**NOT EQUAL** " + lost.path("mismatches"),
                lost.path("waitedSeconds").asDouble())));
        long failed = gatling.requests().values().stream().mapToLong(GatlingStats.Request::ko).sum();
        lines.add(row("failed requests (any status but the expected)", Long.toString(failed)));

        lines.add("");
        lines.add("| Process | pid | idle cores | CPU per answer | CPU per answer, idle subtracted |");
        lines.add("|---|---|---|---|---|");
        cpu.path("processes").forEach(process -> lines.add(f("| %s | %d | %.3f | %.2f ms | %.2f ms |",
                process.path("process").asString(), process.path("pid").asLong(), process.path("idleCores").asDouble(),
                process.path("rawMsPerAnswer").asDouble(), process.path("netMsPerAnswer").asDouble())));
        lines.add(f("| **whole stack** | | %.3f | %.2f ms | %.2f ms |", cpu.path("idleCores").asDouble(),
                cpu.path("rawMsPerAnswer").asDouble(), cpu.path("netMsPerAnswer").asDouble()));

        lines.add("");
        lines.add("| Request | OK | KO | p50 | p99 |");
        lines.add("|---|---|---|---|---|");
        gatling.requests().values().forEach(request -> lines.add(f("| %s | %d | %d | %s ms | %s ms |", request.name(),
                request.ok(), request.ko(), ms(request.p50Ms()), ms(request.p99Ms()))));
        return String.join("\n", lines) + "\n";
    }

    private static String row(String what, String measured) {
        return "| " + what + " | " + measured + " |";
    }

    private static String ms(double millis) {
        return Double.isNaN(millis) ? "–" : f("%.0f", millis);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
