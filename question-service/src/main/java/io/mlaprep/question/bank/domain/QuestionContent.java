package io.mlaprep.question.bank.domain;

import io.mlaprep.contracts.QuestionType;
import java.util.List;

/**
 * Everything an author writes for one version of a question.
 *
 * @param responses  the right-hand column, for matching questions only
 * @param difficulty the author's prior on item difficulty in logits (-3 easy .. 3 hard), optional
 */
public record QuestionContent(
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

    public QuestionContent {
        options = options == null ? List.of() : List.copyOf(options);
        responses = responses == null ? List.of() : List.copyOf(responses);
        references = references == null ? List.of() : List.copyOf(references);
    }
}
