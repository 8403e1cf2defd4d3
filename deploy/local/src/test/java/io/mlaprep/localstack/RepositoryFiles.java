package io.mlaprep.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.Yaml;

/**
 * The repository's own configuration files, read as the tests of this module see them: from the
 * checkout ({@code mla.root}, else two folders up from this module).
 */
final class RepositoryFiles {

    static final Path ROOT = Path.of(System.getProperty("mla.root", "../..")).toAbsolutePath().normalize();

    private RepositoryFiles() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every YAML document of the file, {@code ---} separated; empty documents left out. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocuments(Path file) {
        try {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : new Yaml().loadAll(Files.readString(file))) {
                if (document != null) {
                    documents.add((Map<String, Object>) document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> yaml(String relative) {
        List<Map<String, Object>> documents = yamlDocuments(path(relative));
        return documents.isEmpty() ? Map.of() : documents.getFirst();
    }

    /** A {@code KEY=value} file (kustomize's {@code envs}, Compose's {@code .env}); comments left out. */
    static Map<String, String> envFile(String relative) {
        Map<String, String> entries = new LinkedHashMap<>();
        read(relative).lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .forEach(line -> {
                    int equals = line.indexOf('=');
                    entries.put(line.substring(0, equals), line.substring(equals + 1));
                });
        return entries;
    }

    /** The value at {@code keys} below {@code node}, or null where a step is missing. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return (T) current;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object node, String... keys) {
        List<Map<String, Object>> list = at(node, keys);
        return list == null ? List.of() : list;
    }

    static String string(Object node, String... keys) {
        Object value = at(node, keys);
        return value == null ? null : Objects.toString(value);
    }
}
