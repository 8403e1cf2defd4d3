package io.mlaprep.recommender.mastery.domain;

/**
 * Mastery of one task statement: the estimated probability of answering an unseen item of average difficulty
 * correctly, with a 95 % interval.
 *
 * @param taskStatement task statement id ("2.3")
 * @param domain        its exam domain
 * @param weight        its share of the exam (domain weight / number of task statements of the domain)
 * @param mastery       E[σ(θ)] under the ability posterior
 * @param low           σ(μ − 1.96σ)
 * @param high          σ(μ + 1.96σ)
 * @param abilityMean   posterior mean μ of the ability, in logits
 * @param abilitySd     posterior standard deviation σ of the ability, in logits
 * @param answers       answers seen on this task statement
 */
public record TaskMastery(String taskStatement, int domain, double weight, double mastery, double low,
                          double high, double abilityMean, double abilitySd, int answers) {
}
