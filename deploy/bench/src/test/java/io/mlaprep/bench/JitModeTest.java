package io.mlaprep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JitModeTest {

    private static final String LOCAL_DEFAULT = "/usr/bin/java -Xms48m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
            + " -Xss512k -XX:AOTCache=gateway.aot -jar gateway-exec.jar";

    @Test
    void theLocalStacksDefaultRunsC1Only() {
        assertThat(JitMode.of(LOCAL_DEFAULT)).isEqualTo(JitMode.c1Only(1));
    }

    @Test
    void withoutAnyJitFlagTheJvmRunsC1AndC2() {
        assertThat(JitMode.of("/usr/bin/java -Xmx384m -XX:+UseSerialGC -jar gateway-exec.jar")).isEqualTo(JitMode.TIERED);
        assertThat(JitMode.of("java -XX:TieredStopAtLevel=4 -jar a.jar")).isEqualTo(JitMode.TIERED);
    }

    @Test
    void aFlagsLastOccurrenceCounts() {
        assertThat(JitMode.of(LOCAL_DEFAULT + " -XX:TieredStopAtLevel=4")).isEqualTo(JitMode.TIERED);
        assertThat(JitMode.of("java -Xint -Xmixed -jar a.jar")).isEqualTo(JitMode.TIERED);
        assertThat(JitMode.of("java -XX:-TieredCompilation -XX:+TieredCompilation -jar a.jar")).isEqualTo(JitMode.TIERED);
    }

    @Test
    void theStopLevelAppliesOnlyToTieredCompilation() {
        assertThat(JitMode.of("java -XX:-TieredCompilation -jar a.jar")).isEqualTo(JitMode.C2_ONLY);
        assertThat(JitMode.of("java -XX:TieredStopAtLevel=1 -XX:-TieredCompilation -jar a.jar"))
                .isEqualTo(JitMode.C2_ONLY);
        assertThat(JitMode.of("java -XX:TieredStopAtLevel=3 -jar a.jar")).isEqualTo(JitMode.c1Only(3));
        assertThat(JitMode.of("java -XX:TieredStopAtLevel=0 -jar a.jar")).isEqualTo(JitMode.INTERPRETER_ONLY);
    }

    @Test
    void theInterpreterAloneOverridesEveryCompilerFlag() {
        assertThat(JitMode.of("java -Xint -XX:TieredStopAtLevel=4 -jar a.jar")).isEqualTo(JitMode.INTERPRETER_ONLY);
    }

    @Test
    void servicesThatAgreeAreOneModeAndOthersAreNamedOneByOne() {
        Map<String, String> same = new LinkedHashMap<>();
        same.put("gateway", LOCAL_DEFAULT);
        same.put("session", LOCAL_DEFAULT);
        assertThat(JitMode.ofServices(same)).isEqualTo(JitMode.c1Only(1));

        Map<String, String> mixed = new LinkedHashMap<>(same);
        mixed.put("session", "java -jar session-exec.jar");
        assertThat(JitMode.ofServices(mixed))
                .isEqualTo("gateway: " + JitMode.c1Only(1) + "; session: " + JitMode.TIERED);
    }
}
