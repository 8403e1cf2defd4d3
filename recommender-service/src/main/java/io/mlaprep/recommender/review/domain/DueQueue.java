package io.mlaprep.recommender.review.domain;

import io.mlaprep.recommender.catalog.domain.CatalogueItem;
import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.memory.domain.MemoryState;
import io.mlaprep.recommender.policy.domain.ReviewExplanation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's spaced-review queue: the active questions they answered, by the instant FSRS scheduled each next.
 * Due means scheduled at or before {@code now}; days are UTC calendar days. Retired questions are left out: no
 * session could serve them.
 */
public final class DueQueue {

    /** How many days after today {@link #summary()} counts. */
    public static final int DAYS_AHEAD = 7;

    private final List<Scheduled> scheduled;
    private final Instant now;

    private DueQueue(List<Scheduled> scheduled, Instant now) {
        this.scheduled = scheduled;
        this.now = now;
    }

    /**
     * @param memory   the learner's memory per question answered
     * @param active   the questions that may be served
     */
    public static DueQueue of(Map<String, MemoryState> memory, List<CatalogueItem> active, Instant now) {
        Objects.requireNonNull(now, "now");
        List<Scheduled> scheduled = new ArrayList<>();
        for (CatalogueItem item : active) {
            MemoryState state = memory.get(item.questionId());
            if (state != null) {
                scheduled.add(new Scheduled(item, state));
            }
        }
        // most overdue first: the earliest due, ties by question id so the same state gives the same order
        scheduled.sort(Comparator.comparing((Scheduled s) -> s.memory().due())
                .thenComparing(s -> s.item().questionId()));
        return new DueQueue(List.copyOf(scheduled), now);
    }

    /** How many are due now, by the end of today, and on each of the next {@link #DAYS_AHEAD} days (zeros kept). */
    public DueSummary summary() {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int dueNow = 0;
        int dueToday = 0;
        int[] perDay = new int[DAYS_AHEAD];
        for (Scheduled s : scheduled) {
            Instant due = s.memory().due();
            if (!due.isAfter(now)) {
                dueNow++;
            }
            long day = ChronoUnit.DAYS.between(today, LocalDate.ofInstant(due, ZoneOffset.UTC));
            if (day <= 0) {
                dueToday++;
            } else if (day <= DAYS_AHEAD) {
                perDay[(int) day - 1]++;
            }
        }
        List<DueSummary.Day> next = new ArrayList<>(DAYS_AHEAD);
        for (int d = 0; d < DAYS_AHEAD; d++) {
            next.add(new DueSummary.Day(today.plusDays(d + 1), perDay[d]));
        }
        return new DueSummary(dueNow, dueToday, next);
    }

    /** The items due now, most overdue (earliest scheduled) first, each with the reason in the learner's words. */
    public List<DueItem> dueNow(int limit, Fsrs fsrs) {
        List<DueItem> due = new ArrayList<>();
        for (Scheduled s : scheduled) {
            if (due.size() == limit || s.memory().due().isAfter(now)) {
                break;
            }
            double recall = fsrs.retrievability(s.memory(), now);
            due.add(new DueItem(s.item().questionId(), s.item().domain(), s.item().taskStatement(), s.memory().due(),
                    recall, ReviewExplanation.due(s.memory(), recall, now)));
        }
        return due;
    }

    /** When the first review after now falls, if any is scheduled. */
    public Optional<Instant> nextDue() {
        return scheduled.stream().map(s -> s.memory().due()).filter(due -> due.isAfter(now)).findFirst();
    }

    private record Scheduled(CatalogueItem item, MemoryState memory) {
    }
}
