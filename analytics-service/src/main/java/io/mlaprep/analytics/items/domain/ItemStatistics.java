package io.mlaprep.analytics.items.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Classical test theory statistics of one item. Anything that is a proportion or a correlation is empty rather than
 * NaN when it is undefined.
 *
 * @param attempts       n
 * @param facility       p, the proportion of attempts answered correctly; empty when n = 0
 * @param discrimination the point-biserial correlation between item score and rest score (the corrected item-total
 *                       correlation); empty when n &lt; 2 or when item scores or rest scores do not vary
 * @param selectionRates how often each option was selected; empty when n = 0
 * @param flags          reasons to review the item
 * @param omitted        exam encounters left unanswered: counted apart, never as attempts (see {@link #ofEncounters})
 */
public record ItemStatistics(long attempts, OptionalDouble facility, OptionalDouble discrimination,
                             Optional<SelectionRates> selectionRates, Set<ItemFlag> flags, long omitted) {

    public ItemStatistics {
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(discrimination, "discrimination");
        Objects.requireNonNull(selectionRates, "selectionRates");
        EnumSet<ItemFlag> copy = EnumSet.noneOf(ItemFlag.class);
        copy.addAll(flags);
        flags = Collections.unmodifiableSet(copy);
    }

    /**
     * The statistics of an item's exam encounters. An item left unanswered (nothing selected) is scored wrong in its
     * exam, but it says nothing about the item: it is not an attempt, so it moves neither facility nor
     * discrimination nor any flag (a throwaway exam finished at once leaves no trace here), and it is counted apart.
     */
    public static ItemStatistics ofEncounters(List<Attempt> encounters, Set<String> key, List<String> optionIds) {
        List<Attempt> answered = encounters.stream().filter(encounter -> !encounter.isUnanswered()).toList();
        ItemStatistics statistics = of(answered, key, optionIds);
        return new ItemStatistics(statistics.attempts(), statistics.facility(), statistics.discrimination(),
                statistics.selectionRates(), statistics.flags(), encounters.size() - answered.size());
    }

    /** The share of encounters left unanswered; empty without any. */
    public OptionalDouble omittedRate() {
        long encounters = attempts + omitted;
        return encounters == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) omitted / encounters);
    }

    /** The statistics of an item's attempts, given its key and its option ids in display order. */
    public static ItemStatistics of(List<Attempt> attempts, Set<String> key, List<String> optionIds) {
        requireConsistent(attempts, key, optionIds);

        long n = attempts.size();
        OptionalDouble facility = n == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) attempts.stream().filter(Attempt::isCorrect).count() / n);
        OptionalDouble discrimination = pointBiserial(attempts);
        return new ItemStatistics(n, facility, discrimination, selectionRates(attempts, optionIds),
                ItemFlagRules.flags(attempts, key, optionIds, facility, discrimination), 0);
    }

    private static void requireConsistent(List<Attempt> attempts, Set<String> key, List<String> optionIds) {
        Objects.requireNonNull(optionIds, "optionIds");
        Objects.requireNonNull(key, "key");
        if (optionIds.isEmpty() || optionIds.stream().anyMatch(id -> id == null || id.isBlank())
                || new HashSet<>(optionIds).size() != optionIds.size()) {
            throw new IllegalArgumentException("option ids must be non-blank, distinct and at least one: " + optionIds);
        }
        if (key.isEmpty() || !optionIds.containsAll(key)) {
            throw new IllegalArgumentException("key " + key + " must be a non-empty subset of " + optionIds);
        }
        for (Attempt attempt : attempts) {
            if (!optionIds.containsAll(attempt.selectedOptionIds())) {
                throw new IllegalArgumentException(
                        "selection " + attempt.selectedOptionIds() + " is not among the options " + optionIds);
            }
        }
    }

    /**
     * r = (M₁ − M₀) / s · √(p·q), with M₁ and M₀ the mean rest scores of correct and incorrect attempts, s the
     * population standard deviation of rest scores and q = 1 − p. The tests check it against Pearson's r in its moment
     * form.
     */
    private static OptionalDouble pointBiserial(List<Attempt> attempts) {
        List<Attempt> correct = attempts.stream().filter(Attempt::isCorrect).toList();
        List<Attempt> incorrect = attempts.stream().filter(attempt -> !attempt.isCorrect()).toList();
        if (correct.isEmpty() || incorrect.isEmpty()) {
            return OptionalDouble.empty();
        }
        double n = attempts.size();
        double mean = meanRestScore(attempts);
        double variance = attempts.stream().mapToDouble(attempt -> square(attempt.restScore() - mean)).sum() / n;
        if (variance == 0) {
            return OptionalDouble.empty();
        }
        double p = correct.size() / n;
        double meanDifference = meanRestScore(correct) - meanRestScore(incorrect);
        return OptionalDouble.of(meanDifference / Math.sqrt(variance) * Math.sqrt(p * (1 - p)));
    }

    private static double meanRestScore(List<Attempt> attempts) {
        return attempts.stream().mapToDouble(Attempt::restScore).sum() / attempts.size();
    }

    private static double square(double value) {
        return value * value;
    }

    private static Optional<SelectionRates> selectionRates(List<Attempt> attempts, List<String> optionIds) {
        if (attempts.isEmpty()) {
            return Optional.empty();
        }
        double n = attempts.size();
        Map<String, Double> byOption = new LinkedHashMap<>();
        for (String option : optionIds) {
            long selected = attempts.stream().filter(attempt -> attempt.selectedOptionIds().contains(option)).count();
            byOption.put(option, selected / n);
        }
        long unanswered = attempts.stream().filter(Attempt::isUnanswered).count();
        return Optional.of(new SelectionRates(byOption, unanswered / n));
    }
}
