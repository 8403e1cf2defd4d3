package io.mlaprep.session.delivery.web;

import io.mlaprep.contracts.DomainResult;
import io.mlaprep.session.delivery.domain.SessionResult;
import io.mlaprep.session.delivery.domain.SessionStatus;
import java.util.List;

public record ResultView(SessionStatus status, Integer scaledScore, Boolean passed, int correctCount,
                         int scoredCount, List<DomainResult> domains) {

    static ResultView of(SessionResult result) {
        return new ResultView(SessionStatus.FINISHED, result.scaledScore(), result.passed(), result.correctCount(),
                result.scoredCount(), result.domains());
    }
}
