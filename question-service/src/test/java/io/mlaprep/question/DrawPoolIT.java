package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.question.bank.persistence.QuestionStore;
import io.mlaprep.question.bank.persistence.QuestionStore.Origin;
import io.mlaprep.question.draw.application.DrawPool;
import io.mlaprep.question.draw.domain.Candidate;
import io.mlaprep.question.support.QuestionServiceTest;
import io.mlaprep.testsupport.ApiClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The draws' shared list of active questions: when it is read again, and what a stale one may never cause. */
@QuestionServiceTest
class DrawPoolIT {

    private static final Set<Integer> ALL_DOMAINS = Set.of(1, 2, 3, 4);

    @LocalServerPort
    int port;
    @Autowired
    DrawPool pool;
    @Autowired
    QuestionStore store;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aQuestionAddedOrRetiredThroughThisInstanceCountsAtTheNextDraw() {
        pool.candidates(ALL_DOMAINS, Set.of());
        String id = "pool-" + UUID.randomUUID();

        store.create(id, Questions.multipleChoice(), Origin.AUTHOR, Instant.now());
        assertThat(candidate(id)).as("added").isPresent();

        store.retire(id, Instant.now());
        assertThat(candidate(id)).as("retired").isEmpty();
    }

    @Test
    void aQuestionRetiredThroughAnotherInstanceIsNotDrawnWhileThePoolStillListsIt() {
        String id = "pool-" + UUID.randomUUID();
        store.create(id, Questions.multipleChoice(), Origin.AUTHOR, Instant.now());
        assertThat(candidate(id)).isPresent();

        new QuestionStore(mongo).retire(id, Instant.now());

        assertThat(candidate(id)).as("the pool is not read again for another instance's write").isPresent();
        Candidate retired = candidate(id).orElseThrow();
        Set<String> others = pool.candidates(ALL_DOMAINS, Set.of()).stream()
                .filter(c -> c.taskStatement().equals(retired.taskStatement()) && c.type() == retired.type()
                        && !c.id().equals(id))
                .map(Candidate::id).collect(Collectors.toSet());
        Map<?, ?> drawn = new ApiClient(port, "session-service", "SERVICE").post("/internal/draws", Map.of(
                "slots", List.of(Map.of("domain", retired.domain(), "taskStatement", retired.taskStatement(),
                        "type", retired.type().name(), "count", 1, "preferLeastExposed", true)),
                "excludeQuestionIds", others, "countExposure", true), Map.class).getBody();
        assertThat((List<?>) drawn.get("items")).as("the only candidate left was retired").isEmpty();
    }

    @Test
    void anExposureCountedHereShowsWithoutReadingTheBankAgain() {
        String id = "pool-" + UUID.randomUUID();
        store.create(id, Questions.multipleChoice(), Origin.AUTHOR, Instant.now());
        assertThat(candidate(id).orElseThrow().exposure()).isZero();

        pool.countExposure(List.of(id));
        pool.countExposure(List.of(id));

        assertThat(candidate(id).orElseThrow().exposure()).isEqualTo(2);
        assertThat(store.active(List.of(ExamGuide.DOMAINS.get(1).id()), Set.of()).stream()
                .filter(q -> q.id().equals(id)).findFirst().orElseThrow().exposure()).as("in the bank too").isEqualTo(2);
    }

    private Optional<Candidate> candidate(String id) {
        return pool.candidates(ALL_DOMAINS, Set.of()).stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
