package io.mlaprep.analytics.items.domain;

import static io.mlaprep.analytics.items.domain.AttemptFixtures.correct;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.incorrect;
import static io.mlaprep.analytics.items.domain.AttemptFixtures.unanswered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Items left unanswered in an exam are omissions: counted apart, never attempts. */
class ItemOmissionsTest {

    private static final List<String> OPTIONS = List.of("A", "B", "C", "D");

    @Test
    void throwawayExamsLeaveNoAttemptsAndNoTooHardFlag() {
        List<Attempt> encounters = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            encounters.add(unanswered(0));
        }
        encounters.add(correct(30, "A"));

        ItemStatistics statistics = ItemStatistics.ofEncounters(encounters, Set.of("A"), OPTIONS);

        assertThat(statistics.attempts()).isEqualTo(1);
        assertThat(statistics.omitted()).isEqualTo(15);
        assertThat(statistics.facility().getAsDouble()).isEqualTo(1.0);
        assertThat(statistics.flags()).doesNotContain(ItemFlag.TOO_HARD)
                .contains(ItemFlag.INSUFFICIENT_ATTEMPTS_FOR_FACILITY_FLAGS);
        assertThat(statistics.omittedRate().getAsDouble()).isCloseTo(15 / 16.0, within(1e-12));
    }

    @Test
    void answeredEncountersGiveTheSameStatisticsWithOrWithoutOmissionsAmongThem() {
        List<Attempt> answered = List.of(correct(9, "A"), incorrect(5, "B"), correct(7, "A"), incorrect(2, "C"));
        List<Attempt> withOmissions = new ArrayList<>(answered);
        withOmissions.add(unanswered(3));
        withOmissions.add(unanswered(1));

        ItemStatistics plain = ItemStatistics.of(answered, Set.of("A"), OPTIONS);
        ItemStatistics encountered = ItemStatistics.ofEncounters(withOmissions, Set.of("A"), OPTIONS);

        assertThat(encountered.attempts()).isEqualTo(4);
        assertThat(encountered.facility()).isEqualTo(plain.facility());
        assertThat(encountered.discrimination()).isEqualTo(plain.discrimination());
        assertThat(encountered.selectionRates()).isEqualTo(plain.selectionRates());
        assertThat(encountered.omitted()).isEqualTo(2);
    }

    @Test
    void anItemNobodyAnsweredHasNoRates() {
        ItemStatistics statistics = ItemStatistics.ofEncounters(List.of(unanswered(0), unanswered(4)), Set.of("A"),
                OPTIONS);

        assertThat(statistics.attempts()).isZero();
        assertThat(statistics.facility()).isEmpty();
        assertThat(statistics.selectionRates()).isEmpty();
        assertThat(statistics.omittedRate().getAsDouble()).isEqualTo(1.0);
    }
}
