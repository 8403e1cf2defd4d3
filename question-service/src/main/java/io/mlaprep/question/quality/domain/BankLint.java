package io.mlaprep.question.quality.domain;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.question.bank.domain.QuestionContent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a question bank the way a test-wise learner would, and the way the exam needs it: answer cues,
 * near-duplicates and coverage, each breach of the policy naming its questions.
 */
public final class BankLint {

    private static final String MULTIPLE_CHOICE = "multiple-choice";
    private static final String MULTIPLE_RESPONSE = "multiple-response";

    /** A key this much longer than its distractors is a cue on its own, whatever the bank's figures. */
    private static final double STRONG_LENGTH_CUE = 1.25;

    private BankLint() {
    }

    /** The lint of a whole bank (its active questions, current versions; each valid by {@code QuestionRules}). */
    public static QualityReport check(List<LintedQuestion> bank, QualityPolicy policy) {
        Map<String, OptionCues> cues = new LinkedHashMap<>();
        bank.forEach(q -> cues.put(q.id(), OptionCues.of(q.content())));
        List<QualityReport.Breach> breaches = new ArrayList<>();

        QualityReport.Cues cueFigures = new QualityReport.Cues(
                multipleChoice(bank, cues, policy, breaches),
                multipleResponse(bank, cues, policy, breaches),
                matching(bank, cues, breaches));

        List<QualityReport.NearDuplicate> duplicates = NearDuplicates.find(bank, ids(bank),
                        policy.nearDuplicateSimilarity()).stream()
                .map(p -> new QualityReport.NearDuplicate(p.first(), p.second(), round(p.similarity())))
                .toList();
        if (!duplicates.isEmpty()) {
            breaches.add(new QualityReport.Breach(LintRule.NEAR_DUPLICATE, duplicates.size()
                    + " pairs test the same scenario with the same answer; rewrite or retire one of each",
                    duplicates.stream().flatMap(d -> Stream.of(d.first(), d.second())).distinct().toList()));
        }
        return new QualityReport(bank.size(), coverage(bank, policy, breaches), cueFigures, duplicates, breaches);
    }

    /** Cues and near-duplicates of questions an author is adding to {@code bank}, one warning each. */
    public static List<ItemWarning> warnings(List<LintedQuestion> incoming, List<LintedQuestion> bank,
                                             QualityPolicy policy) {
        List<ItemWarning> warnings = new ArrayList<>();
        for (LintedQuestion question : incoming) {
            OptionCues cues = OptionCues.of(question.content());
            if (cues.keyLongest() && cues.keyLengthRatio() >= STRONG_LENGTH_CUE) {
                warnings.add(new ItemWarning(question.id(), LintRule.KEY_LONGEST, String.format(
                        "the key is the longest option, %.2f times the mean distractor length: make the distractors"
                                + " as specific as the key", cues.keyLengthRatio())));
            }
            if (cues.keyShortest() && cues.keyLengthRatio() <= 1 / STRONG_LENGTH_CUE) {
                warnings.add(new ItemWarning(question.id(), LintRule.KEY_SHORTEST, String.format(
                        "the key is the shortest option, %.2f times the mean distractor length: give it the same"
                                + " detail as the distractors", cues.keyLengthRatio())));
            }
            if (cues.longestAreKey()) {
                warnings.add(new ItemWarning(question.id(), LintRule.LONGEST_ARE_KEY,
                        "the longest options are exactly the key: lengthen some distractors"));
            }
            if (cues.shortestAreKey()) {
                warnings.add(new ItemWarning(question.id(), LintRule.SHORTEST_ARE_KEY,
                        "the shortest options are exactly the key: give the keys the detail of the distractors"));
            }
            if (cues.solvableByElimination()) {
                warnings.add(new ItemWarning(question.id(), LintRule.MATCHING_ELIMINATION,
                        "every response is used once, so the last pair is free: add a response that matches no prompt"));
            }
        }
        List<LintedQuestion> all = Stream.concat(bank.stream(), incoming.stream()).toList();
        Set<String> added = ids(incoming);
        Set<String> warned = new java.util.HashSet<>();
        for (NearDuplicates.Pair pair : NearDuplicates.find(all, added, policy.nearDuplicateSimilarity())) {
            String subject = added.contains(pair.first()) ? pair.first() : pair.second();
            String other = subject.equals(pair.first()) ? pair.second() : pair.first();
            if (warned.add(subject)) { // pairs come most similar first: name each item's closest twin once
                warnings.add(new ItemWarning(subject, LintRule.NEAR_DUPLICATE, String.format(
                        "tests the same scenario with the same answer as %s (similarity %.2f of 2)", other,
                        pair.similarity())));
            }
        }
        return warnings;
    }

    private static QualityReport.MultipleChoice multipleChoice(List<LintedQuestion> bank, Map<String, OptionCues> cues,
                                                               QualityPolicy policy,
                                                               List<QualityReport.Breach> breaches) {
        List<String> items = idsOf(bank, QuestionType.MULTIPLE_CHOICE);
        List<String> keyLongest = items.stream().filter(id -> cues.get(id).keyLongest()).toList();
        List<String> keyShortest = items.stream().filter(id -> cues.get(id).keyShortest()).toList();
        List<String> echoing = items.stream().filter(id -> cues.get(id).keyEchoesStem()).toList();
        double median = median(items.stream().mapToDouble(id -> cues.get(id).keyLengthRatio()).toArray());
        double longestShare = flagShare(keyLongest, items.size(), policy.maxKeyLongestShare(), LintRule.KEY_LONGEST,
                "the key is the longest option", MULTIPLE_CHOICE, breaches);
        double shortestShare = flagShare(keyShortest, items.size(), policy.maxKeyShortestShare(),
                LintRule.KEY_SHORTEST, "the key is the shortest option", MULTIPLE_CHOICE, breaches);
        double echoShare = flagShare(echoing, items.size(), policy.maxKeyEchoesStemShare(), LintRule.KEY_ECHOES_STEM,
                "the key shares the most words with the stem", MULTIPLE_CHOICE, breaches);
        if (!items.isEmpty() && (median < policy.minMedianKeyLengthRatio() || median > policy.maxMedianKeyLengthRatio())) {
            boolean keysLonger = median > policy.maxMedianKeyLengthRatio();
            breaches.add(new QualityReport.Breach(LintRule.KEY_LENGTH_RATIO, String.format(
                    "keys are typically %.2f times as long as their distractors (%.2f to %.2f)", median,
                    policy.minMedianKeyLengthRatio(), policy.maxMedianKeyLengthRatio()),
                    items.stream().filter(id -> keysLonger
                            ? cues.get(id).keyLengthRatio() > policy.maxMedianKeyLengthRatio()
                            : cues.get(id).keyLengthRatio() < policy.minMedianKeyLengthRatio()).toList()));
        }
        return new QualityReport.MultipleChoice(items.size(), keyLongest.size(), round(longestShare),
                keyShortest.size(), round(shortestShare), items.isEmpty() ? null : round(median),
                echoing.size(), round(echoShare));
    }

    private static QualityReport.MultipleResponse multipleResponse(List<LintedQuestion> bank,
                                                                   Map<String, OptionCues> cues, QualityPolicy policy,
                                                                   List<QualityReport.Breach> breaches) {
        List<String> items = idsOf(bank, QuestionType.MULTIPLE_RESPONSE);
        List<String> longest = items.stream().filter(id -> cues.get(id).longestAreKey()).toList();
        List<String> shortest = items.stream().filter(id -> cues.get(id).shortestAreKey()).toList();
        double longestShare = flagShare(longest, items.size(), policy.maxLongestAreKeyShare(),
                LintRule.LONGEST_ARE_KEY, "choosing the N longest options is fully right", MULTIPLE_RESPONSE, breaches);
        double shortestShare = flagShare(shortest, items.size(), policy.maxLongestAreKeyShare(),
                LintRule.SHORTEST_ARE_KEY, "choosing the N shortest options is fully right", MULTIPLE_RESPONSE, breaches);
        return new QualityReport.MultipleResponse(items.size(), longest.size(), round(longestShare), shortest.size(),
                round(shortestShare));
    }

    /** The share of the flagged items; over {@code max}, a breach that names them. */
    private static double flagShare(List<String> flagged, int items, double max, LintRule rule, String cue,
                                    String kind, List<QualityReport.Breach> breaches) {
        double share = share(flagged.size(), items);
        if (share > max) {
            breaches.add(new QualityReport.Breach(rule, String.format("%s in %.0f %% of %s items (at most %.0f %%)",
                    cue, 100 * share, kind, 100 * max), flagged));
        }
        return share;
    }

    private static QualityReport.Matching matching(List<LintedQuestion> bank, Map<String, OptionCues> cues,
                                                   List<QualityReport.Breach> breaches) {
        List<String> items = idsOf(bank, QuestionType.MATCHING);
        List<String> free = items.stream().filter(id -> cues.get(id).solvableByElimination()).toList();
        if (!free.isEmpty()) {
            breaches.add(new QualityReport.Breach(LintRule.MATCHING_ELIMINATION, free.size()
                    + " matching items use every response once, so the last pair is free; add spare responses", free));
        }
        return new QualityReport.Matching(items.size(), free.size());
    }

    private static QualityReport.Coverage coverage(List<LintedQuestion> bank, QualityPolicy policy,
                                                   List<QualityReport.Breach> breaches) {
        List<QualityReport.Count> domains = ExamGuide.DOMAINS.stream()
                .map(d -> new QualityReport.Count(String.valueOf(d.id()),
                        count(bank, q -> q.domain() == d.id()),
                        policy.examsWithoutRepeat() * (d.scoredItems() + d.unscoredItems())))
                .toList();
        List<QualityReport.Count> tasks = ExamGuide.allTaskStatements().stream()
                .map(t -> new QualityReport.Count(t.id(), count(bank, q -> t.id().equals(q.taskStatement())),
                        policy.minItemsPerTaskStatement()))
                .toList();
        shortOf(domains, LintRule.DOMAIN_COVERAGE, "domain", " for " + policy.examsWithoutRepeat()
                + " exams without a repeated item", breaches);
        shortOf(tasks, LintRule.TASK_COVERAGE, "task statement", "", breaches);

        Map<String, Integer> types = new LinkedHashMap<>();
        Arrays.stream(QuestionType.values()).forEach(t -> types.put(t.name(), count(bank, q -> q.type() == t)));
        mix(types.get(QuestionType.MULTIPLE_RESPONSE.name()), bank.size(), policy.minMultipleResponseShare(),
                LintRule.TYPE_MIX, "multiple-response", breaches);
        mix(types.get(QuestionType.ORDERING.name()), bank.size(), policy.minOrderingShare(),
                LintRule.TYPE_MIX, "ordering", breaches);
        mix(types.get(QuestionType.MATCHING.name()), bank.size(), policy.minMatchingShare(),
                LintRule.TYPE_MIX, "matching", breaches);

        Map<Integer, Integer> difficulty = new TreeMap<>();
        for (int level = -3; level <= 3; level++) {
            int at = level;
            difficulty.put(level, count(bank, q -> q.difficulty() != null && Math.round(q.difficulty()) == at));
        }
        int unrated = count(bank, q -> q.difficulty() == null);
        mix(count(bank, q -> q.difficulty() != null && q.difficulty() >= 1), bank.size(), policy.minHardShare(),
                LintRule.DIFFICULTY_MIX, "difficulty +1 or harder", breaches);
        mix(count(bank, q -> q.difficulty() != null && q.difficulty() >= 2), bank.size(), policy.minVeryHardShare(),
                LintRule.DIFFICULTY_MIX, "difficulty +2 or harder", breaches);
        return new QualityReport.Coverage(domains, tasks, types, difficulty, unrated);
    }

    private static void shortOf(List<QualityReport.Count> counts, LintRule rule, String what, String purpose,
                               List<QualityReport.Breach> breaches) {
        for (QualityReport.Count count : counts) {
            if (count.items() < count.needed()) {
                breaches.add(new QualityReport.Breach(rule, what + " " + count.id() + " has " + count.items()
                        + " active items; it needs " + count.needed() + purpose, List.of()));
            }
        }
    }

    private static void mix(int items, int total, double minShare, LintRule rule, String what,
                            List<QualityReport.Breach> breaches) {
        double share = share(items, total);
        if (total > 0 && share < minShare) {
            breaches.add(new QualityReport.Breach(rule, String.format("%s items are %.0f %% of the bank (at least %.0f %%)",
                    what, 100 * share, 100 * minShare), List.of()));
        }
    }

    private static int count(List<LintedQuestion> bank, Predicate<QuestionContent> test) {
        return (int) bank.stream().filter(q -> test.test(q.content())).count();
    }

    private static List<String> idsOf(List<LintedQuestion> bank, QuestionType type) {
        return bank.stream().filter(q -> q.content().type() == type).map(LintedQuestion::id).toList();
    }

    private static Set<String> ids(List<LintedQuestion> questions) {
        return questions.stream().map(LintedQuestion::id).collect(Collectors.toSet());
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
