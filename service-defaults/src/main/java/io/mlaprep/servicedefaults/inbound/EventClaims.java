package io.mlaprep.servicedefaults.inbound;

import java.util.List;

/**
 * Remembers, per event id, the delivery that first brought the event. A second copy of an event (a producer
 * retry, or a relay that crashed after Kafka's acknowledgement and sent its batch again) lands at another
 * offset and is recognised; a redelivery of the same record is the event's own and is let through, so a
 * consumer that crashed half-way finishes its work. A copy of an event always shares its key, hence its
 * partition and its consumer, so no other consumer of the group races the claim.
 */
public interface EventClaims {

    /** For each claim, in order: true if its delivery is the event's own (first seen here, or seen before at this very place). */
    boolean[] claim(List<Claim> claims);

    record Claim(String eventId, Delivery delivery) {
    }
}
