package io.mlaprep.session.delivery.domain;

import io.mlaprep.contracts.QuestionType;
import io.mlaprep.session.grading.domain.ItemKey;
import io.mlaprep.session.grading.domain.ItemKeys;
import java.util.List;
import java.util.stream.IntStream;

/** Object mother for unanswered session items keyed by {@link ItemKeys}. */
final class SessionItems {

    private SessionItems() {
    }

    static SessionItem item(int n, QuestionType type, int domain, boolean scored) {
        List<String> optionOrder = switch (type) {
            case MULTIPLE_CHOICE -> ItemKeys.CHOICE_OPTIONS.reversed();
            case MULTIPLE_RESPONSE -> ItemKeys.RESPONSE_OPTIONS.reversed();
            case ORDERING -> ItemKeys.STEPS.reversed();
            case MATCHING -> ItemKeys.PROMPTS.reversed();
        };
        List<String> responseOrder = type == QuestionType.MATCHING ? ItemKeys.RESPONSES.reversed() : null;
        return new SessionItem(n, "q-" + n, 1, domain, domain + ".1", type, scored, optionOrder, responseOrder,
                null, null, null, false, null, null, null, null, null);
    }

    static SessionItem item(int n, QuestionType type) {
        return item(n, type, 1, true);
    }

    /** Items 0..3, one of each question type in declaration order, item n in domain n + 1. */
    static List<SessionItem> oneOfEachType() {
        QuestionType[] types = QuestionType.values();
        return IntStream.range(0, types.length)
                .mapToObj(n -> item(n, types[n], n + 1, true))
                .toList();
    }

    /** The key the grader uses for an item made here. */
    static ItemKey keyOf(SessionItem item) {
        return ItemKeys.of(item.type());
    }
}
