package io.mlaprep.localstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * One of the five services: its module, the port its health endpoint answers on, and the
 * environment that wires it to the others.
 */
record ServiceSpec(String name, String module, int healthPort, Map<String, String> environment) {

    Path jar(Path root) {
        return root.resolve(module).resolve("target").resolve(module + "-exec.jar");
    }

    String healthUrl() {
        return "http://127.0.0.1:" + healthPort + "/actuator/health";
    }
}
