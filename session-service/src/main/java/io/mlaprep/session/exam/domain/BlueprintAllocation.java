package io.mlaprep.session.exam.domain;

import io.mlaprep.contracts.ExamGuide;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Splits a number of items over the exam domains by weight (largest remainder), as the exam would. */
public final class BlueprintAllocation {

    private BlueprintAllocation() {
    }

    public static Map<Integer, Integer> byWeight(int items) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        double[] remainders = new double[ExamGuide.DOMAINS.size()];
        int given = 0;
        for (int i = 0; i < ExamGuide.DOMAINS.size(); i++) {
            ExamGuide.Domain domain = ExamGuide.DOMAINS.get(i);
            double exact = items * domain.weight();
            int floor = (int) Math.floor(exact);
            counts.put(domain.id(), floor);
            remainders[i] = exact - floor;
            given += floor;
        }
        List<Integer> byRemainder = IntStream.range(0, remainders.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed()
                        .thenComparing(i -> -ExamGuide.DOMAINS.get(i).weight()))
                .toList();
        for (int k = 0; given < items; k++, given++) {
            int domain = ExamGuide.DOMAINS.get(byRemainder.get(k % byRemainder.size())).id();
            counts.merge(domain, 1, Integer::sum);
        }
        return counts;
    }
}
