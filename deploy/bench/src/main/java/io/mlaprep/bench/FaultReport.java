package io.mlaprep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The drill's markdown report: each fault with its learner-visible errors, then what reached the consumers. */
final class FaultReport {

    static final String FILE = "faults.md";

    private final List<String> lines = new ArrayList<>();

    FaultReport errors(LearnerVisibleErrors errors) {
        lines.add("## Faults and what learners saw");
        lines.add("");
        lines.add(errors.requests() + " learner requests. A failure is any status but the one expected (no response"
                + " counts as 0). *Explained*: the request needs a part that was down on purpose.");
        lines.add("");
        lines.add("| Fault | Down for | Requests | Failed, explained | Failed, unexplained | Failed in the grace after |");
        lines.add("|---|---|---|---|---|---|");
        for (LearnerVisibleErrors.PerFault fault : errors.perFault()) {
            FaultWindow window = fault.window();
            lines.add("| " + window.fault() + (window.failure() == null ? "" : " — **failed: " + window.failure() + "**")
                    + " | " + String.format("%.1f s", window.seconds()) + " | " + fault.requests() + " | "
                    + listed(fault.explained()) + " | " + listed(fault.unexplained()) + " | " + listed(fault.afterBack())
                    + " |");
        }
        lines.add("");
        lines.add("Failures outside every fault (warm-up, and after the last one's grace): "
                + listed(errors.outsideFaults()) + ".");
        lines.add("Failures no deliberately stopped part explains (unexplained and outside): **"
                + errors.unexplainedTotal() + "**.");
        lines.add("");
        return this;
    }

    FaultReport delivery(DeliveryCheck.Result result) {
        lines.add("## Every answer exactly once");
        lines.add("");
        lines.add("| | Answers |");
        lines.add("|---|---|");
        lines.add("| attempted (PUT sent) | " + result.attempted() + " |");
        lines.add("| acknowledged (PUT answered 200) | " + result.acknowledged() + " |");
        lines.add("| of those, in exams that never finished (not announced, left out below) | "
                + result.inUnfinishedExams() + " |");
        lines.add("| stored (read back from the sessions) | " + result.stored() + " |");
        lines.add("| acknowledged but not stored (lost) | **" + result.acknowledgedNotStored() + "** |");
        lines.add("| analytics counted (`totalAnswered`) | " + result.analytics() + " |");
        lines.add("| analytics: duplicates / missing | **" + result.analyticsOver() + " / " + result.analyticsUnder() + "** |");
        lines.add("| recommender counted (FSRS reps of the answered questions) | " + result.recommender() + " |");
        lines.add("| recommender: duplicates / missing | **" + result.recommenderOver() + " / "
                + result.recommenderUnder() + "** |");
        lines.add("");
        lines.add(String.format("Counts read until they matched: %.1f s after the drill.", result.settledSeconds()));
        lines.add("");
        return this;
    }

    FaultReport poison(Map<String, Long> deadLettersBefore, Map<String, Long> deadLettersAfter, Map<String, Long> lag) {
        lines.add("## Poison records and consumer lag");
        lines.add("");
        lines.add("| Dead-letter topic | Records before | After | Added |");
        lines.add("|---|---|---|---|");
        deadLettersAfter.forEach((topic, after) -> lines.add("| " + topic + " | " + deadLettersBefore.getOrDefault(topic, 0L)
                + " | " + after + " | " + (after - deadLettersBefore.getOrDefault(topic, 0L)) + " |"));
        lines.add("");
        lines.add("Consumer groups' lag at the end (records not yet consumed): " + lag.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", ")) + ".");
        lines.add("");
        return this;
    }

    FaultReport problem(String problem) {
        lines.add("**Problem:** " + problem);
        lines.add("");
        return this;
    }

    String markdown() {
        return "# Fault drill\n\n" + String.join("\n", lines);
    }

    void write(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(FILE), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String listed(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "0";
        }
        return LearnerVisibleErrors.sum(counts) + " (" + counts.entrySet().stream()
                .map(entry -> entry.getKey() + " ×" + entry.getValue()).collect(Collectors.joining("; ")) + ")";
    }
}
