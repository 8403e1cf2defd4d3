package io.mlaprep.question.transfer.web;

import io.mlaprep.question.bank.application.QuestionPayload;
import io.mlaprep.question.bank.persistence.QuestionStore;
import io.mlaprep.question.transfer.application.ImportJobs;
import io.mlaprep.question.transfer.application.ImportReport;
import io.mlaprep.question.transfer.application.QuestionImport;
import io.mlaprep.servicedefaults.security.Caller;
import io.mlaprep.servicedefaults.errors.InvalidInputException;
import io.mlaprep.servicedefaults.errors.NotFoundException;
import io.mlaprep.servicedefaults.web.Problems;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import and export in one format: a JSON array of questions with id, version and status. Export
 * then import into an empty bank then export gives the same content.
 */
@RestController
@RequestMapping("/api/questions")
@PreAuthorize("hasAnyRole('AUTHOR','ADMIN')")
public class TransferController {

    private static final int MAX_ENTRIES = 20_000;

    private final QuestionImport importer;
    private final ImportJobs jobs;
    private final QuestionStore store;
    private final JsonMapper json;

    public TransferController(QuestionImport importer, ImportJobs jobs, QuestionStore store, JsonMapper json) {
        this.importer = importer;
        this.jobs = jobs;
        this.store = store;
        this.json = json;
    }

    /**
     * Imports synchronously, or with {@code Prefer: respond-async} in the background: 202 and a job
     * resource that reports progress.
     */
    @PostMapping("/import")
    public ResponseEntity<?> importQuestions(Caller caller, @RequestBody List<QuestionPayload> entries,
                                            @RequestHeader(value = "Prefer", required = false) String prefer) {
        if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
            throw new InvalidInputException("body", "send a JSON array of 1 to " + MAX_ENTRIES + " questions");
        }
        if (prefer != null && prefer.contains("respond-async")) {
            ImportJobs.Job job = jobs.start(entries, caller.id());
            return ResponseEntity.accepted().location(URI.create("/api/questions/imports/" + job.id())).body(job);
        }
        ImportReport report = importer.run(entries, written -> { });
        if (!report.succeeded()) {
            return rejected(report);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(report);
    }

    @GetMapping("/imports/{id}")
    public ImportJobs.Job importJob(@PathVariable String id) {
        return jobs.find(id).orElseThrow(() -> new NotFoundException("No import job " + id + "."));
    }

    @GetMapping("/export")
    public ResponseEntity<StreamingResponseBody> export() {
        StreamingResponseBody body = out -> writeBank(out);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mla-c01-questions.json\"")
                .body(body);
    }

    private void writeBank(OutputStream out) throws java.io.IOException {
        out.write('[');
        boolean first = true;
        try (var questions = store.all()) {
            for (var question : (Iterable<io.mlaprep.question.bank.domain.QuestionVersion>) questions::iterator) {
                if (!first) {
                    out.write(',');
                }
                out.write('\n');
                out.write(json.writeValueAsBytes(QuestionPayload.of(question)));
                first = false;
            }
        }
        out.write("\n]\n".getBytes(StandardCharsets.UTF_8));
    }

    static ResponseEntity<ProblemDetail> rejected(ImportReport report) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Invalid import",
                report.errors().stream().map(ImportReport.EntryProblem::index).distinct().count()
                        + " of " + report.received() + " entries are invalid; nothing was imported.");
        problem.setProperty("errors", report.errors());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
