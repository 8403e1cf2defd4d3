package io.mlaprep.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.analytics.cohort.application.DashboardRefresher;
import io.mlaprep.analytics.cohort.persistence.CohortStore;
import io.mlaprep.analytics.support.AnalyticsServiceTest;
import io.mlaprep.analytics.support.Events;
import io.mlaprep.contracts.Topics;
import io.mlaprep.testsupport.ApiClient;
import io.mlaprep.testsupport.BenchmarkReport;
import io.mlaprep.testsupport.EventPublisher;
import io.mlaprep.testsupport.Latencies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures (does not judge): the dashboard of a 10,000-learner cohort, and the delay from publishing
 * an answer to seeing it in the learner's view while answers arrive at 1,000 per second. Run:
 * {@code ./mvnw -Pbenchmark -pl analytics-service -am verify -Dit.test=AnalyticsBenchmark}
 */
@AnalyticsServiceTest
class AnalyticsBenchmark {

    private static final int COHORT_SIZE = 10_000;
    private static final int RATE = 1_000;
    private static final int SECONDS = 20;

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    DashboardRefresher refresher;
    @Autowired
    CohortStore cohorts;

    @Test
    void dashboardOfTenThousandLearnersAndEventToViewDelay() throws Exception {
        List<String> report = new ArrayList<>();
        report.addAll(dashboard());
        report.add(eventToViewDelay());
        BenchmarkReport.write("analytics", report);
    }

    private List<String> dashboard() {
        ApiClient instructor = new ApiClient(port, "bench-teacher", "INSTRUCTOR");
        String cohortId = (String) instructor.post("/api/cohorts", Map.of("name", "Big cohort"), Map.class).getBody()
                .get("id");
        List<Document> members = new ArrayList<>();
        List<Document> views = new ArrayList<>();
        for (int i = 0; i < COHORT_SIZE; i++) {
            String learner = "big-" + i;
            members.add(new Document("_id", cohortId + ":" + learner).append("cohortId", cohortId)
                    .append("learnerId", learner).append("displayName", "Learner " + i).append("joinedAt", Instant.now()));
            double mastery = (i % 100) / 100.0;
            views.add(new Document("_id", learner).append("answered", 100).append("correct", 60)
                    .append("lastActiveAt", Instant.now().minusSeconds((i % 14) * 86_400L))
                    .append("domains", new Document("1", new Document("answered", 30).append("correct", 20))
                            .append("3", new Document("answered", 20).append("correct", 9)))
                    .append("model", new Document("domains", List.of(new Document("domain", 1).append("mastery", mastery),
                            new Document("domain", 3).append("mastery", 1 - mastery)))
                            .append("readiness", new Document("predictedScore", 400 + (i % 600))
                                    .append("low", 360 + (i % 600)).append("high", 440 + (i % 600))
                                    .append("passProbability", (i % 100) / 100.0)))
                    .append("cohorts", List.of(cohortId)));
        }
        mongo.insert(members, "memberships");
        mongo.insert(views, "learner_views");

        long start = System.nanoTime();
        refresher.refresh(cohorts.find(cohortId).orElseThrow());
        double recompute = (System.nanoTime() - start) / 1e6;

        Latencies latencies = new Latencies(300);
        for (int i = 0; i < 50; i++) {
            instructor.get("/api/cohorts/" + cohortId + "/dashboard", Map.class);
        }
        for (int i = 0; i < 300; i++) {
            latencies.time(() -> assertThat(instructor.get("/api/cohorts/" + cohortId + "/dashboard", Map.class)
                    .getBody()).containsEntry("learnerCount", COHORT_SIZE));
        }
        return List.of(String.format("dashboard recompute for %,d learners: %.0f ms", COHORT_SIZE, recompute),
                "GET dashboard of a 10,000-learner cohort: " + latencies.summary());
    }

    /** One probe learner per 50 answers; the delay is from sending its answer to seeing it in the view. */
    private String eventToViewDelay() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        String run = UUID.randomUUID().toString().substring(0, 6);
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Latencies delays = new Latencies(RATE * SECONDS / 50 + 10);
        Thread watcher = Thread.ofVirtual().start(() -> watch(sentAt, delays));
        int total = RATE * SECONDS;
        long begin = System.nanoTime();
        try (EventPublisher publisher = new EventPublisher()) {
            for (int i = 0; i < total; i++) {
                long wait = begin + (long) i * 1_000_000_000L / RATE - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                boolean probe = i % 50 == 0;
                String learner = probe ? "probe-" + run + "-" + i : "load-" + run + "-" + (i % 2_000);
                if (probe) {
                    sentAt.put(learner, System.nanoTime());
                }
                publisher.send(Topics.ANSWER_SUBMITTED, learner, json.writeValueAsString(Events.answer(learner,
                        "s-" + learner, "PRACTICE", i, "q-" + (i % 300), "2.2", i % 3 != 0, true, Instant.now())));
            }
            publisher.flush();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        watcher.join(60_000);
        return String.format("event-to-view delay, %,d answers at %.0f/s offered (%d probes seen of %d): %s",
                total, total / seconds, delays.count(), total / 50, delays.summary());
    }

    /** Looks for the oldest probes still unseen, by id, so watching costs the service little. */
    private void watch(Map<String, Long> sentAt, Latencies delays) {
        long stopAt = System.nanoTime() + (SECONDS + 60) * 1_000_000_000L;
        int expected = RATE * SECONDS / 50;
        while (delays.count() < expected && System.nanoTime() < stopAt) {
            sentAt.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(5).map(Map.Entry::getKey).toList()
                    .forEach(probe -> {
                        if (mongo.exists(new Query(Criteria.where("_id").is(probe)), "learner_views")) {
                            Long sent = sentAt.remove(probe);
                            if (sent != null) {
                                delays.record(System.nanoTime() - sent);
                            }
                        }
                    });
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
