package io.mlaprep.question.transfer.application;

import io.mlaprep.question.bank.application.QuestionPayload;
import io.mlaprep.question.bank.domain.QuestionIds;
import io.mlaprep.question.bank.domain.QuestionRules;
import io.mlaprep.question.bank.domain.QuestionStatus;
import io.mlaprep.question.bank.domain.Violation;
import io.mlaprep.question.bank.persistence.QuestionStore;
import io.mlaprep.question.quality.application.BankQuality;
import io.mlaprep.question.quality.domain.LintedQuestion;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * All-or-nothing import. Every entry is checked first and every problem reported; only a clean file
 * is written. Without multi-document transactions the questions are written staged (invisible),
 * then made visible together; a failure while writing removes what was staged, and staging a crash
 * left behind is cleaned up at the next start.
 */
@Service
public class QuestionImport {

    private static final Logger log = LoggerFactory.getLogger(QuestionImport.class);
    private static final SecureRandom IDS = new SecureRandom();
    private static final int WRITE_BATCH = 200;

    private final QuestionStore store;
    private final BankQuality quality;
    private final Clock clock;

    public QuestionImport(QuestionStore store, BankQuality quality, Clock clock) {
        this.store = store;
        this.quality = quality;
        this.clock = clock;
    }

    public ImportReport run(List<QuestionPayload> entries, IntConsumer progress) {
        List<ImportReport.EntryProblem> problems = check(entries);
        if (!problems.isEmpty()) {
            return ImportReport.rejected(entries.size(), problems);
        }
        String batch = "import-" + HexFormat.of().formatHex(randomBytes());
        List<QuestionStore.StagedQuestion> staged = entries.stream().map(QuestionImport::toStaged).toList();
        List<ImportReport.EntryWarning> warnings = warnings(staged);
        try {
            for (int from = 0; from < staged.size(); from += WRITE_BATCH) {
                List<QuestionStore.StagedQuestion> chunk = staged.subList(from, Math.min(staged.size(), from + WRITE_BATCH));
                store.stage(batch, chunk, clock.instant());
                progress.accept(from + chunk.size());
                log.info("import {}: {}/{} questions written", batch, from + chunk.size(), staged.size());
            }
            store.commitStaged(batch);
        } catch (RuntimeException e) {
            store.discardStaged(batch);
            throw e;
        }
        return ImportReport.imported(entries.size(), warnings);
    }

    /** The lint's warnings for the active questions of the file, against the bank as it was before. */
    private List<ImportReport.EntryWarning> warnings(List<QuestionStore.StagedQuestion> staged) {
        Map<String, Integer> index = new HashMap<>();
        List<LintedQuestion> incoming = new ArrayList<>();
        for (int i = 0; i < staged.size(); i++) {
            QuestionStore.StagedQuestion question = staged.get(i);
            if (question.status() == QuestionStatus.ACTIVE) {
                index.put(question.id(), i);
                incoming.add(new LintedQuestion(question.id(), question.content()));
            }
        }
        return quality.warningsFor(incoming).stream()
                .map(w -> new ImportReport.EntryWarning(index.get(w.questionId()), w.questionId(), w.rule().name(),
                        w.message()))
                .toList();
    }

    private List<ImportReport.EntryProblem> check(List<QuestionPayload> entries) {
        List<ImportReport.EntryProblem> problems = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            QuestionPayload entry = entries.get(i);
            if (entry == null) {
                problems.add(new ImportReport.EntryProblem(i, null, "", "entry is null"));
                continue;
            }
            if (entry.id() != null) {
                Optional<Violation> badId = QuestionRules.checkId(entry.id());
                if (badId.isPresent()) {
                    problems.add(new ImportReport.EntryProblem(i, entry.id(), "id", badId.get().message()));
                } else if (firstIndex.putIfAbsent(entry.id(), i) != null) {
                    problems.add(new ImportReport.EntryProblem(i, entry.id(), "id",
                            "repeats the id of entry " + firstIndex.get(entry.id())));
                }
            }
            if (entry.version() != null && entry.version() < 1) {
                problems.add(new ImportReport.EntryProblem(i, entry.id(), "version", "must be 1 or more"));
            }
            for (Violation violation : QuestionRules.check(entry.content())) {
                problems.add(new ImportReport.EntryProblem(i, entry.id(), violation.field(), violation.message()));
            }
        }
        Set<String> existing = new HashSet<>(store.existingIds(firstIndex.keySet()));
        firstIndex.forEach((id, index) -> {
            if (existing.contains(id)) {
                problems.add(new ImportReport.EntryProblem(index, id, "id",
                        "a question with this id exists; edit it with PUT /api/questions/" + id));
            }
        });
        problems.sort(java.util.Comparator.comparingInt(ImportReport.EntryProblem::index));
        return problems;
    }

    private static QuestionStore.StagedQuestion toStaged(QuestionPayload entry) {
        String id = entry.id() != null ? entry.id() : QuestionIds.next();
        return new QuestionStore.StagedQuestion(id, entry.version() == null ? 1 : entry.version(),
                entry.status() == null ? QuestionStatus.ACTIVE : entry.status(), entry.content());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        IDS.nextBytes(bytes);
        return bytes;
    }
}
