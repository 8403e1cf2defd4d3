package io.mlaprep.session.delivery.domain;

import io.mlaprep.contracts.DomainResult;
import java.util.List;

/**
 * The outcome of a finished session. For exams only scored items count, unanswered ones as wrong,
 * and {@code scaledScore} and {@code passed} are set; other modes count every item.
 */
public record SessionResult(int correctCount, int scoredCount, Integer scaledScore, Boolean passed,
                            List<DomainResult> domains) {

    public SessionResult {
        domains = List.copyOf(domains);
    }
}
