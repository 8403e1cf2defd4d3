package io.mlaprep.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (from its WebJar on the test classpath) run in the page: collects the serious and critical
 * violations of every page scanned, by page name, so one test can list them all.
 */
final class AxeScanner {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then(r => done(JSON.stringify(r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                             targets: v.nodes.map(n => n.target.join(' ')).slice(0, 5) })))))
              .catch(e => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }])));
            """;

    record Violation(String page, String rule, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return page + ": " + rule + " (" + impact + ") " + help + " at " + targets;
        }
    }

    private final String source = load();
    private final Set<String> scanned = new LinkedHashSet<>();
    private final List<Violation> violations = new ArrayList<>();

    void scan(Browser browser, String page) {
        if (Boolean.FALSE.equals(browser.script("return typeof window.axe === 'object'"))) {
            browser.script(source);
        }
        String result = (String) browser.asyncScript(RUN);
        for (JsonNode v : JSON.readTree(result)) {
            List<String> targets = new ArrayList<>();
            v.get("targets").forEach(t -> targets.add(t.asString()));
            violations.add(new Violation(page, v.get("id").asString(), v.get("impact").asString(), v.get("help").asString(), targets));
        }
        scanned.add(page);
    }

    Set<String> scannedPages() {
        return Set.copyOf(scanned);
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** The WebJar's axe.min.js, or another axe build named by -Dmla.axe=PATH (to try a newer axe-core). */
    private static String load() {
        String other = System.getProperty("mla.axe");
        if (other != null && !other.isBlank()) {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of(other));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ClassLoader loader = AxeScanner.class.getClassLoader();
        Properties pom = new Properties();
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the axe-core WebJar is not on the test classpath");
            }
            pom.load(in);
            try (InputStream script = loader.getResourceAsStream(WEBJAR + pom.getProperty("version") + "/axe.min.js")) {
                return new String(script.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
