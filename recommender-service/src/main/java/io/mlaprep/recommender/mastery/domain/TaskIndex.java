package io.mlaprep.recommender.mastery.domain;

import io.mlaprep.contracts.ExamGuide;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exam's task statements in a fixed order (1.1 … 4.3, as {@link ExamGuide} lists them), so that per-task
 * vectors and matrices of the learner model can be plain arrays.
 */
public final class TaskIndex {

    private static final List<String> IDS =
            ExamGuide.allTaskStatements().stream().map(ExamGuide.TaskStatement::id).toList();
    private static final Map<String, Integer> POSITION = new HashMap<>();
    private static final int[] DOMAIN = new int[IDS.size()];
    private static final double[] WEIGHT = new double[IDS.size()];

    static {
        for (int i = 0; i < IDS.size(); i++) {
            POSITION.put(IDS.get(i), i);
            DOMAIN[i] = ExamGuide.domainOf(IDS.get(i));
            ExamGuide.Domain domain = ExamGuide.requireDomain(DOMAIN[i]);
            WEIGHT[i] = domain.weight() / domain.taskStatements().size();
        }
    }

    private TaskIndex() {
    }

    /** Number of task statements (12). */
    public static int size() {
        return IDS.size();
    }

    /** Task statement ids in model order. */
    public static List<String> ids() {
        return IDS;
    }

    public static String id(int index) {
        return IDS.get(index);
    }

    /** Position of a task statement id ("2.3"); throws for an id the exam guide does not have. */
    public static int of(String taskStatement) {
        Integer index = POSITION.get(taskStatement);
        if (index == null) {
            throw new IllegalArgumentException("no task statement " + taskStatement + " in " + ExamGuide.EXAM_CODE);
        }
        return index;
    }

    /** The exam domain (1–4) of the task statement at {@code index}. */
    public static int domain(int index) {
        return DOMAIN[index];
    }

    /**
     * Share of the exam of one task statement: its domain's weight split evenly over the domain's task
     * statements (the exam guide weights domains only).
     */
    public static double weight(int index) {
        return WEIGHT[index];
    }
}
