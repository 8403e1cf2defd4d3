package io.mlaprep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The per-request statistics of Gatling's HTML report, read from the statistics table of its newest run's
 * {@code index.html} (Gatling 3.15 writes no stats.json): columns OK, KO and the 1st and 4th percentile of the
 * response time, which src/test/resources/gatling.conf sets to p50 and p99.
 */
final class GatlingStats {

    record Request(String name, long ok, long ko, double p50Ms, double p99Ms) {
    }

    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");
    private static final int OK = 3;
    private static final int KO = 4;
    private static final int PERCENTILE_1 = 8;
    private static final int PERCENTILE_4 = 11;

    private final Path runFolder;
    private final Map<String, Request> requests;

    private GatlingStats(Path runFolder, Map<String, Request> requests) {
        this.runFolder = runFolder;
        this.requests = requests;
    }

    static GatlingStats newestIn(Path resultsFolder) {
        try (Stream<Path> runs = Files.list(resultsFolder)) {
            Path newest = runs.filter(run -> Files.isRegularFile(run.resolve("index.html")))
                    .max(Comparator.comparing(run -> run.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no Gatling report in " + resultsFolder));
            return new GatlingStats(newest, parse(Files.readString(newest.resolve("index.html"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row per request, each starting {@code <tr id="req_}; group and total rows are left out. */
    static Map<String, Request> parse(String indexHtml) {
        Map<String, Request> requests = new LinkedHashMap<>();
        String[] rows = indexHtml.split("<tr id=\"req_");
        for (int i = 1; i < rows.length; i++) {
            String row = rows[i].substring(0, rows[i].contains("</tr>") ? rows[i].indexOf("</tr>") : rows[i].length());
            Matcher name = NAME.matcher(row);
            if (!name.find()) {
                continue;
            }
            Map<Integer, String> cells = new HashMap<>();
            Matcher cell = CELL.matcher(row);
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).strip());
            }
            String requestName = unescape(name.group(1).strip());
            requests.put(requestName, new Request(requestName, (long) number(cells.get(OK)), (long) number(cells.get(KO)),
                    number(cells.get(PERCENTILE_1)), number(cells.get(PERCENTILE_4))));
        }
        if (requests.isEmpty()) {
            throw new IllegalStateException("no request rows in Gatling's statistics table: has its format changed?");
        }
        return requests;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** Gatling writes numbers, or "-" where there is none. */
    private static double number(String text) {
        return text != null && text.replace(",", "").matches("-?\\d+(\\.\\d+)?")
                ? Double.parseDouble(text.replace(",", "")) : Double.NaN;
    }

    Path runFolder() {
        return runFolder;
    }

    Map<String, Request> requests() {
        return requests;
    }

    Request request(String name) {
        Request request = requests.get(name);
        return request != null ? request : new Request(name, 0, 0, Double.NaN, Double.NaN);
    }
}
