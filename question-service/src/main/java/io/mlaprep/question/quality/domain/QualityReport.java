package io.mlaprep.question.quality.domain;

import java.util.List;
import java.util.Map;

/**
 * The bank lint's findings: coverage, answer-cue statistics, near-duplicates, and each breach of the
 * policy with the questions it names.
 */
public record QualityReport(
        int questions,
        Coverage coverage,
        Cues cues,
        List<NearDuplicate> nearDuplicates,
        List<Breach> breaches) {

    public QualityReport {
        nearDuplicates = List.copyOf(nearDuplicates);
        breaches = List.copyOf(breaches);
    }

    public boolean clean() {
        return breaches.isEmpty();
    }

    /**
     * @param difficulty items per rounded difficulty (-3..3); items without one are {@code unrated}
     */
    public record Coverage(List<Count> domains, List<Count> taskStatements, Map<String, Integer> types,
                           Map<Integer, Integer> difficulty, int unrated) {
    }

    /** How many active items a domain or task statement has, and how many it needs. */
    public record Count(String id, int items, int needed) {
    }

    public record Cues(MultipleChoice multipleChoice, MultipleResponse multipleResponse, Matching matching) {
    }

    /**
     * @param medianKeyLengthRatio median over items of key length / mean distractor length (1 = no cue);
     *                             null without multiple-choice items
     */
    public record MultipleChoice(int items, int keyLongest, double keyLongestShare, int keyShortest,
                                 double keyShortestShare, Double medianKeyLengthRatio, int keyEchoesStem,
                                 double keyEchoesStemShare) {
    }

    public record MultipleResponse(int items, int longestAreKey, double longestAreKeyShare, int shortestAreKey,
                                   double shortestAreKeyShare) {
    }

    public record Matching(int items, int solvableByElimination) {
    }

    public record NearDuplicate(String first, String second, double similarity) {
    }

    public record Breach(LintRule rule, String message, List<String> questionIds) {

        public Breach {
            questionIds = List.copyOf(questionIds);
        }
    }
}
