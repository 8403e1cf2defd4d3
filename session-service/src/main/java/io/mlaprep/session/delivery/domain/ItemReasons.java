package io.mlaprep.session.delivery.domain;

import io.mlaprep.contracts.ExamGuide;
import java.util.Locale;

/** Why an item was chosen, in words for the learner, where the session chose it rather than the recommender. */
public final class ItemReasons {

    private ItemReasons() {
    }

    /** An item of a blueprint-weighted sample (an adaptive session without recommendations). */
    public static String byExamWeight(int domain) {
        ExamGuide.Domain d = ExamGuide.requireDomain(domain);
        return String.format(Locale.ROOT, "Sampled by exam weight: Domain %d, %s, is %d %% of the exam.", d.id(),
                d.name(), Math.round(d.weight() * 100));
    }

    /** An item of a drill: its task statement, by number and name. */
    public static String drill(String taskStatement) {
        return ExamGuide.taskStatement(taskStatement)
                .map(t -> "Drill: Task " + t.id() + " " + t.name())
                .orElse("Drill: Task " + taskStatement);
    }
}
