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

    static final String TIERED = "C1 + C2 (the JDK's default, as in production)";
    static final String C2_ONLY = "C2 only (-XX:-TieredCompilation)";
    static final String INTERPRETER_ONLY = "interpreter only";
    private static final String STOP_AT = "-XX:TieredStopAtLevel=";

    private JitMode() {
    }

    /**
     * The JIT of a JVM started with {@code commandLine}, as the JVM reads its flags: each flag's last occurrence counts;
     * {@code -Xint} turns every compiler off, and {@code TieredStopAtLevel} applies only to tiered compilation (level 0
     * is the interpreter, 1 to 3 are C1).
     */
    static String of(String commandLine) {
        boolean interpreted = false;
        boolean tiered = true;
        int stopAt = 4;
        for (String word : commandLine.split(" ")) {
            switch (word) {
                case "-Xint" -> interpreted = true;
                case "-Xmixed" -> interpreted = false;
                case "-XX:+TieredCompilation" -> tiered = true;
                case "-XX:-TieredCompilation" -> tiered = false;
                default -> {
                    if (word.startsWith(STOP_AT)) {
                        stopAt = Integer.parseInt(word.substring(STOP_AT.length()));
                    }
                }
            }
        }
        if (interpreted || (tiered && stopAt == 0)) {
            return INTERPRETER_ONLY;
        }
        if (!tiered) {
            return C2_ONLY;
        }
        return stopAt < 4 ? c1Only(stopAt) : TIERED;
    }

    static String c1Only(int stopAt) {
        return "C1 only (" + STOP_AT + stopAt + ")";
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
