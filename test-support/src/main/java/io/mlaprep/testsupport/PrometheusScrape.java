package io.mlaprep.testsupport;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One scrape of a service's {@code /actuator/prometheus}, in the Prometheus text format, read by tests. */
public record PrometheusScrape(String text) {

    /** The name of every sample in the scrape, without its labels ({@code x_total}, {@code x_count}, ...). */
    public Set<String> names() {
        return samples().map(PrometheusScrape::name).collect(Collectors.toSet());
    }

    /** The sum of the values of every sample of {@code name} whose labels contain {@code label} (e.g. {@code mode="PRACTICE"}). */
    public double sum(String name, String label) {
        return samples().filter(line -> name(line).equals(name) && line.contains(label))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** The lines of {@code name}'s samples, to show in a report. */
    public String lines(String name) {
        return samples().filter(line -> name(line).equals(name)).collect(Collectors.joining("\n"));
    }

    private Stream<String> samples() {
        return Arrays.stream(text.split("\n")).filter(line -> !line.isBlank() && !line.startsWith("#"));
    }

    private static String name(String sample) {
        int end = 0;
        while (end < sample.length() && sample.charAt(end) != '{' && sample.charAt(end) != ' ') {
            end++;
        }
        return sample.substring(0, end);
    }
}
