package io.mlaprep.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NettyLeakDetectionTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(NettyLeakDetection.LEVEL);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(NettyLeakDetection.LEVEL);
        } else {
            System.setProperty(NettyLeakDetection.LEVEL, before);
        }
    }

    @Test
    void detectionIsOffWhenTheCommandLineNamesNoLevel() {
        System.clearProperty(NettyLeakDetection.LEVEL);

        NettyLeakDetection.offUnlessConfigured();

        assertThat(System.getProperty(NettyLeakDetection.LEVEL)).isEqualTo("disabled");
    }

    @Test
    void aLevelOnTheCommandLineIsKept() {
        System.setProperty(NettyLeakDetection.LEVEL, "paranoid");

        NettyLeakDetection.offUnlessConfigured();

        assertThat(System.getProperty(NettyLeakDetection.LEVEL)).isEqualTo("paranoid");
    }
}
