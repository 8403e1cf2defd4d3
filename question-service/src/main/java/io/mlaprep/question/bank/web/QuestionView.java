package io.mlaprep.question.bank.web;

import io.mlaprep.contracts.QuestionType;
import io.mlaprep.question.bank.domain.AnswerKey;
import io.mlaprep.question.bank.domain.Choice;
import io.mlaprep.question.bank.domain.Option;
import io.mlaprep.question.bank.domain.QuestionContent;
import io.mlaprep.question.bank.domain.QuestionStatus;
import io.mlaprep.question.bank.domain.QuestionVersion;
import java.util.List;

/** A full question with its key: for authors, instructors and other services — never for learners. */
public record QuestionView(
        String id,
        int version,
        QuestionStatus status,
        int domain,
        String taskStatement,
        QuestionType type,
        String stem,
        List<Option> options,
        List<Choice> responses,
        AnswerKey correct,
        String explanation,
        List<String> references,
        Double difficulty) {

    public static QuestionView of(QuestionVersion question) {
        QuestionContent c = question.content();
        return new QuestionView(question.questionId(), question.version(), question.status(), c.domain(),
                c.taskStatement(), c.type(), c.stem(), c.options(), c.responses().isEmpty() ? null : c.responses(),
                c.correct(), c.explanation(), c.references(), c.difficulty());
    }
}
