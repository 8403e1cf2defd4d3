package io.mlaprep.session.delivery.persistence;

import java.util.List;

/**
 * An item in its open session's hash ({@code i:<n>}) or in a finished one's {@link FinishedItems}. Short names: a
 * 65-item exam holds 65 of these.
 * q question, v version, d domain, t task statement, ty type, s scored, o option order,
 * r response order, a answer, c correct, at answered at (ms), f flagged, cf confidence,
 * rid request id, ms response time, rs the reason it was chosen (absent in sessions stored before reasons, and
 * in modes that give none), nr the next-review outlook (open sessions only: feedback is given while a session is
 * open, so a finished one drops it).
 */
record StoredItem(String q, int v, int d, String t, String ty, boolean s, List<String> o, List<String> r,
                  StoredResponse a, Boolean c, Long at, boolean f, String cf, String rid, Long ms,
                  String rs, StoredOutlook nr) {
}
