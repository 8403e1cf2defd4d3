package io.mlaprep.localstack;

import java.nio.file.Path;
import java.util.Map;

/** One of the five services: its module, port and the environment that wires it to the others. */
record ServiceSpec(String name, String module, int port, int healthPort, Map<String, String> environment) {

    Path jar(Path root) {
        return root.resolve(module).resolve("target").resolve(module + "-exec.jar");
    }

    ServiceSpec withMore(Map<String, String> more) {
        Map<String, String> merged = new java.util.LinkedHashMap<>(environment);
        merged.putAll(more);
        return new ServiceSpec(name, module, port, healthPort, merged);
    }

    String healthUrl() {
        return "http://127.0.0.1:" + healthPort + "/actuator/health";
    }
}
