package io.mlaprep.question.quality.application;

import io.mlaprep.question.bank.domain.QuestionStatus;
import io.mlaprep.question.bank.domain.QuestionVersion;
import io.mlaprep.question.bank.persistence.QuestionStore;
import io.mlaprep.question.quality.domain.BankLint;
import io.mlaprep.question.quality.domain.ItemWarning;
import io.mlaprep.question.quality.domain.LintedQuestion;
import io.mlaprep.question.quality.domain.QualityPolicy;
import io.mlaprep.question.quality.domain.QualityReport;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/** The bank lint over the active bank: the whole report for authors, and warnings for what they add. */
@Service
public class BankQuality {

    private final QuestionStore store;

    public BankQuality(QuestionStore store) {
        this.store = store;
    }

    public QualityReport report() {
        return BankLint.check(activeBank(), QualityPolicy.DEFAULT);
    }

    /** Cues in {@code incoming} and near-duplicates between it and the active bank. */
    public List<ItemWarning> warningsFor(List<LintedQuestion> incoming) {
        return BankLint.warnings(incoming, activeBank(), QualityPolicy.DEFAULT);
    }

    private List<LintedQuestion> activeBank() {
        try (Stream<QuestionVersion> all = store.all()) {
            return all.filter(q -> q.status() == QuestionStatus.ACTIVE)
                    .map(q -> new LintedQuestion(q.questionId(), q.content()))
                    .toList();
        }
    }
}
