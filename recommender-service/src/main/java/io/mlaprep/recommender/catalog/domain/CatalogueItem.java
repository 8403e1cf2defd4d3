package io.mlaprep.recommender.catalog.domain;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.QuestionType;
import java.util.Objects;

/**
 * An active question that may be recommended.
 *
 * @param itemDifficulty the author's difficulty prior in logits (−3 easy … 3 hard), or {@code null} if unknown
 * @param type           the question type, or {@code null} if unknown (known since the catalogue stored it)
 */
public record CatalogueItem(String questionId, int domain, String taskStatement, Double itemDifficulty,
                            QuestionType type) {

    /** An item whose type is not known. */
    public CatalogueItem(String questionId, int domain, String taskStatement, Double itemDifficulty) {
        this(questionId, domain, taskStatement, itemDifficulty, null);
    }

    public CatalogueItem {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(taskStatement, "taskStatement");
        if (!ExamGuide.taskBelongsToDomain(taskStatement, domain)) {
            throw new IllegalArgumentException("task statement " + taskStatement + " is not in domain " + domain);
        }
    }

    /** The difficulty to plan with: the author's prior, or 0 (average) when there is none. */
    public double difficultyOrAverage() {
        return itemDifficulty == null ? 0 : itemDifficulty;
    }
}
