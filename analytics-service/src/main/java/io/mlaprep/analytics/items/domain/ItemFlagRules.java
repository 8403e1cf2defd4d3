package io.mlaprep.analytics.items.domain;

import java.util.EnumSet;
import java.util.OptionalDouble;

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

    /** The flags that follow from the attempt count, facility and discrimination alone. */
    static EnumSet<ItemFlag> fromMoments(long attempts, OptionalDouble facility, OptionalDouble discrimination) {
        EnumSet<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        if (attempts < MIN_ATTEMPTS_FOR_FACILITY_FLAGS) {
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
        if (!judgesDiscrimination(attempts)) {
            flags.add(ItemFlag.INSUFFICIENT_ATTEMPTS_FOR_DISCRIMINATION_FLAGS);
        } else if (discrimination.isPresent() && discrimination.getAsDouble() < LOW_DISCRIMINATION_BELOW) {
            flags.add(ItemFlag.LOW_DISCRIMINATION);
        }
        return flags;
    }

    static boolean judgesDiscrimination(long attempts) {
        return attempts >= MIN_ATTEMPTS_FOR_DISCRIMINATION_FLAGS;
    }
}
