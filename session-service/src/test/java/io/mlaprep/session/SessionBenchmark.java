package io.mlaprep.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.session.catalog.application.QuestionCatalog;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.persistence.SessionKeys;
import io.mlaprep.session.delivery.persistence.SessionStore;
import io.mlaprep.session.support.Answers;
import io.mlaprep.session.support.LearnerClient;
import io.mlaprep.session.support.SessionServiceTest;
import io.mlaprep.testsupport.BenchmarkReport;
import io.mlaprep.testsupport.Latencies;
import io.mlaprep.testsupport.MutableClock;
import io.mlaprep.testsupport.RedisFootprint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Measures (does not judge) Redis bytes per exam session and response-submission latency under a
 * moderate concurrent load. Run:
 * {@code ./mvnw -Pbenchmark -pl session-service -am verify -Dit.test=SessionBenchmark}
 * Results print to the console and to target/benchmarks/sessions.txt.
 */
@SessionServiceTest
class SessionBenchmark {

    private static final int LEARNERS = 4;
    private static final int SESSIONS_EACH = 15;

    @LocalServerPort
    int port;
    @Autowired
    SessionStore store;
    @Autowired
    SessionKeys keys;
    @Autowired
    QuestionCatalog catalog;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    MutableClock clock;

    @Test
    void bytesPerExamSessionAndSubmissionLatency() throws Exception {
        List<String> report = new ArrayList<>();
        LearnerClient examinee = new LearnerClient(port, "bench-exam-" + UUID.randomUUID());
        String exam = examinee.startId(Map.of("mode", "EXAM"));
        String key = keys.session(examinee.id(), exam);
        report.add("exam session, just started: " + RedisFootprint.bytes(redis, key) + " bytes (MEMORY USAGE " + key + ")");
        Random pace = new Random(7);
        for (SessionItem item : store.load(examinee.id(), exam).orElseThrow().items()) {
            clock.advance(Duration.ofMillis(5_000 + pace.nextInt(20_000)));
            examinee.item(exam, item.n());
            // an exam's pace: 65 items in about 85 of its 130 minutes, so the times stored are as varied as a sitting's
            clock.advance(Duration.ofMillis(20_000 + pace.nextInt(100_000)));
            // with a request id, as the web client sends one with every answer
            examinee.respond(exam, item.n(), Answers.with(Answers.with(Answers.right(question(item)),
                    "confidence", "MEDIUM"), "requestId", UUID.randomUUID().toString()));
        }
        report.add("exam session, all 65 answered and seen: " + RedisFootprint.bytes(redis, key) + " bytes");
        examinee.finish(exam);
        clock.resetToSystemTime();
        report.add("exam session, finished: " + RedisFootprint.bytes(redis, key) + " bytes (" + RedisFootprint.encoding(redis, key) + "; field bytes: "
                + fieldSizes(key) + ")");

        ExecutorService pool = Executors.newFixedThreadPool(LEARNERS);
        Latencies warmUp = new Latencies(LEARNERS * SESSIONS_EACH * 10);
        List<Future<?>> warming = new ArrayList<>();
        for (int l = 0; l < LEARNERS; l++) {
            warming.add(pool.submit(() -> practise(new LearnerClient(port, "warm-" + UUID.randomUUID()), warmUp)));
        }
        for (Future<?> run : warming) {
            run.get();
        }
        Latencies latencies = new Latencies(LEARNERS * SESSIONS_EACH * 10);
        List<Future<?>> runs = new ArrayList<>();
        long start = System.nanoTime();
        for (int l = 0; l < LEARNERS; l++) {
            runs.add(pool.submit(() -> practise(new LearnerClient(port, "bench-" + UUID.randomUUID()), latencies)));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        report.add(String.format("response submissions, %d learners in parallel, %d practice answers in %.1f s "
                + "(%.0f/s, sessions started in between): %s", LEARNERS, latencies.count(), seconds,
                latencies.count() / seconds, latencies.summary()));

        BenchmarkReport.write("sessions", report);
    }

    private void practise(LearnerClient learner, Latencies latencies) {
        for (int s = 0; s < SESSIONS_EACH; s++) {
            String session = learner.startId(Map.of("mode", "PRACTICE", "size", 10));
            for (SessionItem item : store.load(learner.id(), session).orElseThrow().items()) {
                Map<String, Object> answer = Answers.right(question(item));
                long t0 = System.nanoTime();
                int status = learner.respond(session, item.n(), answer).getStatusCode().value();
                long elapsed = System.nanoTime() - t0;
                assertThat(status).isEqualTo(200);
                synchronized (latencies) {
                    latencies.record(elapsed);
                }
            }
        }
    }

    private CatalogItem question(SessionItem item) {
        return catalog.version(item.questionId(), item.version());
    }

    private Map<String, Long> fieldSizes(String key) {
        Map<String, Long> sizes = new TreeMap<>();
        redis.opsForHash().keys(key).forEach(field ->
                sizes.put((String) field, redis.opsForHash().lengthOfValue(key, field)));
        return sizes;
    }
}
