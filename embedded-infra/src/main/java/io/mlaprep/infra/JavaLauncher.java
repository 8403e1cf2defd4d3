package io.mlaprep.infra;

import java.nio.file.Path;

/** The java executable of the running JVM, so children run on the same JDK. */
public final class JavaLauncher {

    private JavaLauncher() {
    }

    public static String executable() {
        return ProcessHandle.current().info().command()
                .filter(command -> command.endsWith("java"))
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
