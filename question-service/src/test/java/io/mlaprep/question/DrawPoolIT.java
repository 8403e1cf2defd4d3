package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.question.bank.persistence.QuestionStore;
import io.mlaprep.question.bank.persistence.QuestionStore.Origin;
import io.mlaprep.question.draw.application.DrawPool;
import io.mlaprep.question.draw.application.ExposureWriter;
import io.mlaprep.question.draw.domain.Candidate;
import io.mlaprep.question.support.QuestionServiceTest;
import io.mlaprep.testsupport.ApiClient;
import java.time.Duration;
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
    @Autowired
    ExposureWriter exposure;

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
        assertThat(drawAsTheOnlyCandidate(id)).as("the only candidate left was retired").isEmpty();
    }

    @Test
    void anExamDrawsExposureReachesTheBankAfterTheDrawHasAnswered() {
        String id = "pool-" + UUID.randomUUID();
        store.create(id, Questions.multipleChoice(), Origin.AUTHOR, Instant.now());

        assertThat(drawAsTheOnlyCandidate(id)).hasSize(1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(storedExposure(id)).isEqualTo(1));
    }

    /** An exam draw of one item from the slot of {@code id}, every other question of that slot excluded. */
    private List<?> drawAsTheOnlyCandidate(String id) {
        Candidate only = candidate(id).orElseThrow();
        Set<String> others = pool.candidates(ALL_DOMAINS, Set.of()).stream()
                .filter(c -> c.taskStatement().equals(only.taskStatement()) && c.type() == only.type()
                        && !c.id().equals(id))
                .map(Candidate::id).collect(Collectors.toSet());
        Map<?, ?> drawn = new ApiClient(port, "session-service", "SERVICE").post("/internal/draws", Map.of(
                "slots", List.of(Map.of("domain", only.domain(), "taskStatement", only.taskStatement(),
                        "type", only.type().name(), "count", 1, "preferLeastExposed", true)),
                "excludeQuestionIds", others, "countExposure", true), Map.class).getBody();
        return (List<?>) drawn.get("items");
    }

    @Test
    void anExposureCountedHereShowsWithoutReadingTheBankAgain() {
        String id = "pool-" + UUID.randomUUID();
        store.create(id, Questions.multipleChoice(), Origin.AUTHOR, Instant.now());
        assertThat(candidate(id).orElseThrow().exposure()).isZero();

        pool.countExposure(List.of(id));
        pool.countExposure(List.of(id));

        assertThat(candidate(id).orElseThrow().exposure()).isEqualTo(2);
        exposure.flush();
        assertThat(storedExposure(id)).as("in the bank too").isEqualTo(2);
    }

    private long storedExposure(String id) {
        return store.active().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow()
                .exposure();
    }

    private Optional<Candidate> candidate(String id) {
        return pool.candidates(ALL_DOMAINS, Set.of()).stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
