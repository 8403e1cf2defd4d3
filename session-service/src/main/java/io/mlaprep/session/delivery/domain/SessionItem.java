package io.mlaprep.session.delivery.domain;

import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.QuestionType;
import java.time.Instant;
import java.util.List;

/**
 * One item of a session: which question version it serves, in which shuffled order the learner sees
 * its options, and the learner's answer so far.
 *
 * @param scored        false for the 15 unscored pretest items of an exam (never shown to the learner)
 * @param optionOrder   option / step / prompt ids in the order shown
 * @param responseOrder matching only: right-hand ids in the order shown
 * @param correct       set once graded (immediately in practice modes, at finish in exams)
 * @param requestId     the client's id of the last accepted submission, for idempotent retries
 * @param reason        why this item was chosen, in words for the learner (adaptive, due-review and drill items),
 *                      or {@code null}
 * @param nextReview    when each answer would bring the item back for review, as the recommender saw it at the
 *                      session's start, or {@code null} (exams, or the recommender did not answer then)
 */
public record SessionItem(int n, String questionId, int version, int domain, String taskStatement,
                          QuestionType type, boolean scored, List<String> optionOrder, List<String> responseOrder,
                          ItemResponse response, Boolean correct, Instant answeredAt, boolean flagged,
                          Confidence confidence, String requestId, Long responseTimeMs, String reason,
                          NextReviewOutlook nextReview) {

    public SessionItem {
        optionOrder = List.copyOf(optionOrder);
        responseOrder = responseOrder == null ? List.of() : List.copyOf(responseOrder);
    }

    public boolean isAnswered() {
        return response != null;
    }

    public SessionItem answered(ItemResponse response, Boolean correct, Instant at, Confidence confidence,
                                String requestId, long responseTimeMs, boolean flagged) {
        return new SessionItem(n, questionId, version, domain, taskStatement, type, scored, optionOrder,
                responseOrder, response, correct, at, flagged, confidence, requestId, responseTimeMs, reason,
                nextReview);
    }

    public SessionItem withReason(String why) {
        return new SessionItem(n, questionId, version, domain, taskStatement, type, scored, optionOrder,
                responseOrder, response, correct, answeredAt, flagged, confidence, requestId, responseTimeMs, why,
                nextReview);
    }

    public SessionItem withNextReview(NextReviewOutlook outlook) {
        return new SessionItem(n, questionId, version, domain, taskStatement, type, scored, optionOrder,
                responseOrder, response, correct, answeredAt, flagged, confidence, requestId, responseTimeMs, reason,
                outlook);
    }

    public SessionItem flagged(boolean flag) {
        return new SessionItem(n, questionId, version, domain, taskStatement, type, scored, optionOrder,
                responseOrder, response, correct, answeredAt, flag, confidence, requestId, responseTimeMs, reason,
                nextReview);
    }

    public SessionItem graded(boolean isCorrect) {
        return new SessionItem(n, questionId, version, domain, taskStatement, type, scored, optionOrder,
                responseOrder, response, isCorrect, answeredAt, flagged, confidence, requestId, responseTimeMs, reason,
                nextReview);
    }
}
