package io.mlaprep.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import io.mlaprep.localstack.NetworkRecorder.Exchange;
import org.junit.jupiter.api.Test;

class AnswerKeyExposureTest {

    private final List<Exchange> recorded = new ArrayList<>();

    private void got(String method, String path, String body) {
        recorded.add(new Exchange(recorded.size(), "test", method, path, 200, body));
    }

    @Test
    void practiceFeedbackAfterAnAnswerIsDue() {
        got("POST", "/api/sessions", "{\"id\":\"p\",\"mode\":\"PRACTICE\",\"status\":\"IN_PROGRESS\"}");
        got("GET", "/api/sessions/p/items/0", "{\"n\":0,\"type\":\"MULTIPLE_CHOICE\",\"options\":[{\"id\":\"a\",\"text\":\"A\"}]}");
        got("PUT", "/api/sessions/p/items/0/response", "{\"correct\":true,\"correctResponse\":{\"optionIds\":[\"a\"]},\"explanation\":\"x\"}");
        got("GET", "/api/sessions/p/review", "{\"items\":[{\"n\":0,\"response\":{\"optionIds\":[\"a\"]},\"correct\":true}]}");

        assertThat(AnswerKeyExposure.violations(recorded)).isEmpty();
    }

    @Test
    void anItemThatCarriesItsKeyIsCaughtInAnyMode() {
        got("POST", "/api/sessions", "{\"id\":\"p\",\"mode\":\"PRACTICE\"}");
        got("GET", "/api/sessions/p/items/3", "{\"n\":3,\"options\":[{\"id\":\"a\",\"text\":\"A\",\"explanation\":\"why\"}]}");

        assertThat(AnswerKeyExposure.violations(recorded)).singleElement().asString()
                .contains("/api/sessions/p/items/3").contains("[explanation]");
    }

    @Test
    void anExamAnswerOrReviewBeforeFinishMayNotCarryTheKey() {
        got("POST", "/api/sessions", "{\"id\":\"e\",\"mode\":\"EXAM\"}");
        got("PUT", "/api/sessions/e/items/0/response", "{\"saved\":true,\"correct\":false}");
        got("GET", "/api/sessions/e/review", "{\"items\":[{\"n\":0,\"response\":{},\"correctResponse\":{}}]}");

        assertThat(AnswerKeyExposure.violations(recorded)).hasSize(2);
    }

    @Test
    void aPracticeReviewListingUnansweredItemsIsCaught() {
        got("POST", "/api/sessions", "{\"id\":\"p\",\"mode\":\"PRACTICE\"}");
        got("GET", "/api/sessions/p/review", "{\"items\":[{\"n\":1,\"response\":null,\"correctResponse\":{}}]}");

        assertThat(AnswerKeyExposure.violations(recorded)).hasSize(1);
    }

    @Test
    void afterFinishTheResultAndReviewAreDue() {
        got("GET", "/api/sessions/e", "{\"id\":\"e\",\"mode\":\"EXAM\",\"status\":\"IN_PROGRESS\"}");
        got("POST", "/api/sessions/e/finish", "{\"status\":\"FINISHED\",\"domains\":[{\"domain\":1,\"correct\":3,\"total\":14}]}");
        got("GET", "/api/sessions/e", "{\"id\":\"e\",\"mode\":\"EXAM\",\"status\":\"FINISHED\",\"result\":{\"domains\":[{\"correct\":3}]}}");
        got("GET", "/api/sessions/e/review", "{\"items\":[{\"n\":0,\"correctResponse\":{},\"explanation\":\"x\"}]}");

        assertThat(AnswerKeyExposure.violations(recorded)).isEmpty();
    }

    @Test
    void aSessionThatCarriesResultsWhileInProgressIsCaught() {
        got("GET", "/api/sessions/e", "{\"id\":\"e\",\"mode\":\"EXAM\",\"status\":\"IN_PROGRESS\",\"items\":[{\"correct\":true}]}");

        assertThat(AnswerKeyExposure.violations(recorded)).hasSize(1);
    }
}
