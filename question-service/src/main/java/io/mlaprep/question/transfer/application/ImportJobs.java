package io.mlaprep.question.transfer.application;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.mlaprep.question.bank.application.QuestionPayload;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Imports run in the background when the client asks for it, with progress a client can poll.
 * Collection {@code import_jobs}: _id, status (RUNNING | SUCCEEDED | REJECTED | FAILED), total,
 * written, report, startedBy, startedAt, finishedAt.
 */
@Component
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final String COLLECTION = "import_jobs";

    private final MongoTemplate mongo;
    private final QuestionImport importer;
    private final Clock clock;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    public ImportJobs(MongoTemplate mongo, QuestionImport importer, Clock clock) {
        this.mongo = mongo;
        this.importer = importer;
        this.clock = clock;
    }

    public record Job(String id, String status, int total, int written, ImportReport report, String startedBy,
                      Instant startedAt, Instant finishedAt) {
    }

    public Job start(List<QuestionPayload> entries, String startedBy) {
        Job job = new Job(UUID.randomUUID().toString(), "RUNNING", entries.size(), 0, null, startedBy,
                clock.instant(), null);
        mongo.insert(job, COLLECTION);
        workers.submit(() -> run(job.id(), entries));
        return job;
    }

    public Optional<Job> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Job.class, COLLECTION));
    }

    private void run(String id, List<QuestionPayload> entries) {
        try {
            ImportReport report = importer.run(entries, written -> update(id, new Update().set("written", written)));
            update(id, new Update().set("status", report.succeeded() ? "SUCCEEDED" : "REJECTED")
                    .set("report", report).set("finishedAt", clock.instant()));
        } catch (RuntimeException e) {
            log.error("import job {} failed", id, e);
            update(id, new Update().set("status", "FAILED").set("finishedAt", clock.instant()));
        }
    }

    private void update(String id, Update update) {
        mongo.updateFirst(new Query(where("_id").is(id)), update, COLLECTION);
    }
}
