package io.mlaprep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcStatTest {

    /** A JVM's line as the kernel writes it, with utime 1234 and stime 567 (fields 14 and 15). */
    private static final String JAVA = "9562 (java) S 9415 9415 9415 0 -1 4194560 151930 0 12 0 1234 567 0 0 20 0 62 0 "
            + "1893 3015012352 107012 18446744073709551615 1 1 0 0 0 0 0 4096 16796879 0 0 0 17 1 0 0 0 0 0 0 0 0 0 0 0 0 0";

    @Test
    void cpuIsUserPlusSystemTimeAndTheParentIsField4() {
        ProcStat stat = ProcStat.parse(JAVA);

        assertThat(stat.pid()).isEqualTo(9562);
        assertThat(stat.parentPid()).isEqualTo(9415);
        assertThat(stat.cpuTicks()).isEqualTo(1234 + 567);
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        ProcStat stat = ProcStat.parse(JAVA.replace("(java)", "(a (b) c)"));

        assertThat(stat.parentPid()).isEqualTo(9415);
        assertThat(stat.cpuTicks()).isEqualTo(1801);
    }

    @Test
    void aLineThatIsNoStatLineIsRefused() {
        assertThatThrownBy(() -> ProcStat.parse("9562 java S 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProcStat.parse("9562 (java) S 1 2 3")).isInstanceOf(IllegalArgumentException.class);
    }
}
