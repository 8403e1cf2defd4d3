package io.mlaprep.localstack;

import java.time.Duration;

/**
 * How long to wait before starting a crashed part again, as a process supervisor (or Kubernetes' CrashLoopBackOff)
 * does: a second after a crash of a part that had run a while, then twice as long after each crash that follows
 * soon after a start, up to a cap, so a part that cannot start does not take the machine with it.
 */
final class RestartBackoff {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration CAP = Duration.ofSeconds(60);
    /** A part that ran this long before crashing starts again after {@link #FIRST}, as after its first crash. */
    static final Duration STEADY = Duration.ofMinutes(5);

    private Duration next = FIRST;

    /** The wait before the next start of a part that crashed after running for {@code ran}. */
    Duration afterCrash(Duration ran) {
        if (ran.compareTo(STEADY) >= 0) {
            next = FIRST;
        }
        Duration wait = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(CAP) > 0 ? CAP : doubled;
        return wait;
    }
}
