package io.mlaprep.question.bank.application;

import io.mlaprep.question.bank.domain.QuestionContent;
import io.mlaprep.question.bank.domain.QuestionFilter;
import io.mlaprep.question.bank.domain.QuestionIds;
import io.mlaprep.question.bank.domain.QuestionRules;
import io.mlaprep.question.bank.domain.QuestionVersion;
import io.mlaprep.question.bank.domain.Violation;
import io.mlaprep.question.bank.persistence.QuestionStore;
import io.mlaprep.servicedefaults.errors.ConflictException;
import io.mlaprep.servicedefaults.errors.FieldProblem;
import io.mlaprep.servicedefaults.errors.InvalidInputException;
import io.mlaprep.servicedefaults.errors.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Creating, editing, retiring and finding questions. */
@Service
public class QuestionBank {

    private final QuestionStore store;
    private final Clock clock;

    public QuestionBank(QuestionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public QuestionVersion get(String id) {
        return store.current(id).orElseThrow(() -> notFound(id));
    }

    public QuestionVersion get(String id, int version) {
        return store.version(id, version).orElseThrow(() -> new NotFoundException(
                "Question " + id + " has no version " + version + "."));
    }

    /** Every version of the question, newest first. */
    public List<QuestionVersion> versions(String id) {
        return store.versions(id).orElseThrow(() -> notFound(id));
    }

    public List<QuestionVersion> search(QuestionFilter filter, int page, int size) {
        return store.search(filter, page, size);
    }

    public long count(QuestionFilter filter) {
        return store.count(filter);
    }

    public QuestionVersion create(QuestionContent content) {
        requireValid(content);
        String id = QuestionIds.next();
        if (!store.create(id, content, QuestionStore.Origin.AUTHOR, clock.instant())) {
            throw new ConflictException("Generated id " + id + " is taken; send the request again.");
        }
        return get(id);
    }

    /**
     * Saves {@code content} as the next version. When {@code expectedVersion} is given, the edit
     * applies only to that version, so two authors cannot silently overwrite each other.
     */
    public QuestionVersion edit(String id, QuestionContent content, Integer expectedVersion) {
        requireValid(content);
        QuestionVersion current = get(id);
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new ConflictException("Question " + id + " is at version " + current.version()
                    + ", not " + expectedVersion + "; reload it and apply your edit again.");
        }
        return store.replace(id, current.version(), content, clock.instant())
                .orElseThrow(() -> new ConflictException("Question " + id
                        + " was changed by someone else meanwhile; reload it and apply your edit again."));
    }

    public QuestionVersion retire(String id) {
        QuestionVersion current = get(id);
        return store.retire(id, clock.instant()).orElseThrow(() -> new ConflictException(
                "Question " + id + " is already " + current.status() + "."));
    }

    static void requireValid(QuestionContent content) {
        List<Violation> violations = QuestionRules.check(content);
        if (!violations.isEmpty()) {
            throw new InvalidInputException("The question breaks " + violations.size() + " rule(s).",
                    violations.stream().map(v -> new FieldProblem(v.field(), v.message())).toList());
        }
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("No question with id " + id + ".");
    }
}
