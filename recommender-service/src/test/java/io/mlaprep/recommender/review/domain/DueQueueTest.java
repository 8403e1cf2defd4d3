package io.mlaprep.recommender.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.recommender.catalog.domain.CatalogueItem;
import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.memory.domain.MemoryState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DueQueueTest {

    /** 21:00 UTC, so "by the end of today" is three hours away. */
    private static final Instant NOW = Instant.parse("2026-12-02T21:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");

    private final Fsrs fsrs = new Fsrs();
    private final Map<String, MemoryState> memory = new HashMap<>();
    private final List<CatalogueItem> active = new ArrayList<>();

    @Test
    void countsWhatIsDueNowByTheEndOfTheUtcDayAndOnEachOfTheNextSevenDays() {
        scheduled("overdue-a", NOW.minus(Duration.ofDays(9)));
        scheduled("overdue-b", NOW.minusSeconds(1));
        scheduled("exactly-now", NOW);
        scheduled("tonight", NOW.plus(Duration.ofMinutes(179)));
        scheduled("tomorrow-early", Instant.parse("2026-12-03T00:00:00Z"));
        scheduled("tomorrow-late", Instant.parse("2026-12-03T23:59:59Z"));
        scheduled("in-four-days", Instant.parse("2026-12-06T10:00:00Z"));
        scheduled("in-seven-days", Instant.parse("2026-12-09T23:00:00Z"));
        scheduled("in-eight-days", Instant.parse("2026-12-10T00:00:01Z"));

        DueSummary summary = queue().summary();

        assertThat(summary.dueNow()).isEqualTo(3);
        assertThat(summary.dueToday()).isEqualTo(4);
        assertThat(summary.next()).containsExactly(
                new DueSummary.Day(TODAY.plusDays(1), 2), new DueSummary.Day(TODAY.plusDays(2), 0),
                new DueSummary.Day(TODAY.plusDays(3), 0), new DueSummary.Day(TODAY.plusDays(4), 1),
                new DueSummary.Day(TODAY.plusDays(5), 0), new DueSummary.Day(TODAY.plusDays(6), 0),
                new DueSummary.Day(TODAY.plusDays(7), 1));
    }

    @Test
    void servesTheDueItemsMostOverdueFirstWithTheirReason() {
        scheduled("q-b", NOW.minus(Duration.ofDays(2)));
        scheduled("q-c", NOW.minus(Duration.ofDays(9)));
        scheduled("q-a", NOW.minus(Duration.ofDays(2)));
        scheduled("q-later", NOW.plus(Duration.ofDays(1)));

        List<DueItem> due = queue().dueNow(10, fsrs);

        assertThat(due).extracting(DueItem::questionId).containsExactly("q-c", "q-a", "q-b");
        assertThat(due.getFirst().explanation()).startsWith("You last reviewed this 14 days ago; recall is down to ");
        assertThat(due).allSatisfy(item -> assertThat(item.retrievability()).isBetween(0.0, 1.0));
        assertThat(queue().dueNow(2, fsrs)).extracting(DueItem::questionId).containsExactly("q-c", "q-a");
    }

    @Test
    void namesTheNextReviewWhenNothingIsDue() {
        scheduled("q-next-week", NOW.plus(Duration.ofDays(6)));
        scheduled("q-soon", NOW.plus(Duration.ofDays(3)));

        assertThat(queue().dueNow(10, fsrs)).isEmpty();
        assertThat(queue().nextDue()).contains(NOW.plus(Duration.ofDays(3)));
        assertThat(DueQueue.of(Map.of(), active, NOW).nextDue()).isEmpty();
    }

    @Test
    void leavesOutRetiredQuestionsNoSessionCouldServe() {
        scheduled("q-active", NOW.minus(Duration.ofDays(1)));
        memory.put("q-retired", memoryDue(NOW.minus(Duration.ofDays(5))));

        assertThat(queue().summary().dueNow()).isEqualTo(1);
        assertThat(queue().dueNow(10, fsrs)).extracting(DueItem::questionId).containsExactly("q-active");
    }

    private DueQueue queue() {
        return DueQueue.of(memory, active, NOW);
    }

    private void scheduled(String questionId, Instant due) {
        memory.put(questionId, memoryDue(due));
        active.add(new CatalogueItem(questionId, 2, "2.2", null));
    }

    /** A memory reviewed five days before it falls due. */
    private static MemoryState memoryDue(Instant due) {
        return new MemoryState(4.9, 5.0, 2, 0, due.minus(Duration.ofDays(5)), due);
    }
}
