package io.mlaprep.session.catalog;

import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.internal.questions.CatalogItem;
import java.util.List;

/** Object mother for question versions as question-service gives them. */
public final class CatalogItems {

    private CatalogItems() {
    }

    public static CatalogItem question(String id, int version) {
        return question(id, version, 1, "ACTIVE");
    }

    /** A multiple-choice question of the domain (its first task statement), key "a". */
    public static CatalogItem question(String id, int version, int domain, String status) {
        return new CatalogItem(id, version, CatalogItem.Status.valueOf(status), domain, domain + ".1", QuestionType.MULTIPLE_CHOICE,
                "Which one?", List.of(new CatalogItem.Option("a", "A", "because"),
                new CatalogItem.Option("b", "B", "not")), null,
                new CatalogItem.Key(List.of("a"), null, null), "A it is.", null, 0.5);
    }
}
