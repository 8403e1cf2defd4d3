package io.mlaprep.recommender.mastery.domain;

import io.mlaprep.contracts.ExamGuide;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mastery per task statement and per domain, from the ability posterior at one instant.
 *
 * @param taskStatements one per task statement, in exam-guide order
 * @param domains        one per domain, in exam-guide order
 */
public record Mastery(List<TaskMastery> taskStatements, List<DomainMastery> domains) {

    private static final double Z95 = 1.959963984540054;

    public Mastery {
        taskStatements = List.copyOf(taskStatements);
        domains = List.copyOf(domains);
    }

    /** Masteries implied by an ability posterior. */
    public static Mastery of(AbilityPosterior posterior) {
        int n = TaskIndex.size();
        List<TaskMastery> tasks = new ArrayList<>(n);
        double[] slope = new double[n];
        double[] mastery = new double[n];
        for (int t = 0; t < n; t++) {
            double mu = posterior.mean(t);
            double variance = posterior.variance(t);
            double sd = StrictMath.sqrt(variance);
            mastery[t] = Gaussian.expectedLogistic(mu, variance);
            double p = Gaussian.logistic(mu);
            slope[t] = p * (1 - p);
            tasks.add(new TaskMastery(TaskIndex.id(t), TaskIndex.domain(t), TaskIndex.weight(t), mastery[t],
                    Gaussian.logistic(mu - Z95 * sd), Gaussian.logistic(mu + Z95 * sd), mu, sd,
                    posterior.answers(t)));
        }
        List<DomainMastery> domains = new ArrayList<>();
        for (ExamGuide.Domain domain : ExamGuide.DOMAINS) {
            List<Integer> members = new ArrayList<>();
            for (ExamGuide.TaskStatement task : domain.taskStatements()) {
                members.add(TaskIndex.of(task.id()));
            }
            double k = members.size();
            double mean = 0;
            double variance = 0; // delta method: Var(Σ σ(θ_t)/k) ≈ gᵀ Σ g with g_t = σ'(μ_t)/k
            int answers = 0;
            for (int i : members) {
                mean += mastery[i] / k;
                answers += posterior.answers(i);
                for (int j : members) {
                    variance += slope[i] / k * slope[j] / k * posterior.covariance(i, j);
                }
            }
            // The interval is symmetric on the logit scale, so it stays inside (0, 1).
            double logitSd = StrictMath.sqrt(variance) / (mean * (1 - mean));
            double centre = Gaussian.logit(mean);
            domains.add(new DomainMastery(domain.id(), domain.weight(), mean,
                    Gaussian.logistic(centre - Z95 * logitSd), Gaussian.logistic(centre + Z95 * logitSd), answers));
        }
        return new Mastery(tasks, domains);
    }

    public Optional<TaskMastery> taskStatement(String id) {
        return taskStatements.stream().filter(t -> t.taskStatement().equals(id)).findFirst();
    }

    public Optional<DomainMastery> domain(int id) {
        return domains.stream().filter(d -> d.domain() == id).findFirst();
    }
}
