package io.mlaprep.question.bank.web;

import io.mlaprep.contracts.QuestionType;
import io.mlaprep.question.bank.domain.AnswerKey;
import io.mlaprep.question.bank.domain.Choice;
import io.mlaprep.question.bank.domain.Option;
import io.mlaprep.question.bank.domain.QuestionContent;
import io.mlaprep.question.bank.domain.QuestionStatus;
import java.util.List;

/**
 * A question as authors send it (create, edit) and as import and export carry it.
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

    public static QuestionPayload of(QuestionView view) {
        return new QuestionPayload(view.id(), view.version(), view.status(), view.domain(), view.taskStatement(),
                view.type(), view.stem(), view.options(), view.responses(), view.correct(), view.explanation(),
                view.references(), view.difficulty());
    }
}
