package io.mlaprep.question.bank.application;

import io.mlaprep.contracts.QuestionType;
import io.mlaprep.question.bank.domain.AnswerKey;
import io.mlaprep.question.bank.domain.Choice;
import io.mlaprep.question.bank.domain.Option;
import io.mlaprep.question.bank.domain.QuestionContent;
import io.mlaprep.question.bank.domain.QuestionStatus;
import io.mlaprep.question.bank.domain.QuestionVersion;
import java.util.List;

/**
 * A question as authors send it (create, edit), as import and export carry it, and as the seed bank holds it.
 * {@code id}, {@code version} and {@code status} are read only by import; create and edit ignore them.
 */
public record QuestionPayload(
        String id,
        Integer version,
        QuestionStatus status,
        Integer domain,
        String taskStatement,
        QuestionType type,
        String stem,
        List<Option> options,
        List<Choice> responses,
        AnswerKey correct,
        String explanation,
        List<String> references,
        Double difficulty) {

    public QuestionContent content() {
        return new QuestionContent(domain == null ? 0 : domain, taskStatement, type, stem, options, responses,
                correct, explanation, references, difficulty);
    }

    /** The question as export writes it: its id, version and status kept, no {@code responses} but for matching. */
    public static QuestionPayload of(QuestionVersion question) {
        QuestionContent c = question.content();
        return new QuestionPayload(question.questionId(), question.version(), question.status(), c.domain(),
                c.taskStatement(), c.type(), c.stem(), c.options(), c.responses().isEmpty() ? null : c.responses(),
                c.correct(), c.explanation(), c.references(), c.difficulty());
    }
}
