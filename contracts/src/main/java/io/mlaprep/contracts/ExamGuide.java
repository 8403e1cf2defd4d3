package io.mlaprep.contracts;

import java.util.List;
import java.util.Optional;

/**
 * The MLA-C01 exam as the official exam guide describes it: four weighted domains, twelve task
 * statements, and the exam format. Shared by every service as a fact, not configuration.
 */
public final class ExamGuide {

    public static final String EXAM_CODE = "MLA-C01";
    public static final int QUESTION_COUNT = 65;
    public static final int SCORED_COUNT = 50;
    public static final int UNSCORED_COUNT = 15;
    public static final int DURATION_MINUTES = 130;
    public static final int PASSING_SCORE = 720;
    public static final int MIN_SCORE = 100;
    public static final int MAX_SCORE = 1000;

    public static final List<Domain> DOMAINS = List.of(
            new Domain(1, "Data Preparation for Machine Learning (ML)", 0.28, 14, 4, List.of(
                    new TaskStatement("1.1", "Ingest and store data"),
                    new TaskStatement("1.2", "Transform data and perform feature engineering"),
                    new TaskStatement("1.3", "Ensure data integrity and prepare data for modeling"))),
            new Domain(2, "ML Model Development", 0.26, 13, 4, List.of(
                    new TaskStatement("2.1", "Choose a modeling approach"),
                    new TaskStatement("2.2", "Train and refine models"),
                    new TaskStatement("2.3", "Analyze model performance"))),
            new Domain(3, "Deployment and Orchestration of ML Workflows", 0.22, 11, 3, List.of(
                    new TaskStatement("3.1", "Select deployment infrastructure based on existing architecture and requirements"),
                    new TaskStatement("3.2", "Create and script infrastructure based on existing architecture and requirements"),
                    new TaskStatement("3.3", "Use automated orchestration tools to set up continuous integration and continuous delivery (CI/CD) pipelines"))),
            new Domain(4, "ML Solution Monitoring, Maintenance, and Security", 0.24, 12, 4, List.of(
                    new TaskStatement("4.1", "Monitor model inference"),
                    new TaskStatement("4.2", "Monitor and optimize infrastructure and costs"),
                    new TaskStatement("4.3", "Secure AWS resources"))));

    private ExamGuide() {
    }

    public static Optional<Domain> domain(int id) {
        return DOMAINS.stream().filter(d -> d.id() == id).findFirst();
    }

    public static Domain requireDomain(int id) {
        return domain(id).orElseThrow(() -> new IllegalArgumentException("no exam domain " + id));
    }

    public static boolean taskBelongsToDomain(String taskStatement, int domain) {
        return domain(domain).map(d -> d.taskStatements().stream().anyMatch(t -> t.id().equals(taskStatement)))
                .orElse(false);
    }

    public static Optional<TaskStatement> taskStatement(String id) {
        return DOMAINS.stream().flatMap(d -> d.taskStatements().stream()).filter(t -> t.id().equals(id)).findFirst();
    }

    public static List<TaskStatement> allTaskStatements() {
        return DOMAINS.stream().flatMap(d -> d.taskStatements().stream()).toList();
    }

    /** The domain a task statement id ("2.3") belongs to. */
    public static int domainOf(String taskStatement) {
        return Integer.parseInt(taskStatement.substring(0, taskStatement.indexOf('.')));
    }

    /**
     * @param scoredItems   scored items of this domain in an exam simulation (14/13/11/12)
     * @param unscoredItems unscored pretest items of this domain (4/4/3/4)
     */
    public record Domain(int id, String name, double weight, int scoredItems, int unscoredItems,
                         List<TaskStatement> taskStatements) {

        public Domain {
            taskStatements = List.copyOf(taskStatements);
        }
    }

    public record TaskStatement(String id, String name) {
    }
}
