package io.mlaprep.servicedefaults.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.Topics;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The claim rules, the same for every store. */
abstract class EventClaimsContract {

    abstract EventClaims claims();

    private static EventClaims.Claim at(String eventId, long offset) {
        return new EventClaims.Claim(eventId, new Delivery(Topics.ANSWER_SUBMITTED, 1, offset));
    }

    @Test
    void theFirstDeliveryOfAnEventIsItsOwnAndStaysSo() {
        String event = UUID.randomUUID().toString();

        assertThat(claims().claim(List.of(at(event, 5)))).containsExactly(true);
        assertThat(claims().claim(List.of(at(event, 5)))).as("the same record delivered again").containsExactly(true);
    }

    @Test
    void aCopyAtAnotherOffsetIsNot() {
        String event = UUID.randomUUID().toString();
        claims().claim(List.of(at(event, 5)));

        assertThat(claims().claim(List.of(at(event, 6)))).containsExactly(false);
    }

    @Test
    void aBatchClaimsItsEventsOnceEachWhetherCopiesAreInsideItOrSeenBefore() {
        String seen = UUID.randomUUID().toString();
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        claims().claim(List.of(at(seen, 1)));

        boolean[] own = claims().claim(List.of(at(seen, 1), at(a, 2), at(b, 3), at(a, 4), at(seen, 5)));

        assertThat(own).containsExactly(true, true, true, false, false);
    }
}
