package io.mlaprep.session.delivery.domain;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.contracts.ScaledScore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * A full exam simulation as the exam guide describes it: 65 items, 50 scored (14/13/11/12 over
 * domains 1..4) and 15 unscored (4/4/3/4), shuffled together, the question types in rotation.
 */
final class ExamFixture {

    private ExamFixture() {
    }

    static SessionState fullExam() {
        record Slot(int domain, boolean scored) {
        }
        List<Slot> slots = new ArrayList<>();
        for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
            for (int i = 0; i < domain.scoredItems(); i++) {
                slots.add(new Slot(domain.id(), true));
            }
            for (int i = 0; i < domain.unscoredItems(); i++) {
                slots.add(new Slot(domain.id(), false));
            }
        }
        Collections.shuffle(slots, new Random(20250301));
        QuestionType[] types = QuestionType.values();
        List<SessionItem> items = new ArrayList<>();
        for (int n = 0; n < slots.size(); n++) {
            items.add(SessionItems.item(n, types[n % types.length], slots.get(n).domain(), slots.get(n).scored()));
        }
        return new SessionState(SessionStates.examSession(items.size()), items);
    }

    static List<Integer> itemsWhere(SessionState state, Predicate<SessionItem> which) {
        return state.items().stream().filter(which).map(SessionItem::n).toList();
    }

    static List<Integer> scored(SessionState state) {
        return itemsWhere(state, SessionItem::scored);
    }

    static List<Integer> unscored(SessionState state) {
        return itemsWhere(state, item -> !item.scored());
    }

    static List<Integer> scoredIn(SessionState state, int domain) {
        return itemsWhere(state, item -> item.scored() && item.domain() == domain);
    }

    /** The full exam with the first {@code right} scored items answered right and every other scored item wrong. */
    static SessionState withScoredRight(int right) {
        SessionState exam = fullExam();
        List<Integer> scored = scored(exam);
        exam = SessionStates.answerRight(exam, scored.subList(0, right));
        return SessionStates.answerWrong(exam, scored.subList(right, scored.size()));
    }

    static SessionState.Finished finish(SessionState state) {
        return state.finish(SessionItems::keyOf, ScaledScore.EXAM_GUIDE);
    }
}
