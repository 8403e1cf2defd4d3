package io.mlaprep.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The drill's failed requests, each put where it belongs: in a fault's window while its parts were down, either
 * explained (the request needs a part that was down) or not; in the grace after the parts were back; or outside every
 * fault, where a learner should have seen none.
 */
final class LearnerVisibleErrors {

    /** Per fault: failed requests by "request → status". */
    record PerFault(FaultWindow window, Map<String, Integer> explained, Map<String, Integer> unexplained,
                    Map<String, Integer> afterBack, int requests) {
    }

    private final List<PerFault> perFault;
    private final Map<String, Integer> outsideFaults;
    private final int requests;

    private LearnerVisibleErrors(List<PerFault> perFault, Map<String, Integer> outsideFaults, int requests) {
        this.perFault = perFault;
        this.outsideFaults = outsideFaults;
        this.requests = requests;
    }

    static LearnerVisibleErrors attribute(List<RequestLog.Outcome> outcomes, List<FaultWindow> windows) {
        List<Map<String, Integer>> explained = maps(windows.size());
        List<Map<String, Integer>> unexplained = maps(windows.size());
        List<Map<String, Integer>> afterBack = maps(windows.size());
        int[] requestsIn = new int[windows.size()];
        Map<String, Integer> outside = new TreeMap<>();
        for (RequestLog.Outcome outcome : outcomes) {
            int at = windowOf(outcome.atMillis(), windows);
            if (at >= 0) {
                requestsIn[at]++;
            }
            if (outcome.ok()) {
                continue;
            }
            String key = outcome.request() + " → " + (outcome.status() == 0 ? "no response" : outcome.status());
            if (at < 0) {
                outside.merge(key, 1, Integer::sum);
                continue;
            }
            FaultWindow window = windows.get(at);
            if (window.inGrace(outcome.atMillis())) {
                afterBack.get(at).merge(key, 1, Integer::sum);
            } else if (!Collections.disjoint(FaultRequests.needs(outcome.request()), window.down())) {
                explained.get(at).merge(key, 1, Integer::sum);
            } else {
                unexplained.get(at).merge(key, 1, Integer::sum);
            }
        }
        List<PerFault> perFault = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            perFault.add(new PerFault(windows.get(i), explained.get(i), unexplained.get(i), afterBack.get(i), requestsIn[i]));
        }
        return new LearnerVisibleErrors(perFault, outside, outcomes.size());
    }

    List<PerFault> perFault() {
        return perFault;
    }

    Map<String, Integer> outsideFaults() {
        return outsideFaults;
    }

    int requests() {
        return requests;
    }

    /** Failures no deliberately stopped part explains: unexplained ones in a window, and all outside the windows. */
    int unexplainedTotal() {
        return perFault.stream().mapToInt(fault -> sum(fault.unexplained())).sum() + sum(outsideFaults);
    }

    static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The window (while down or in its grace) holding {@code atMillis}, or -1. */
    private static int windowOf(long atMillis, List<FaultWindow> windows) {
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i).whileDown(atMillis) || windows.get(i).inGrace(atMillis)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Map<String, Integer>> maps(int count) {
        List<Map<String, Integer>> maps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            maps.add(new TreeMap<>());
        }
        return maps;
    }
}
