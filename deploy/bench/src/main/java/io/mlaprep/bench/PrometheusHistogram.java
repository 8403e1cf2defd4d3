package io.mlaprep.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One histogram series of a Prometheus text scrape: its cumulative bucket counts by upper bound ({@code le}).
 * Two scrapes give the histogram of what happened between them, and its quantiles are interpolated within a bucket
 * as PromQL's {@code histogram_quantile} does.
 */
record PrometheusHistogram(TreeMap<Double, Double> cumulative) {

    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    /** The {@code <metric>_bucket} lines of {@code scrape} whose labels include {@code label="value"}. */
    static PrometheusHistogram parse(String scrape, String metric, String label, String value) {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        String labelText = label + "=\"" + value + "\"";
        for (String line : scrape.split("\n")) {
            if (!line.startsWith(metric + "_bucket{") || !line.contains(labelText)) {
                continue;
            }
            Matcher le = LE.matcher(line);
            if (le.find()) {
                double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                buckets.merge(bound, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)), Double::sum);
            }
        }
        return new PrometheusHistogram(buckets);
    }

    /** What was observed after {@code earlier} (bounds missing there count from 0). */
    PrometheusHistogram since(PrometheusHistogram earlier) {
        TreeMap<Double, Double> delta = new TreeMap<>();
        cumulative.forEach((bound, count) -> delta.put(bound, count - earlier.cumulative.getOrDefault(bound, 0.0)));
        return new PrometheusHistogram(delta);
    }

    double count() {
        return cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
    }

    /**
     * The {@code q} quantile, linear within the bucket it falls in (the first bucket from 0); NaN without
     * observations; the highest finite bound when it falls in the +Inf bucket.
     */
    double quantile(double q) {
        double total = count();
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        List<Map.Entry<Double, Double>> entries = new ArrayList<>(cumulative.entrySet());
        for (Map.Entry<Double, Double> bucket : entries) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return lowerBound;
                }
                double inBucket = bucket.getValue() - lowerCount;
                return inBucket <= 0 ? bucket.getKey()
                        : lowerBound + (bucket.getKey() - lowerBound) * (rank - lowerCount) / inBucket;
            }
            lowerBound = bucket.getKey();
            lowerCount = bucket.getValue();
        }
        return lowerBound;
    }
}
