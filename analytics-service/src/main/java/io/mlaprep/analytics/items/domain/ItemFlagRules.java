package io.mlaprep.analytics.items.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/** When an item gets flagged for review. */
public final class ItemFlagRules {

    public static final int MIN_ATTEMPTS_FOR_FACILITY_FLAGS = 10;
    // Correlations and a third of the attempts are too noisy to act on below this.
    public static final int MIN_ATTEMPTS_FOR_DISCRIMINATION_FLAGS = 20;

    public static final double TOO_HARD_BELOW = 0.20;
    public static final double TOO_EASY_ABOVE = 0.95;
    public static final double LOW_DISCRIMINATION_BELOW = 0.15;

    private ItemFlagRules() {
    }

    static EnumSet<ItemFlag> flags(List<Attempt> attempts, Set<String> key, List<String> optionIds,
                                   OptionalDouble facility, OptionalDouble discrimination) {
        EnumSet<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        if (attempts.size() < MIN_ATTEMPTS_FOR_FACILITY_FLAGS) {
            flags.add(ItemFlag.INSUFFICIENT_ATTEMPTS_FOR_FACILITY_FLAGS);
        } else {
            double p = facility.orElseThrow();
            if (p < TOO_HARD_BELOW) {
                flags.add(ItemFlag.TOO_HARD);
            }
            if (p > TOO_EASY_ABOVE) {
                flags.add(ItemFlag.TOO_EASY);
            }
        }
        if (attempts.size() < MIN_ATTEMPTS_FOR_DISCRIMINATION_FLAGS) {
            flags.add(ItemFlag.INSUFFICIENT_ATTEMPTS_FOR_DISCRIMINATION_FLAGS);
        } else {
            if (discrimination.isPresent() && discrimination.getAsDouble() < LOW_DISCRIMINATION_BELOW) {
                flags.add(ItemFlag.LOW_DISCRIMINATION);
            }
            if (TopThird.distractorBeatsKey(attempts, key, optionIds)) {
                flags.add(ItemFlag.DISTRACTOR_BEATS_KEY_IN_TOP_THIRD);
            }
        }
        return flags;
    }
}
