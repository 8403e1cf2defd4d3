package io.mlaprep.recommender.mastery.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Bayesian Rasch (logistic IRT) ability tracking per task statement.
 *
 * <p>The twelve task abilities θ share one multivariate normal posterior. The prior correlates them through a
 * general part (all tasks), a domain part and a task-specific part, so that evidence on one task says a little about
 * the others and pooled (domain, exam) uncertainty is not understated. Each answer to an item of difficulty b is a
 * logistic observation P(correct) = c + (1 − c)·σ(θ_t − b), with c the chance of a lucky guess ({@link AnswerFloor}),
 * folded in by assumed-density filtering: the logistic is approximated
 * by a probit and the posterior's mean and covariance are moment-matched (a rank-one update, as in TrueSkill or
 * Glicko). An author's difficulty is itself uncertain, which widens the observation. Between answers the abilities
 * drift (variance grows with elapsed event time), so older evidence counts less.
 *
 * <p>A pure function of the learner's own answers in order and of explicitly passed instants: no wall clock, no
 * other learners, and {@link StrictMath} throughout, so replaying the same answers rebuilds an identical state.
 */
public final class MasteryModel {

    private static final double DAY_MILLIS = 86_400_000d;
    private static final double LAMBDA = Gaussian.PROBIT_SCALE;

    private final MasteryParameters parameters;

    public MasteryModel() {
        this(MasteryParameters.defaults());
    }

    public MasteryModel(MasteryParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public MasteryParameters parameters() {
        return parameters;
    }

    /** The state of a learner who has not answered anything: the prior. */
    public MasteryState initial() {
        int n = TaskIndex.size();
        double[] means = new double[n];
        double[] covariance = new double[n * (n + 1) / 2];
        double general = parameters.priorGeneralSd() * parameters.priorGeneralSd();
        double domain = parameters.priorDomainSd() * parameters.priorDomainSd();
        double task = parameters.priorTaskSd() * parameters.priorTaskSd();
        for (int i = 0; i < n; i++) {
            means[i] = parameters.priorMean();
            for (int j = 0; j <= i; j++) {
                double c = general;
                if (TaskIndex.domain(i) == TaskIndex.domain(j)) {
                    c += domain;
                }
                if (i == j) {
                    c += task;
                }
                covariance[MasteryState.packed(i, j)] = c;
            }
        }
        return new MasteryState(means, covariance, new int[n], null, KeyRecall.NONE, initialRate());
    }

    /**
     * Applies one answer. Answers are expected in event-time order; an answer stamped before the state's last answer
     * (a late event) is applied with no elapsed time.
     */
    public MasteryState apply(MasteryState state, Answer answer) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(answer, "answer");
        int n = TaskIndex.size();
        int t = TaskIndex.of(answer.taskStatement());
        double[] means = state.means();
        double[] cov = state.covariance();
        Instant at = answer.occurredAt();
        Instant lastAnswerAt = state.lastAnswerAt();
        if (lastAnswerAt != null) {
            addDrift(cov, elapsedDays(lastAnswerAt, at));
            if (at.isBefore(lastAnswerAt)) {
                at = lastAnswerAt;
            }
        }

        // Observation x = θ_t − b with b ~ N(b̂, s_b²), for a repeat b̂ + δ with δ from the earlier answers to
        // the item; P(correct | x) ≈ Φ(λx).
        double difficulty = answer.itemDifficulty() == null ? 0 : answer.itemDifficulty();
        double difficultySd = parameters.difficultySd(answer.itemDifficulty());
        double abilityBefore = means[t];
        ItemOffset offset = itemOffset(answer, means[t] - difficulty, cov[MasteryState.packed(t, t)], difficultySd);
        double m = means[t] - difficulty - offset.mean();
        double repeatSd = answer.repeat() ? parameters.repeatedItemSd() : 0;
        double s2 = cov[MasteryState.packed(t, t)] + offset.variance() + repeatSd * repeatSd;
        double fromAbility = answer.floor() + (1 - answer.floor())
                * Gaussian.cdf(LAMBDA * m / StrictMath.sqrt(1 + LAMBDA * LAMBDA * s2));
        double keyRecalled = answer.recall() * keyShare(state.keyRecall());
        // the chance of a right answer without the ability: a remembered key, else a lucky guess
        Observation observed = observe(answer.correct(), m, s2, 1 - (1 - keyRecalled) * (1 - answer.floor()));

        double[] column = new double[n]; // Σ e_t
        for (int i = 0; i < n; i++) {
            column[i] = cov[MasteryState.packed(i, t)];
        }
        LearningRate rate = rateOf(state);
        double[] rateCov = rate.covariance();
        double rateWithT = rateCov[t];
        for (int i = 0; i < n; i++) {
            means[i] += column[i] * observed.alpha();
            for (int j = 0; j <= i; j++) {
                cov[MasteryState.packed(i, j)] -= observed.beta() * column[i] * column[j];
            }
            rateCov[i] -= observed.beta() * rateWithT * column[i];
        }
        double rateMean = rate.mean() + rateWithT * observed.alpha();
        double rateVariance = Math.max(0, rate.variance() - observed.beta() * rateWithT * rateWithT); // rounding

        // Learning from the answer itself: the practised ability moves by the learner's rate r times a step and
        // becomes a little less certain. A question answered before teaches less: its explanation has been read
        // already. A question above the learner, and a mistake with its explanation, teach more (the challenge, at
        // the ability before the answer).
        int tt = MasteryState.packed(t, t);
        double masteryAfter = Gaussian.expectedLogistic(means[t], cov[tt]);
        double step = parameters.practiceEffect() * (answer.repeat() ? parameters.repeatPracticeShare() : 1)
                * parameters.challenge(abilityBefore - difficulty, answer.correct()) * (1 - masteryAfter);
        means[t] += step * rateMean;
        // θ_t + step·r is linear in (θ, r): its covariance is A Σ Aᵀ with A = I + step·e_t·e_rᵀ
        for (int j = 0; j < n; j++) {
            if (j != t) {
                cov[MasteryState.packed(t, j)] += step * rateCov[j];
            }
        }
        cov[tt] += 2 * step * rateCov[t] + step * step * rateVariance + parameters.noisePerAnswer();
        rateCov[t] += step * rateVariance;

        int[] answers = state.answers();
        answers[t]++;
        KeyRecall keyRecall = state.keyRecall().plus(answer.correct(), fromAbility, answer.repeat(), answer.recall());
        return new MasteryState(means, cov, answers, at, keyRecall,
                new LearningRate(rateMean, rateVariance, rateCov));
    }

    /** A new learner's rate: the prior where this model estimates one, none where it does not. */
    private LearningRate initialRate() {
        return parameters.learningRateSd() == 0 ? LearningRate.NONE : LearningRate.prior(parameters.learningRateSd());
    }

    /**
     * The learner's rate as this model reads it: none where it estimates no rate (whatever an earlier configuration
     * stored), and where it does, the state's estimate or, for a state whose rate was never estimated, the prior.
     */
    private LearningRate rateOf(MasteryState state) {
        if (parameters.learningRateSd() == 0 || state.learningRate().equals(LearningRate.NONE)) {
            return initialRate();
        }
        return state.learningRate();
    }

    /**
     * How much harder than its planned difficulty the item is for this learner, as a normal (mean, variance): at
     * first N(0, s_b²), the difficulty's uncertainty, then updated by the learner's earlier right and wrong answers to
     * the item, each a probit observation of θ − b̂ − δ read at today's ability. An item's true difficulty does not
     * change between a learner's answers to it, so a wrong answer repeated on a harder-than-planned item is mostly the
     * same evidence again; without this, every repeat counted the item's error afresh, and readiness ran pessimistic
     * where learners guess (a lucky right answer is discounted, a wrong one counts in full).
     */
    private static ItemOffset itemOffset(Answer answer, double abilityMinusDifficulty, double abilityVariance,
                                         double difficultySd) {
        double mean = 0;
        double variance = difficultySd * difficultySd;
        int earlier = answer.earlierRight() + answer.earlierWrong();
        for (int k = 0; k < earlier; k++) {
            boolean right = k >= answer.earlierWrong(); // the order is not kept: wrong answers first
            Observation observed = observe(right, abilityMinusDifficulty - mean, abilityVariance + variance,
                    answer.floor());
            mean -= variance * observed.alpha(); // the offset enters the observation with a minus sign
            variance -= observed.beta() * variance * variance;
        }
        return new ItemOffset(mean, variance);
    }

    private record ItemOffset(double mean, double variance) {
    }

    /**
     * One answer as an observation of x ~ N(m, s2) with P(correct | x) = c + (1 − c)·Φ(λx), c the chance of a right
     * answer without the ability: {@code alpha} = d log Z / d m and {@code beta} = −d² log Z / d m², from which the
     * update of any Gaussian that x depends on follows (moment matching). A right answer's posterior is a mixture of
     * the prior (a lucky guess, weight w0) and the probit update (weight w1), collapsed to its mean and covariance.
     */
    private static Observation observe(boolean correct, double m, double s2, double c) {
        double y = correct ? 1 : -1;
        double denominator = StrictMath.sqrt(1 + LAMBDA * LAMBDA * s2);
        double z = y * LAMBDA * m / denominator;
        double v = Gaussian.millsRatio(z);
        double alpha = y * LAMBDA / denominator * v;
        double beta = LAMBDA * LAMBDA / (1 + LAMBDA * LAMBDA * s2) * v * (v + z);
        if (correct && c > 0) {
            double knows = (1 - c) * Gaussian.cdf(z);
            double w1 = knows / (c + knows);
            double w0 = 1 - w1;
            beta = w1 * beta - w0 * w1 * alpha * alpha;
            alpha = w1 * alpha;
        }
        return new Observation(alpha, beta);
    }

    private record Observation(double alpha, double beta) {
    }

    /** The state after applying {@code answers} in order to {@link #initial()}. */
    public MasteryState replay(Iterable<Answer> answers) {
        MasteryState state = initial();
        for (Answer answer : answers) {
            state = apply(state, answer);
        }
        return state;
    }

    /** The ability posterior at {@code now}: the state's, widened by the drift since the last answer. */
    public AbilityPosterior posterior(MasteryState state, Instant now) {
        Objects.requireNonNull(now, "now");
        double[] cov = state.covariance();
        if (state.lastAnswerAt() != null) {
            addDrift(cov, elapsedDays(state.lastAnswerAt(), now));
        }
        return AbilityPosterior.ofPacked(state.means(), cov, state.answers());
    }

    /** Mastery per task statement and domain at {@code now}. */
    public Mastery mastery(MasteryState state, Instant now) {
        return Mastery.of(posterior(state, now));
    }

    /** The learner's share of repeats answered from a remembered key, as their repeats so far tell. */
    public double keyShare(KeyRecall evidence) {
        return evidence.share(parameters.keyRecallPrior(), parameters.keyRecallPriorWeight());
    }

    private void addDrift(double[] cov, double days) {
        double added = parameters.driftVariancePerDay() * days;
        if (added > 0) {
            for (int i = 0; i < TaskIndex.size(); i++) {
                cov[MasteryState.packed(i, i)] += added;
            }
        }
    }

    private static double elapsedDays(Instant from, Instant to) {
        return Math.max(0, to.toEpochMilli() - from.toEpochMilli()) / DAY_MILLIS;
    }
}
