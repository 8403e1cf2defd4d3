package io.mlaprep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MachineStatTest {

    @Test
    void busyIsEveryStateButIdleAndIowait() {
        // user 296050, nice 1, system 35321, idle 146442, iowait 771, irq 2, softirq 2940, steal 720; guest 7 is in user
        assertThat(MachineStat.busyTicks("cpu  296050 1 35321 146442 771 2 2940 720 7 0"))
                .isEqualTo(296050 + 1 + 35321 + 2 + 2940 + 720);
    }

    @Test
    void onlyTheMachineLineIsRead() {
        assertThatThrownBy(() -> MachineStat.busyTicks("cpu0 1 2 3 4 5 6 7 8")).isInstanceOf(IllegalArgumentException.class);
    }
}
