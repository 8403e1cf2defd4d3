package io.mlaprep.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which JIT compilers a service JVM runs, read from its command line. CPU per answer depends on it more than on most
 * code changes: C1 alone (the local stack's default, for start-up) costs about twice what C1 + C2 (the JDK's default,
 * which production runs) costs once C2 has compiled the hot paths, which takes minutes of load.
 */
final class JitMode {

    static final String C1_ONLY = "C1 only (-XX:TieredStopAtLevel=1)";
    static final String TIERED = "C1 + C2 (the JDK's default, as in production)";
    static final String INTERPRETER_ONLY = "interpreter only (-Xint)";
    static final String C2_ONLY = "C2 only (-XX:-TieredCompilation)";

    private JitMode() {
    }

    /** The JIT of a JVM started with {@code commandLine}; the last occurrence of a flag wins, as in the JVM. */
    static String of(String commandLine) {
        String mode = TIERED;
        for (String word : commandLine.split(" ")) {
            if (word.equals("-Xint")) {
                mode = INTERPRETER_ONLY;
            } else if (word.equals("-XX:-TieredCompilation")) {
                mode = C2_ONLY;
            } else if (word.equals("-XX:+TieredCompilation")) {
                mode = TIERED;
            } else if (word.startsWith("-XX:TieredStopAtLevel=")) {
                mode = word.endsWith("=4") ? TIERED : C1_ONLY;
            }
        }
        return mode;
    }

    /** One mode when every service runs it, else each service's. */
    static String ofServices(Map<String, String> commandLineByService) {
        Map<String, String> modes = commandLineByService.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> of(e.getValue()), (a, b) -> a, LinkedHashMap::new));
        List<String> distinct = modes.values().stream().distinct().toList();
        if (distinct.size() == 1) {
            return distinct.getFirst();
        }
        return modes.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }
}
