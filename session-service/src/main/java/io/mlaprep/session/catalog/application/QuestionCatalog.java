package io.mlaprep.session.catalog.application;

import io.mlaprep.contracts.internal.questions.CatalogItem;
import io.mlaprep.contracts.internal.questions.DrawSlot;
import io.mlaprep.session.catalog.domain.QuestionRef;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The question bank as session-service sees it. */
public interface QuestionCatalog {

    /**
     * Draws items for the slots, never one of {@code excluded}; per slot, in slot order. Items missing
     * from {@code seenOldestFirst} (the learner's seen questions, the one seen longest ago first) come
     * first, then the least recently seen.
     */
    List<List<CatalogItem>> draw(List<DrawSlot> slots, Collection<String> excluded, List<String> seenOldestFirst,
                                 boolean countExposure);

    /** One question version; versions never change, so this is cached. */
    CatalogItem version(String questionId, int version);

    /** Question versions by reference; those not cached yet are fetched together, in one call. */
    Map<QuestionRef, CatalogItem> versions(Collection<QuestionRef> refs);

    /** Current versions of the given active questions (unknown or retired ones are left out). */
    List<CatalogItem> current(Collection<String> questionIds);
}
