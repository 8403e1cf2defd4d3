package io.mlaprep.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Stacks for tests: this checkout's service jars, a fresh data folder and free ports. */
final class TestStacks {

    private TestStacks() {
    }

    static StackConfig onFreePorts(String dataPrefix, String serviceJavaOptions) throws IOException {
        Path root = Path.of(System.getProperty("mla.root", "../..")).toAbsolutePath().normalize();
        return new StackConfig(root, Files.createTempDirectory(dataPrefix), StackConfig.Ports.free(), serviceJavaOptions);
    }
}
