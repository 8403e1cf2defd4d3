package io.mlaprep.question.bank.web;

import io.mlaprep.contracts.QuestionType;
import io.mlaprep.question.bank.application.QuestionBank;
import io.mlaprep.question.bank.application.QuestionPayload;
import io.mlaprep.question.bank.domain.QuestionFilter;
import io.mlaprep.question.bank.domain.QuestionStatus;
import io.mlaprep.question.bank.domain.QuestionVersion;
import io.mlaprep.servicedefaults.web.PageView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bank for authors and admins; instructors may read it. Learners never see keys here. */
@RestController
@RequestMapping("/api/questions")
public class QuestionController {

    private static final String READERS = "hasAnyRole('AUTHOR','ADMIN','INSTRUCTOR')";
    private static final String WRITERS = "hasAnyRole('AUTHOR','ADMIN')";

    private final QuestionBank bank;

    public QuestionController(QuestionBank bank) {
        this.bank = bank;
    }

    @GetMapping
    @PreAuthorize(READERS)
    public PageView<QuestionView> search(
            @RequestParam(required = false) @Min(1) @Max(4) Integer domain,
            @RequestParam(required = false) String taskStatement,
            @RequestParam(required = false) QuestionType type,
            @RequestParam(required = false) QuestionStatus status,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        QuestionFilter filter = new QuestionFilter(domain, taskStatement, type, status, text);
        List<QuestionView> items = bank.search(filter, page, size).stream().map(QuestionView::of).toList();
        return PageView.of(items, page, size, bank.count(filter));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    public QuestionView get(@PathVariable String id) {
        return QuestionView.of(bank.get(id));
    }

    @GetMapping("/{id}/versions")
    @PreAuthorize(READERS)
    public List<VersionSummary> versions(@PathVariable String id) {
        List<QuestionVersion> versions = bank.versions(id);
        int current = versions.getFirst().version();
        return versions.stream().map(version -> VersionSummary.of(version, current)).toList();
    }

    @GetMapping("/{id}/versions/{version}")
    @PreAuthorize(READERS)
    public QuestionView version(@PathVariable String id, @PathVariable @Min(1) int version) {
        return QuestionView.of(bank.get(id, version));
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    public ResponseEntity<QuestionView> create(@RequestBody QuestionPayload payload) {
        QuestionVersion created = bank.create(payload.content());
        return ResponseEntity.created(URI.create("/api/questions/" + created.questionId()))
                .body(QuestionView.of(created));
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITERS)
    public QuestionView edit(@PathVariable String id, @RequestBody QuestionPayload payload) {
        return QuestionView.of(bank.edit(id, payload.content(), payload.version()));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(WRITERS)
    public QuestionView retire(@PathVariable String id) {
        return QuestionView.of(bank.retire(id));
    }
}
