package io.mlaprep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PrometheusHistogramTest {

    private static final String METRIC = "mla_event_delay_seconds";

    private static String scrape(double upTo10ms, double upTo100ms, double upTo1s, double all) {
        return String.join("\n",
                "# HELP mla_event_delay_seconds From an event's occurredAt until this service had handled it",
                "# TYPE mla_event_delay_seconds histogram",
                METRIC + "_bucket{application=\"analytics\",topic=\"mla.answer-submitted.v1\",le=\"0.01\"} " + upTo10ms,
                METRIC + "_bucket{application=\"analytics\",topic=\"mla.answer-submitted.v1\",le=\"0.1\"} " + upTo100ms,
                METRIC + "_bucket{application=\"analytics\",topic=\"mla.answer-submitted.v1\",le=\"1.0\"} " + upTo1s,
                METRIC + "_bucket{application=\"analytics\",topic=\"mla.answer-submitted.v1\",le=\"+Inf\"} " + all,
                METRIC + "_bucket{application=\"analytics\",topic=\"mla.session-completed.v1\",le=\"0.01\"} 500.0",
                METRIC + "_bucket{application=\"analytics\",topic=\"mla.session-completed.v1\",le=\"+Inf\"} 900.0",
                METRIC + "_count{application=\"analytics\",topic=\"mla.answer-submitted.v1\"} " + all, "");
    }

    @Test
    void readsOnlyTheBucketsOfTheSeriesNamed() {
        PrometheusHistogram histogram = PrometheusHistogram.parse(scrape(10, 50, 90, 100), METRIC, "topic",
                "mla.answer-submitted.v1");

        assertThat(histogram.cumulative()).containsKeys(0.01, 0.1, 1.0, Double.POSITIVE_INFINITY).hasSize(4);
        assertThat(histogram.count()).isEqualTo(100);
    }

    @Test
    void aQuantileIsInterpolatedWithinItsBucketAsPromQlDoes() {
        PrometheusHistogram histogram = PrometheusHistogram.parse(scrape(10, 50, 90, 100), METRIC, "topic",
                "mla.answer-submitted.v1");

        // the 30th of 100 lies 20 of the 40 observations into (0.01, 0.1]
        assertThat(histogram.quantile(0.30)).isCloseTo(0.055, within(1e-9));
        // the 5th lies in the first bucket, read from 0
        assertThat(histogram.quantile(0.05)).isCloseTo(0.005, within(1e-9));
        // the 99th lies in +Inf: the highest finite bound is all that is known
        assertThat(histogram.quantile(0.99)).isEqualTo(1.0);
    }

    @Test
    void theDifferenceOfTwoScrapesIsWhatHappenedBetweenThem() {
        PrometheusHistogram before = PrometheusHistogram.parse(scrape(10, 50, 90, 100), METRIC, "topic",
                "mla.answer-submitted.v1");
        PrometheusHistogram after = PrometheusHistogram.parse(scrape(110, 150, 190, 200), METRIC, "topic",
                "mla.answer-submitted.v1");

        PrometheusHistogram between = after.since(before);

        assertThat(between.count()).isEqualTo(100);
        assertThat(between.quantile(0.99)).isCloseTo(0.0099, within(1e-9));
    }

    @Test
    void noObservationsHaveNoQuantile() {
        assertThat(PrometheusHistogram.parse("", METRIC, "topic", "x").quantile(0.99)).isNaN();
    }
}
