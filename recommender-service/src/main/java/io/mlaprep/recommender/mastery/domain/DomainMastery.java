package io.mlaprep.recommender.mastery.domain;

/**
 * Mastery of one exam domain: the estimated probability of answering an unseen item of average difficulty from
 * that domain correctly (the mean of its task statements' masteries, as the domain's items are spread over them),
 * with a 95 % interval that takes the correlation of the task abilities into account.
 */
public record DomainMastery(int domain, double weight, double mastery, double low, double high, int answers) {
}
