package io.mlaprep.recommender.experiment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What an admin asks for; {@link #problems()} says, field by field, what is wrong with it. */
public record ExperimentDefinition(String name, List<Arm> arms) {

    public static final int MIN_ARMS = 2;
    public static final int MAX_ARMS = 6;
    public static final int MAX_NAME = 40;

    /** One thing wrong with one field, named as in the request body ({@code arms[1].sharePercent}). */
    public record Problem(String field, String message) {
    }

    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new Problem("name", "must not be blank"));
        }
        if (arms == null || arms.size() < MIN_ARMS || arms.size() > MAX_ARMS) {
            problems.add(new Problem("arms", "must have " + MIN_ARMS + " to " + MAX_ARMS + " arms"));
            return problems;
        }
        Set<String> names = new HashSet<>();
        int total = 0;
        for (int i = 0; i < arms.size(); i++) {
            Arm arm = arms.get(i);
            String at = "arms[" + i + "]";
            if (arm == null) {
                problems.add(new Problem(at, "must not be null"));
                continue;
            }
            if (arm.name() == null || arm.name().isBlank()) {
                problems.add(new Problem(at + ".name", "must not be blank"));
            } else if (arm.name().strip().length() > MAX_NAME) {
                problems.add(new Problem(at + ".name", "must be at most " + MAX_NAME + " characters"));
            } else if (!names.add(arm.name().strip())) {
                problems.add(new Problem(at + ".name", "must be unique: " + arm.name() + " is taken"));
            }
            if (arm.sharePercent() < 1 || arm.sharePercent() > 99) {
                problems.add(new Problem(at + ".sharePercent", "must be between 1 and 99"));
            }
            total += arm.sharePercent();
            problems.addAll(variantProblems(arm.variant(), at + ".variant"));
        }
        if (total != 100) {
            problems.add(new Problem("arms", "shares must add up to 100, not " + total));
        }
        return problems;
    }

    /** The experiment, started now; call only when there are no {@link #problems()}. */
    public Experiment start(String id, Instant at) {
        List<Arm> trimmed = arms.stream().map(arm -> new Arm(arm.name().strip(), arm.sharePercent(), arm.variant()))
                .toList();
        return new Experiment(id, name.strip(), trimmed, at, ExperimentStatus.ACTIVE);
    }

    private static List<Problem> variantProblems(PolicyVariant variant, String at) {
        List<Problem> problems = new ArrayList<>();
        unit(variant.targetRetention(), at + ".targetRetention", problems);
        unit(variant.maxReviewShare(), at + ".maxReviewShare", problems);
        unit(variant.explorationShare(), at + ".explorationShare", problems);
        if (variant.spreadDecay() != null && !(variant.spreadDecay() > 0 && variant.spreadDecay() <= 1)) {
            problems.add(new Problem(at + ".spreadDecay", "must be above 0 and at most 1"));
        }
        return problems;
    }

    private static void unit(Double value, String field, List<Problem> problems) {
        if (value != null && !(value >= 0 && value <= 1)) {
            problems.add(new Problem(field, "must be between 0 and 1"));
        }
    }
}
