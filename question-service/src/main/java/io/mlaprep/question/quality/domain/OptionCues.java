package io.mlaprep.question.quality.domain;

import io.mlaprep.question.bank.domain.Choice;
import io.mlaprep.question.bank.domain.Option;
import io.mlaprep.question.bank.domain.QuestionContent;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a test-wise learner who knows nothing of the subject could read off one question's options:
 * the longest (or shortest) option, the option that echoes the stem, the N longest (or shortest)
 * options, the last free pair.
 */
public record OptionCues(
        boolean keyLongest,
        boolean keyShortest,
        double keyLengthRatio,
        boolean keyEchoesStem,
        boolean longestAreKey,
        boolean shortestAreKey,
        boolean solvableByElimination) {

    /** The cues of a valid question (one that {@code QuestionRules} accepts). */
    public static OptionCues of(QuestionContent question) {
        return switch (question.type()) {
            case MULTIPLE_CHOICE -> multipleChoice(question);
            case MULTIPLE_RESPONSE -> {
                Set<String> keys = Set.copyOf(question.correct().optionIds());
                yield new OptionCues(false, false, Double.NaN, false,
                        byLengthAreKey(question.options(), keys, true), byLengthAreKey(question.options(), keys, false),
                        false);
            }
            case MATCHING -> new OptionCues(false, false, Double.NaN, false, false, false,
                    solvableByElimination(question));
            case ORDERING -> new OptionCues(false, false, Double.NaN, false, false, false, false);
        };
    }

    private static OptionCues multipleChoice(QuestionContent question) {
        String keyId = question.correct().optionIds().getFirst();
        Option key = question.options().stream().filter(o -> o.id().equals(keyId)).findFirst().orElseThrow();
        List<Option> distractors = question.options().stream().filter(o -> !o.id().equals(keyId)).toList();
        int longestDistractor = distractors.stream().mapToInt(o -> o.text().length()).max().orElse(0);
        int shortestDistractor = distractors.stream().mapToInt(o -> o.text().length()).min().orElse(0);
        double meanDistractor = distractors.stream().mapToInt(o -> o.text().length()).average().orElse(1);

        Set<String> stem = ContentWords.of(question.stem());
        int keyEcho = shared(stem, key.text());
        int bestDistractorEcho = distractors.stream().mapToInt(o -> shared(stem, o.text())).max().orElse(0);

        return new OptionCues(key.text().length() >= longestDistractor, key.text().length() <= shortestDistractor,
                key.text().length() / meanDistractor, keyEcho > bestDistractorEcho, false, false, false);
    }

    private static int shared(Set<String> stemWords, String text) {
        return (int) ContentWords.of(text).stream().filter(stemWords::contains).count();
    }

    /** Whether the N longest (or shortest) options are exactly the N keys. */
    private static boolean byLengthAreKey(List<Option> options, Set<String> keys, boolean longest) {
        Comparator<Option> byLength = Comparator.comparingInt(o -> o.text().length());
        Set<String> extremes = options.stream()
                .sorted(longest ? byLength.reversed() : byLength)
                .limit(keys.size())
                .map(Option::id)
                .collect(Collectors.toSet());
        return extremes.equals(keys);
    }

    /** One-to-one pairs over as many responses as prompts: the last pair is what is left. */
    private static boolean solvableByElimination(QuestionContent question) {
        Map<String, String> pairs = question.correct().pairs();
        Set<String> used = new HashSet<>(pairs.values());
        Set<String> offered = question.responses().stream().map(Choice::id).collect(Collectors.toSet());
        return used.size() == pairs.size() && offered.size() <= question.options().size();
    }
}
