package io.mlaprep.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Grafana dashboard (deploy/observability/grafana-dashboard.json) and the alert rules query only metrics the
 * services register, as deploy/README.md's Metrics section lists them (the source of truth: it names each metric
 * with its type, and a timer's series are its {@code _count}, {@code _sum} and {@code _max}, plus {@code _bucket}
 * when it publishes a histogram); and every platform metric there has a panel.
 */
class GrafanaDashboardTest {

    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z_:][a-z0-9_:]*)` \\| ([^|]*) \\|", Pattern.MULTILINE);

    private final JsonNode dashboard = JsonMapper.builder().build()
            .readTree(RepositoryFiles.read("deploy/observability/grafana-dashboard.json"));

    @Test
    void everyPanelHasATitleAndQueriesPrometheus() {
        assertThat(dashboard.get("uid").asString()).isNotBlank();
        assertThat(dashboard.get("panels").size()).isGreaterThanOrEqualTo(10);
        dashboard.get("panels").forEach(panel -> {
            assertThat(panel.get("title").asString()).isNotBlank();
            assertThat(panel.get("targets").size()).as(panel.get("title").asString()).isPositive();
            panel.get("targets").forEach(target -> assertThat(target.get("expr").asString())
                    .as(panel.get("title").asString()).isNotBlank());
        });
    }

    @Test
    void everyMetricAPanelQueriesIsOneTheServicesRegister() {
        Set<String> registered = registeredSeries();

        expressions().forEach((panel, expression) -> assertThat(PromQl.metricNames(expression))
                .as("%s: %s", panel, expression).isNotEmpty().isSubsetOf(registered));
    }

    @Test
    void everyPlatformMetricHasAPanel() {
        Set<String> queried = new TreeSet<>();
        expressions().values().forEach(expression -> queried.addAll(PromQl.metricNames(expression)));

        for (String metric : metricsTable().keySet()) {
            assertThat(queried.stream().anyMatch(series -> series.equals(metric) || series.startsWith(metric + "_")))
                    .as(metric + " has no panel").isTrue();
        }
    }

    @Test
    void everyMetricTheAlertRulesQueryIsOneTheServicesRegister() {
        Map<String, Object> rules = RepositoryFiles.yaml("deploy/observability/prometheus-rules.yml");
        Set<String> registered = registeredSeries();

        RepositoryFiles.list(rules, "groups").forEach(group -> RepositoryFiles.list(group, "rules")
                .forEach(rule -> assertThat(PromQl.metricNames(RepositoryFiles.string(rule, "expr")))
                        .as(RepositoryFiles.string(rule, "alert")).isNotEmpty().isSubsetOf(registered)));
    }

    @Test
    void theMetricNamesOfAQueryAreWhatIsLeftOnceFunctionsLabelsAndRangesAreRemoved() {
        assertThat(PromQl.metricNames("histogram_quantile(0.99, sum by (job, le) (rate(a_seconds_bucket{x=\"y z\", "
                + "state!~'open|closed'}[$__rate_interval]))) / 1e9 > on (job) group_left b_total offset 5m"))
                .containsExactly("a_seconds_bucket", "b_total");
    }

    /** Each metric the Metrics section's tables list, with its type cell. */
    private static Map<String, String> metricsTable() {
        String readme = RepositoryFiles.read("deploy/README.md");
        int start = readme.indexOf("\n## Metrics");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Map<String, String> metrics = new LinkedHashMap<>();
        Matcher row = TABLE_ROW.matcher(section);
        while (row.find()) {
            metrics.put(row.group(1), row.group(2).strip());
        }
        assertThat(metrics).as("the Metrics tables of deploy/README.md").isNotEmpty();
        return metrics;
    }

    /** The series names the listed metrics appear under in a scrape. */
    private static Set<String> registeredSeries() {
        Set<String> series = new TreeSet<>();
        metricsTable().forEach((name, type) -> {
            if (type.startsWith("timer")) {
                List.of("_count", "_sum", "_max").forEach(suffix -> series.add(name + suffix));
                if (type.contains("histogram")) {
                    series.add(name + "_bucket");
                }
            } else {
                series.add(name);
            }
        });
        return series;
    }

    private Map<String, String> expressions() {
        Map<String, String> expressions = new LinkedHashMap<>();
        List<JsonNode> panels = new ArrayList<>();
        dashboard.get("panels").forEach(panels::add);
        for (JsonNode panel : panels) {
            panel.get("targets").forEach(target -> expressions.put(panel.get("title").asString() + " "
                    + target.get("refId").asString(), target.get("expr").asString()));
        }
        return expressions;
    }
}
