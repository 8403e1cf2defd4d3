package io.mlaprep.localstack;

import static io.mlaprep.localstack.RepositoryFiles.at;
import static io.mlaprep.localstack.RepositoryFiles.list;
import static io.mlaprep.localstack.RepositoryFiles.string;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Just enough of kustomize to test the manifests without it: the resources of an overlay with its
 * base and components, the merged {@code mla-config} ConfigMap, and each workload's container
 * environment with the overlay's strategic-merge patches applied (by variable name;
 * {@code $patch: delete} removes one). JSON6902 patches (replicas, resources, hosts) are left out.
 */
record Kustomization(List<Map<String, Object>> resources, List<Map<String, Object>> patches,
                     Map<String, String> config, List<Map<String, Object>> kustomizations) {

    static Kustomization of(String relativeDir) {
        Kustomization k = new Kustomization(new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>(),
                new ArrayList<>());
        k.read(RepositoryFiles.path(relativeDir));
        return k;
    }

    private void read(Path dir) {
        Map<String, Object> spec = RepositoryFiles.yamlDocuments(dir.resolve("kustomization.yaml")).getFirst();
        kustomizations.add(spec);
        for (String key : List.of("resources", "components")) {
            List<String> entries = at(spec, key);
            for (String entry : entries == null ? List.<String>of() : entries) {
                Path target = dir.resolve(entry).normalize();
                if (Files.isDirectory(target)) {
                    read(target);
                } else {
                    resources.addAll(RepositoryFiles.yamlDocuments(target));
                }
            }
        }
        for (Map<String, Object> patch : list(spec, "patches")) {
            if (patch.get("path") != null) {
                patches.addAll(RepositoryFiles.yamlDocuments(dir.resolve((String) patch.get("path"))));
            }
        }
        for (Map<String, Object> generator : list(spec, "configMapGenerator")) {
            List<String> envs = at(generator, "envs");
            for (String env : envs == null ? List.<String>of() : envs) {
                config.putAll(RepositoryFiles.envFile(RepositoryFiles.ROOT.relativize(dir.resolve(env)).toString()));
            }
        }
    }

    List<Map<String, Object>> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    List<Map<String, Object>> workloads() {
        return resources.stream().filter(r -> List.of("Deployment", "StatefulSet").contains(r.get("kind"))).toList();
    }

    Map<String, Object> workload(String name) {
        return workloads().stream().filter(w -> name.equals(string(w, "metadata", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no workload " + name));
    }

    /** The first container's environment, by variable name in order, with the patches applied. */
    Map<String, Map<String, Object>> env(String workload) {
        Map<String, Object> resource = workload(workload);
        Map<String, Object> container = list(resource, "spec", "template", "spec", "containers").getFirst();
        Map<String, Map<String, Object>> env = new LinkedHashMap<>();
        list(container, "env").forEach(e -> env.put((String) e.get("name"), e));
        for (Map<String, Object> patch : patches) {
            if (!resource.get("kind").equals(patch.get("kind")) || !workload.equals(string(patch, "metadata", "name"))) {
                continue;
            }
            for (Map<String, Object> patched : list(patch, "spec", "template", "spec", "containers")) {
                if (!container.get("name").equals(patched.get("name"))) {
                    continue;
                }
                Map<String, Map<String, Object>> merged = new LinkedHashMap<>();
                for (Map<String, Object> e : list(patched, "env")) {
                    if (!"delete".equals(e.get("$patch"))) {
                        merged.put((String) e.get("name"), e);
                    }
                }
                env.forEach((name, e) -> {
                    boolean deleted = list(patched, "env").stream()
                            .anyMatch(p -> name.equals(p.get("name")) && "delete".equals(p.get("$patch")));
                    if (!deleted) {
                        merged.putIfAbsent(name, e);
                    }
                });
                env.clear();
                env.putAll(merged);
            }
        }
        return env;
    }

    /** Every container of every resource and patch, for checks that hold everywhere. */
    Stream<Map<String, Object>> allContainers() {
        return Stream.concat(resources.stream(), patches.stream())
                .flatMap(r -> list(r, "spec", "template", "spec", "containers").stream());
    }
}
