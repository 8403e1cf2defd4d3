package io.mlaprep.question.quality.domain;

import io.mlaprep.question.bank.domain.Option;
import io.mlaprep.question.bank.domain.QuestionContent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Pairs of questions that test the same thing: the same scenario (stem words) with the same answer
 * (key words). Similarity is the Jaccard index of the stems' content words plus that of the keys'
 * (0..2). Only pairs whose keys share a word that is not in every other key are scored, so a bank of
 * n items costs far less than n².
 */
final class NearDuplicates {

    record Pair(String first, String second, double similarity) {
    }

    private record Signature(String id, Set<String> stem, Set<String> key) {
    }

    /** A key word in more keys than this (and than {@link #COMMON_SHARE} of the bank) pairs nothing by itself. */
    private static final int COMMON_WORD = 64;
    private static final double COMMON_SHARE = 0.125;

    private NearDuplicates() {
    }

    /** Pairs at or above {@code threshold}, most similar first; a pair needs one side in {@code subjects}. */
    static List<Pair> find(List<LintedQuestion> bank, Set<String> subjects, double threshold) {
        List<Signature> signatures = bank.stream()
                .map(q -> new Signature(q.id(), ContentWords.of(q.content().stem()), ContentWords.of(keyText(q.content()))))
                .toList();
        Map<String, List<Integer>> byKeyWord = new HashMap<>();
        for (int i = 0; i < signatures.size(); i++) {
            for (String word : signatures.get(i).key()) {
                byKeyWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
        int common = Math.max(COMMON_WORD, (int) (COMMON_SHARE * signatures.size()));
        Set<Long> compared = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (List<Integer> sharing : byKeyWord.values()) {
            if (sharing.size() > common) {
                continue;
            }
            for (int a = 0; a < sharing.size(); a++) {
                for (int b = a + 1; b < sharing.size(); b++) {
                    int i = sharing.get(a);
                    int j = sharing.get(b);
                    if (!compared.add((long) i * signatures.size() + j)) {
                        continue;
                    }
                    Signature x = signatures.get(i);
                    Signature y = signatures.get(j);
                    if (!subjects.contains(x.id()) && !subjects.contains(y.id())) {
                        continue;
                    }
                    double similarity = ContentWords.jaccard(x.stem(), y.stem()) + ContentWords.jaccard(x.key(), y.key());
                    if (similarity >= threshold) {
                        pairs.add(new Pair(x.id(), y.id(), similarity));
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::similarity).reversed()
                .thenComparing(Pair::first).thenComparing(Pair::second));
        return pairs;
    }

    /** The text of the right answer: the keyed options, the steps in order, or the matched pairs. */
    private static String keyText(QuestionContent question) {
        Map<String, String> options = question.options().stream().collect(Collectors.toMap(Option::id, Option::text));
        return switch (question.type()) {
            case MULTIPLE_CHOICE, MULTIPLE_RESPONSE -> String.join(" ",
                    question.correct().optionIds().stream().map(options::get).toList());
            case ORDERING -> String.join(" ", question.correct().order().stream().map(options::get).toList());
            case MATCHING -> {
                Map<String, String> responses = question.responses().stream()
                        .collect(Collectors.toMap(c -> c.id(), c -> c.text()));
                yield question.correct().pairs().entrySet().stream()
                        .flatMap(e -> Stream.of(options.get(e.getKey()), responses.get(e.getValue())))
                        .collect(Collectors.joining(" "));
            }
        };
    }
}
