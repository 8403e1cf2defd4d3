package io.mlaprep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearnerVisibleErrorsTest {

    /** The recommender down from 1,000 to 2,000 ms, then 500 ms of grace; Redis down from 5,000 to 5,400 ms. */
    private static final List<FaultWindow> WINDOWS = List.of(
            new FaultWindow("recommender stopped", Set.of(StackPart.RECOMMENDER), 1_000, 2_000, 500, null),
            new FaultWindow("Redis restarted", Set.of(StackPart.REDIS), 5_000, 5_400, 500, null));

    @Test
    void aFailureOfARequestThatNeedsTheStoppedPartIsExplained() {
        LearnerVisibleErrors errors = attribute(new RequestLog.Outcome(1_500, FaultRequests.RECOMMENDATIONS, 503, false));

        assertThat(errors.perFault().get(0).explained()).containsExactly(Map.entry(FaultRequests.RECOMMENDATIONS + " → 503", 1));
        assertThat(errors.unexplainedTotal()).isZero();
    }

    @Test
    void aFailureOfARequestThatDoesNotNeedTheStoppedPartIsNot() {
        LearnerVisibleErrors errors = attribute(new RequestLog.Outcome(1_500, FaultRequests.ANSWER, 500, false));

        assertThat(errors.perFault().get(0).unexplained()).containsExactly(Map.entry(FaultRequests.ANSWER + " → 500", 1));
        assertThat(errors.unexplainedTotal()).isEqualTo(1);
    }

    @Test
    void aRequestWithoutAnswerIsAFailureWithStatusZero() {
        LearnerVisibleErrors errors = attribute(new RequestLog.Outcome(5_200, FaultRequests.ANSWER, 0, false));

        assertThat(errors.perFault().get(1).explained()).containsExactly(Map.entry(FaultRequests.ANSWER + " → no response", 1));
    }

    @Test
    void failuresInTheGraceAfterThePartIsBackAreKeptApart() {
        LearnerVisibleErrors errors = attribute(new RequestLog.Outcome(2_300, FaultRequests.RECOMMENDATIONS, 503, false));

        assertThat(errors.perFault().get(0).afterBack()).hasSize(1);
        assertThat(errors.perFault().get(0).explained()).isEmpty();
        assertThat(errors.unexplainedTotal()).isZero();
    }

    @Test
    void failuresOutsideEveryFaultAreUnexplained() {
        LearnerVisibleErrors errors = attribute(new RequestLog.Outcome(3_000, FaultRequests.DASHBOARD, 502, false),
                new RequestLog.Outcome(900, FaultRequests.ITEM, 404, false));

        assertThat(errors.outsideFaults()).containsOnlyKeys(FaultRequests.DASHBOARD + " → 502", FaultRequests.ITEM + " → 404");
        assertThat(errors.unexplainedTotal()).isEqualTo(2);
    }

    @Test
    void successesCountAsRequestsOfTheirWindowOnly() {
        LearnerVisibleErrors errors = attribute(new RequestLog.Outcome(1_200, FaultRequests.ITEM, 200, true),
                new RequestLog.Outcome(5_100, FaultRequests.ITEM, 200, true),
                new RequestLog.Outcome(9_000, FaultRequests.ITEM, 200, true));

        assertThat(errors.perFault()).extracting(LearnerVisibleErrors.PerFault::requests).containsExactly(1, 1);
        assertThat(errors.requests()).isEqualTo(3);
        assertThat(errors.unexplainedTotal()).isZero();
    }

    @Test
    void anUnknownRequestNameIsAnError() {
        assertThatThrownBy(() -> attribute(new RequestLog.Outcome(1_500, "GET /nowhere", 500, false)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static LearnerVisibleErrors attribute(RequestLog.Outcome... outcomes) {
        return LearnerVisibleErrors.attribute(List.of(outcomes), WINDOWS);
    }
}
