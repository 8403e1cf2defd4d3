package io.mlaprep.recommender.plan.domain;

import io.mlaprep.recommender.mastery.domain.AbilityPosterior;
import io.mlaprep.recommender.mastery.domain.Gaussian;
import io.mlaprep.recommender.mastery.domain.MasteryParameters;
import io.mlaprep.recommender.mastery.domain.TaskIndex;
import io.mlaprep.recommender.readiness.domain.ReadinessModel;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Plans the days from today to the exam.
 *
 * <p>Study days spread the day's questions over the task statements with the largest projected
 * {@code weight × (1 − mastery)}; the last days (about a tenth, one to three) are review days in exam proportions.
 * After each planned day the projection moves every practised ability up by {@code gainPerAnswer × (1 − mastery)} per
 * question new to the learner, and by the mastery model's repeat share of that per question answered before (once a
 * task statement's unseen questions are planned, the rest are repeats; study days weigh a task statement's need by the
 * same share), and lets projected gains fade with the forgetting time constant; the expected readiness on the exam
 * date is the readiness model applied to the projected abilities, with the current uncertainty widened by the mastery
 * model's drift over the days to the exam.
 */
public final class StudyPlanner {

    private final PlanParameters parameters;
    private final ReadinessModel readiness;
    private final double driftVariancePerDay;
    private final double repeatPracticeShare;

    public StudyPlanner(ReadinessModel readiness, MasteryParameters mastery) {
        this(PlanParameters.defaults(), readiness, mastery);
    }

    public StudyPlanner(PlanParameters parameters, ReadinessModel readiness, MasteryParameters mastery) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.readiness = Objects.requireNonNull(readiness, "readiness");
        this.driftVariancePerDay = mastery.driftVariancePerDay();
        this.repeatPracticeShare = mastery.repeatPracticeShare();
    }

    /** A plan for a learner with as many unseen questions as it plans (every planned question counts as new). */
    public StudyPlan plan(AbilityPosterior now, LocalDate today, LocalDate examDate, int dailyMinutes) {
        int[] unlimited = new int[TaskIndex.size()];
        Arrays.fill(unlimited, Integer.MAX_VALUE);
        return plan(now, unlimited, today, examDate, dailyMinutes);
    }

    /**
     * @param now          the learner's ability posterior today
     * @param unseen       questions of each task statement the learner has not answered yet, in {@link TaskIndex}
     *                     order
     * @param dailyMinutes study minutes per day
     */
    public StudyPlan plan(AbilityPosterior now, int[] unseen, LocalDate today, LocalDate examDate, int dailyMinutes) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(unseen, "unseen");
        if (unseen.length != TaskIndex.size() || Arrays.stream(unseen).anyMatch(count -> count < 0)) {
            throw new IllegalArgumentException("unseen questions are counted, none negative, for all "
                    + TaskIndex.size() + " task statements: " + Arrays.toString(unseen));
        }
        int[] fresh = unseen.clone();
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(examDate, "examDate");
        if (dailyMinutes < 0) {
            throw new IllegalArgumentException("dailyMinutes must not be negative: " + dailyMinutes);
        }
        int n = TaskIndex.size();
        int perDay = (int) Math.floor(dailyMinutes / parameters.minutesPerQuestion() + 1e-9);
        int dayCount = (int) Math.max(0, ChronoUnit.DAYS.between(today, examDate));
        int reviewDays = dayCount == 0 ? 0 : (int) Math.min(parameters.maxReviewDays(),
                Math.max(1, Math.round(dayCount * parameters.reviewShare())));
        if (dayCount >= 1 && reviewDays >= dayCount && dayCount > 1) {
            reviewDays = dayCount - 1; // keep at least one study day
        }

        double[] start = now.means();
        double[] gained = new double[n];
        double[] variance = new double[n];
        for (int t = 0; t < n; t++) {
            variance[t] = now.variance(t);
        }
        double fade = StrictMath.exp(-1 / parameters.forgettingDays());
        double[] spread = new double[perDay + 1]; // spreadDecay^k for a task statement's k-th question of a day
        for (int k = 0; k <= perDay; k++) {
            spread[k] = StrictMath.pow(parameters.spreadDecay(), k);
        }
        List<PlanDay> days = new ArrayList<>();
        for (int d = 0; d < dayCount; d++) {
            LocalDate date = today.plusDays(d);
            boolean review = d >= dayCount - reviewDays;
            int[] questions = new int[n];
            double[] mastery = new double[n];
            for (int t = 0; t < n; t++) {
                mastery[t] = Gaussian.expectedLogistic(start[t] + gained[t], variance[t]);
            }
            if (review) {
                blueprint(perDay, questions);
            } else {
                double[] need = new double[n];
                double[] priority = new double[n];
                for (int t = 0; t < n; t++) {
                    need[t] = TaskIndex.weight(t) * (1 - mastery[t]);
                    priority[t] = need[t] * lesson(fresh[t], 0);
                }
                for (int q = 0; q < perDay; q++) {
                    int best = 0;
                    for (int t = 1; t < n; t++) {
                        if (priority[t] > priority[best]) {
                            best = t;
                        }
                    }
                    questions[best]++;
                    priority[best] = need[best] * spread[questions[best]] * lesson(fresh[best], questions[best]);
                }
            }
            for (int t = 0; t < n; t++) {
                gained[t] *= fade;
                for (int q = 0; q < questions[t]; q++) {
                    double m = Gaussian.expectedLogistic(start[t] + gained[t], variance[t]);
                    gained[t] += parameters.gainPerAnswer() * (1 - m) * lesson(fresh[t], 0);
                    if (fresh[t] > 0) {
                        fresh[t]--;
                    }
                }
            }
            days.add(day(date, review ? DayKind.REVIEW : DayKind.STUDY, questions));
        }
        // The exam day itself: gains fade once more.
        double[] projected = new double[n];
        for (int t = 0; t < n; t++) {
            projected[t] = start[t] + gained[t] * (dayCount > 0 ? fade : 1);
        }
        AbilityPosterior atExam = now.withMeans(projected).plusDrift(driftVariancePerDay * dayCount);
        return new StudyPlan(today, examDate, dailyMinutes, perDay, days, readiness.predict(now),
                readiness.predict(atExam));
    }

    /** The lesson of a task statement's next question, {@code planned} of them planned already: a repeat's is less. */
    private double lesson(int unseen, int planned) {
        return planned < unseen ? 1 : repeatPracticeShare;
    }

    /** Splits {@code total} questions over the task statements in exam proportions (largest remainder). */
    static void blueprint(int total, int[] questions) {
        int n = questions.length;
        double[] exact = new double[n];
        int assigned = 0;
        for (int t = 0; t < n; t++) {
            exact[t] = total * TaskIndex.weight(t);
            questions[t] = (int) Math.floor(exact[t]);
            assigned += questions[t];
        }
        Integer[] order = new Integer[n];
        for (int t = 0; t < n; t++) {
            order[t] = t;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer t) -> -(exact[t] - questions[t]))
                .thenComparingInt(t -> t));
        for (int i = 0; assigned < total; i = (i + 1) % n) {
            questions[order[i]]++;
            assigned++;
        }
    }

    private PlanDay day(LocalDate date, DayKind kind, int[] questions) {
        List<TaskAllocation> allocations = new ArrayList<>();
        TreeSet<Integer> domains = new TreeSet<>();
        int total = 0;
        for (int t = 0; t < questions.length; t++) {
            if (questions[t] > 0) {
                allocations.add(new TaskAllocation(TaskIndex.id(t), TaskIndex.domain(t), questions[t]));
                domains.add(TaskIndex.domain(t));
                total += questions[t];
            }
        }
        allocations.sort(Comparator.comparingInt(TaskAllocation::questions).reversed()
                .thenComparing(TaskAllocation::taskStatement));
        int minutes = (int) Math.round(total * parameters.minutesPerQuestion());
        return new PlanDay(date, kind, total, minutes, allocations, List.copyOf(domains));
    }
}
