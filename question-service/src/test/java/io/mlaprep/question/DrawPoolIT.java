package io.mlaprep.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.mlaprep.question.bank.persistence.QuestionStore;
import io.mlaprep.question.bank.persistence.QuestionStore.ActiveQuestion;
import io.mlaprep.question.bank.persistence.QuestionStore.Origin;
import io.mlaprep.question.draw.application.DrawPool;
import io.mlaprep.question.draw.application.ExposureWriter;
import io.mlaprep.question.draw.domain.Candidate;
import io.mlaprep.question.support.QuestionServiceTest;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The draws' shared list of active questions: when it is read again, and how draws go on meanwhile. */
@QuestionServiceTest
class DrawPoolIT {

    private static final Set<Integer> ALL_DOMAINS = Set.of(1, 2, 3, 4);
    /** Long beside the test's own run time, which the clock adds on. */
    private static final Duration MAX_AGE = Duration.ofHours(1);

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

    /** The hand-built pools' clock, and the background reads they asked for, run when a test says. */
    private final MutableClock clock = new MutableClock();
    private final List<Runnable> reads = new ArrayList<>();

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
    void aQuestionRetiredThroughAnotherInstanceLeavesOnceTheListHasAgedAndBeenReadInTheBackground() {
        DrawPool aged = handBuiltPool(store);
        String id = newQuestion();
        assertThat(candidate(aged, id)).isPresent();

        new QuestionStore(mongo).retire(id, Instant.now());
        assertThat(candidate(aged, id)).as("younger than the max age: not read again").isPresent();
        assertThat(reads).isEmpty();

        clock.advance(MAX_AGE);
        assertThat(candidate(aged, id)).as("aged: answered from the list it has while the bank is read").isPresent();
        assertThat(candidate(aged, id)).isPresent();
        assertThat(reads).as("one read at a time").hasSize(1);

        reads.removeFirst().run();
        assertThat(candidate(aged, id)).as("after the read").isEmpty();
        assertThat(reads).as("the new list is young").isEmpty();

        clock.advance(MAX_AGE);
        candidate(aged, id);
        assertThat(reads).as("aged again: the next read may start").hasSize(1);
    }

    @Test
    void aListTwiceTheMaxAgeIsReadAgainBeforeTheDraw() {
        DrawPool quiet = handBuiltPool(store);
        String id = newQuestion();
        assertThat(candidate(quiet, id)).isPresent();

        new QuestionStore(mongo).retire(id, Instant.now());
        clock.advance(MAX_AGE.multipliedBy(2));

        assertThat(candidate(quiet, id)).as("no draw came while it aged: read before this one").isEmpty();
        assertThat(reads).isEmpty();
    }

    @Test
    void drawsGoOnFromTheLastListWhileTheBankCannotBeRead() {
        AtomicBoolean bankDown = new AtomicBoolean();
        AtomicInteger attempts = new AtomicInteger();
        QuestionStore failing = new QuestionStore(mongo) {
            @Override
            public List<ActiveQuestion> active() {
                attempts.incrementAndGet();
                if (bankDown.get()) {
                    throw new DataAccessResourceFailureException("the bank is down");
                }
                return super.active();
            }
        };
        DrawPool survivor = handBuiltPool(failing);
        String id = newQuestion();
        int listed = survivor.candidates(ALL_DOMAINS, Set.of()).size();
        survivor.countExposure(List.of(id));

        bankDown.set(true);
        new QuestionStore(mongo).retire(id, Instant.now());
        clock.advance(MAX_AGE.multipliedBy(2));
        assertThat(survivor.candidates(ALL_DOMAINS, Set.of())).as("the last list, after one failed read")
                .hasSize(listed);
        assertThat(attempts).hasValue(2);
        assertThat(candidate(survivor, id).orElseThrow().exposure()).as("the exposure counted here, kept")
                .isEqualTo(1);

        survivor.candidates(ALL_DOMAINS, Set.of());
        assertThat(attempts).as("no draw waits for the bank right after a failed read").hasValue(2);
        assertThat(reads).as("it is tried in the background").hasSize(1);

        bankDown.set(false);
        reads.removeFirst().run();
        assertThat(candidate(survivor, id)).as("read again once the bank is back").isEmpty();
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
        return candidate(pool, id);
    }

    private DrawPool handBuiltPool(QuestionStore over) {
        return new DrawPool(over, exposure, clock, MAX_AGE, reads::add);
    }

    private String newQuestion() {
        String id = "pool-" + UUID.randomUUID();
        store.create(id, Questions.multipleChoice(), Origin.AUTHOR, Instant.now());
        return id;
    }

    private static Optional<Candidate> candidate(DrawPool from, String id) {
        return from.candidates(ALL_DOMAINS, Set.of()).stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
