package io.mlaprep.analytics.items.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Sufficient statistics of an item's attempts, so that its statistics can be kept current one attempt at a time and
 * combined across partitions without keeping the attempts. With x the item score and y the rest score:
 *
 * @param attempts           n
 * @param correct            Σx; Σx² is not kept because for 0/1 scores it equals Σx
 * @param sumRest            Σy
 * @param sumRestSquared     Σy²
 * @param sumRestOfCorrect   Σxy, the rest scores of the correct attempts added up
 * @param selectionsByOption how many attempts selected each option, in the item's option order
 * @param unanswered         how many attempts selected nothing
 */
// Scores are whole numbers, so every sum is an exact long: plus and merge are exact, associative and commutative,
// and the order in which attempts arrive cannot change the result.
public record ItemTally(long attempts, long correct, long sumRest, long sumRestSquared, long sumRestOfCorrect,
                        Map<String, Long> selectionsByOption, long unanswered) {

    public ItemTally {
        Objects.requireNonNull(selectionsByOption, "selectionsByOption");
        ItemOptions.requireValid(List.copyOf(selectionsByOption.keySet()));
        if (attempts < 0 || sumRest < 0 || sumRestSquared < 0 || sumRestOfCorrect < 0 || sumRestOfCorrect > sumRest
                || !isCountOfAttempts(correct, attempts) || !isCountOfAttempts(unanswered, attempts)
                || !selectionsByOption.values().stream().allMatch(count -> isCountOfAttempts(count, attempts))) {
            throw new IllegalArgumentException("inconsistent tally");
        }
        selectionsByOption = Collections.unmodifiableMap(new LinkedHashMap<>(selectionsByOption));
    }

    private static boolean isCountOfAttempts(Long count, long attempts) {
        return count != null && count >= 0 && count <= attempts;
    }

    public static ItemTally empty(List<String> optionIds) {
        ItemOptions.requireValid(optionIds);
        Map<String, Long> none = new LinkedHashMap<>();
        optionIds.forEach(option -> none.put(option, 0L));
        return new ItemTally(0, 0, 0, 0, 0, none, 0);
    }

    public static ItemTally of(List<String> optionIds, List<Attempt> attempts) {
        ItemTally tally = empty(optionIds);
        for (Attempt attempt : attempts) {
            tally = tally.plus(attempt);
        }
        return tally;
    }

    public ItemTally plus(Attempt attempt) {
        ItemOptions.requireSelectionsAmong(attempt, selectionsByOption.keySet());
        long y = attempt.restScore();
        Map<String, Long> selections = new LinkedHashMap<>(selectionsByOption);
        attempt.selectedOptionIds().forEach(option -> selections.merge(option, 1L, Math::addExact));
        return new ItemTally(
                Math.addExact(attempts, 1),
                Math.addExact(correct, attempt.itemScore()),
                Math.addExact(sumRest, y),
                Math.addExact(sumRestSquared, Math.multiplyExact(y, y)),
                Math.addExact(sumRestOfCorrect, attempt.itemScore() * y),
                selections,
                Math.addExact(unanswered, attempt.isUnanswered() ? 1 : 0));
    }

    /** The tally of both sets of attempts; both must be of the same item's options. */
    public ItemTally merge(ItemTally other) {
        if (!selectionsByOption.keySet().equals(other.selectionsByOption.keySet())) {
            throw new IllegalArgumentException("cannot merge tallies of different options: "
                    + selectionsByOption.keySet() + " and " + other.selectionsByOption.keySet());
        }
        Map<String, Long> selections = new LinkedHashMap<>(selectionsByOption);
        other.selectionsByOption.forEach((option, count) -> selections.merge(option, count, Math::addExact));
        return new ItemTally(
                Math.addExact(attempts, other.attempts),
                Math.addExact(correct, other.correct),
                Math.addExact(sumRest, other.sumRest),
                Math.addExact(sumRestSquared, other.sumRestSquared),
                Math.addExact(sumRestOfCorrect, other.sumRestOfCorrect),
                selections,
                Math.addExact(unanswered, other.unanswered));
    }

    /** p = Σx / n; empty when n = 0. */
    public OptionalDouble facility() {
        return attempts == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct / attempts);
    }

    /**
     * Pearson's r of item and rest scores, which for a 0/1 item is the point-biserial correlation:
     * r = (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)). Empty when n &lt; 2 or either variance is 0.
     */
    public OptionalDouble discrimination() {
        if (attempts < 2) {
            return OptionalDouble.empty();
        }
        // Each term is n² times a (co)variance, kept in exact integers so that "variance is 0" is an exact test.
        long covariance = Math.subtractExact(Math.multiplyExact(attempts, sumRestOfCorrect),
                Math.multiplyExact(correct, sumRest));
        long itemVariance = Math.subtractExact(Math.multiplyExact(attempts, correct),
                Math.multiplyExact(correct, correct));
        long restVariance = Math.subtractExact(Math.multiplyExact(attempts, sumRestSquared),
                Math.multiplyExact(sumRest, sumRest));
        if (itemVariance == 0 || restVariance == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(covariance / Math.sqrt((double) itemVariance * (double) restVariance));
    }

    /** Empty when n = 0. */
    public Optional<SelectionRates> selectionRates() {
        if (attempts == 0) {
            return Optional.empty();
        }
        double n = attempts;
        Map<String, Double> byOption = new LinkedHashMap<>();
        selectionsByOption.forEach((option, count) -> byOption.put(option, count / n));
        return Optional.of(new SelectionRates(byOption, unanswered / n));
    }

    /**
     * The statistics this tally determines. Its flags never include
     * {@link ItemFlag#DISTRACTOR_BEATS_KEY_IN_TOP_THIRD}: the top third needs the attempts ranked by rest score, which
     * a tally does not keep; {@link ItemStatistics#of} judges it.
     */
    public ItemStatistics statistics() {
        OptionalDouble facility = facility();
        OptionalDouble discrimination = discrimination();
        return new ItemStatistics(attempts, facility, discrimination, selectionRates(),
                ItemFlagRules.fromMoments(attempts, facility, discrimination));
    }
}
