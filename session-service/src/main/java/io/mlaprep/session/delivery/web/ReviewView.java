package io.mlaprep.session.delivery.web;

import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.session.delivery.domain.SessionItem;
import io.mlaprep.session.delivery.domain.SessionMode;
import io.mlaprep.session.delivery.domain.SessionStatus;
import java.util.List;

/** Every item with the learner's response, the key and the explanations: after finishing (or answering). */
public record ReviewView(String sessionId, SessionMode mode, SessionStatus status, List<Item> items) {

    public record Item(int n, String questionId, int version, int domain, String taskStatement, QuestionType type,
                       String stem, List<CatalogItem.Option> options, List<CatalogItem.Choice> responses,
                       ItemResponse response, Boolean correct, CatalogItem.Key correctResponse, String explanation,
                       List<String> references, boolean flagged) {

        static Item of(SessionItem item, CatalogItem question) {
            List<CatalogItem.Choice> responses = question.responsesIn(item.responseOrder());
            return new Item(item.n(), item.questionId(), item.version(), item.domain(), item.taskStatement(),
                    item.type(), question.stem(), question.optionsIn(item.optionOrder()),
                    responses.isEmpty() ? null : responses, item.response(),
                    item.correct(), question.correct(), question.explanation(), question.references(), item.flagged());
        }
    }
}
