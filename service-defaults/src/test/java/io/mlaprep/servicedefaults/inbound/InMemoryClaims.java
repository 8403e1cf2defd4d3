package io.mlaprep.servicedefaults.inbound;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The claim rule on a map, for tests of the gate's own logic. */
final class InMemoryClaims implements EventClaims {

    private final Map<String, Delivery> first = new HashMap<>();

    @Override
    public boolean[] claim(List<Claim> claims) {
        boolean[] own = new boolean[claims.size()];
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            own[i] = first.computeIfAbsent(claim.eventId(), id -> claim.delivery()).equals(claim.delivery());
        }
        return own;
    }
}
