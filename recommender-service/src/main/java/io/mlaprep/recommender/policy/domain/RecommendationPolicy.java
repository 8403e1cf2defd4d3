package io.mlaprep.recommender.policy.domain;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.recommender.catalog.domain.CatalogueItem;
import io.mlaprep.recommender.mastery.domain.AnswerFloor;
import io.mlaprep.recommender.mastery.domain.DomainMastery;
import io.mlaprep.recommender.mastery.domain.ItemInformation;
import io.mlaprep.recommender.mastery.domain.MasteryParameters;
import io.mlaprep.recommender.mastery.domain.TaskIndex;
import io.mlaprep.recommender.mastery.domain.TaskMastery;
import io.mlaprep.recommender.memory.domain.Fsrs;
import io.mlaprep.recommender.memory.domain.MemoryState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses what a learner should answer next.
 *
 * <ol>
 *   <li><b>Due reviews ahead of the rest</b> — with an exam date, items whose next review would come after it and
 *       whose recall on exam day would be below {@link PolicyParameters#examDayRetention()}, up to
 *       {@link PolicyParameters#examReviewShare()} of the slots; seen items whose FSRS recall probability is below
 *       the target retention up to {@link PolicyParameters#maxReviewShare()} of the slots: none by default, so they
 *       come in through the weak areas (below); and as many as needed when nothing else is left. Most urgent first
 *       (most forgotten, now or on exam day, times the task statement's share of the exam).</li>
 *   <li><b>Exploration</b> — about {@link PolicyParameters#explorationShare()} of the slots go to new questions, in
 *       the task statements where an answer tells most about the exam score ({@link LearnerSnapshot#information()};
 *       without it, those with the fewest answers, then the widest mastery interval).</li>
 *   <li><b>Weak areas</b> — the remaining slots go to the task statements where an answer raises the pass probability
 *       most ({@link LearnerSnapshot#passGain()}; without it, the largest {@code weight × (1 − mastery)}), spread over
 *       the top few by {@link PolicyParameters#spreadDecay()}; one whose questions the learner has all answered counts
 *       {@link MasteryParameters#repeatPracticeShare()} of that, as answering them again teaches that much less, and
 *       offers its due reviews first.</li>
 * </ol>
 *
 * <p>Within a task statement unseen items come first, those whose answer tells most about the learner's ability
 * ({@link ItemInformation}: near the learner's level, with a known difficulty, hard to guess) before others; then
 * due items, most forgotten first; then seen items that are neither due nor seen in the last 24 hours, longest unseen
 * first. An item answered in the last 24 hours is only ever offered as a due review. Ties are broken by question id,
 * so the same inputs always give the same list; task statements whose values differ by rounding alone count as tied,
 * the earlier in the exam guide first, so the list does not reorder between two requests a moment apart.
 */
public final class RecommendationPolicy {

    private static final Duration RECENT = Duration.ofHours(24);
    private static final long DAY_MILLIS = 86_400_000L;
    private static final double TIE_TOLERANCE = 1e-9;
    /** Most forgotten (now, or on exam day if that is lower), in the heaviest part of the exam. */
    private static final Comparator<Due> MOST_URGENT_FIRST = Comparator.comparingDouble((Due d) -> -d.urgency())
            .thenComparing(d -> d.item().questionId());

    private final Fsrs fsrs;
    private final PolicyParameters parameters;
    /** The service's mastery model's documented defaults: how it measures, and what a repeat teaches. */
    private final MasteryParameters masteryParameters = MasteryParameters.defaults();
    private final ItemInformation information = new ItemInformation(masteryParameters);

    public RecommendationPolicy(Fsrs fsrs) {
        this(fsrs, PolicyParameters.defaults());
    }

    public RecommendationPolicy(Fsrs fsrs, PolicyParameters parameters) {
        this.fsrs = Objects.requireNonNull(fsrs, "fsrs");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    public Recommendations recommend(LearnerSnapshot learner, List<CatalogueItem> catalogue, int limit) {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(catalogue, "catalogue");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        Instant now = learner.now();
        Instant recentSince = now.minus(RECENT);
        int n = TaskIndex.size();
        TaskMastery[] mastery = new TaskMastery[n];
        for (TaskMastery task : learner.mastery().taskStatements()) {
            mastery[TaskIndex.of(task.taskStatement())] = task;
        }

        List<Due> due = new ArrayList<>();
        List<List<Candidate>> candidates = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            candidates.add(new ArrayList<>());
        }
        for (CatalogueItem item : catalogue) {
            int t = TaskIndex.of(item.taskStatement());
            MemoryState memory = learner.memory().get(item.questionId());
            if (memory == null) {
                // Unseen: the one whose answer tells most first (near the learner's level, hard to guess).
                candidates.get(t).add(new Candidate(item, 0, -information.of(mastery[t].abilityMean(),
                        mastery[t].abilitySd(), item.itemDifficulty(), AnswerFloor.guess(item.type())), null));
                continue;
            }
            double retrievability = fsrs.retrievability(memory, now);
            double onExamDay = examDayRecall(memory, now, learner.examAt());
            boolean slipsBeforeExam = onExamDay < parameters.examDayRetention(); // false for NaN
            if (retrievability < parameters.targetRetention() || slipsBeforeExam) {
                Due d = new Due(item, t, memory, retrievability, slipsBeforeExam ? onExamDay : Double.NaN,
                        slipsBeforeExam ? learner.examAt() : null);
                due.add(d);
                candidates.get(t).add(new Candidate(item, 1, retrievability, d));
            } else if (memory.lastReview().isBefore(recentSince)) {
                // Seen earlier, not due: longest unseen first.
                candidates.get(t).add(new Candidate(item, 2, memory.lastReview().toEpochMilli(), null));
            }
        }
        due.sort(MOST_URGENT_FIRST);

        int available = 0;
        for (List<Candidate> list : candidates) {
            for (Candidate c : list) {
                available += c.due() == null ? 1 : 0;
            }
        }
        List<Due> ahead = reviewsAhead(due, limit, available);
        int exploreSlots = (int) Math.round((limit - ahead.size()) * parameters.explorationShare());

        Set<String> taken = new HashSet<>();
        List<Due> reviews = new ArrayList<>(ahead);
        for (Due d : ahead) {
            taken.add(d.item().questionId());
        }
        for (List<Candidate> list : candidates) {
            list.removeIf(c -> taken.contains(c.item().questionId()));
        }

        int[] picked = new int[n];
        List<Recommendation> explored = new ArrayList<>();
        for (int slot = 0; slot < exploreSlots && reviews.size() + explored.size() < limit; slot++) {
            int t = learner.information() == null ? leastEvidence(mastery, picked, candidates)
                    : mostInformative(learner.information(), picked, candidates);
            if (t < 0) {
                break;
            }
            Candidate c = take(candidates.get(t));
            if (!taken.add(c.item().questionId())) {
                continue; // the same question twice in the catalogue
            }
            picked[t]++;
            explored.add(new Recommendation(c.item().questionId(), c.item().domain(), c.item().taskStatement(),
                    Reason.NEW, null, newExplanation(mastery[t])));
        }
        // the expected rise in pass probability (or weight × (1 − mastery)), times spreadDecay per item picked there
        double[] priority = new double[n];
        for (int t = 0; t < n; t++) {
            priority[t] = learner.passGain() == null ? priority(mastery[t]) : learner.passGain()[t];
            for (int k = 0; k < picked[t]; k++) {
                priority[t] *= parameters.spreadDecay();
            }
        }
        List<Recommendation> weak = new ArrayList<>();
        while (reviews.size() + weak.size() + explored.size() < limit) {
            int best = -1;
            double bestPriority = 0;
            for (int t = 0; t < n; t++) {
                if (candidates.get(t).isEmpty()) {
                    continue;
                }
                double p = priority[t];
                if (!hasUnseen(candidates.get(t))) {
                    p *= masteryParameters.repeatPracticeShare(); // a question answered before teaches less
                }
                if (best < 0 || clearlyAbove(p, bestPriority)) {
                    best = t;
                    bestPriority = p;
                }
            }
            if (best < 0) {
                break;
            }
            Candidate c = take(candidates.get(best));
            if (!taken.add(c.item().questionId())) {
                continue; // the same question twice in the catalogue
            }
            picked[best]++;
            priority[best] *= parameters.spreadDecay();
            if (c.due() != null) {
                reviews.add(c.due()); // the weak area's unseen items are used up: review it
            } else if (mastery[best].answers() == 0) {
                // nothing answered there: the area is unknown, not weak, and the learner is told so
                weak.add(new Recommendation(c.item().questionId(), c.item().domain(), c.item().taskStatement(),
                        Reason.NEW, null, newExplanation(mastery[best])));
            } else {
                weak.add(new Recommendation(c.item().questionId(), c.item().domain(), c.item().taskStatement(),
                        Reason.WEAK_AREA, null, weakExplanation(mastery[best])));
            }
        }
        // Weak areas without unseen items add reviews after the first ones: one order for all.
        reviews.sort(MOST_URGENT_FIRST);
        List<Recommendation> items = new ArrayList<>();
        for (Due d : reviews) {
            items.add(review(d, now));
        }
        items.addAll(weak);
        items.addAll(explored);
        return new Recommendations(items, focus(learner));
    }

    /**
     * The due reviews listed ahead of everything else, from {@code due} (most urgent first): items that would slip
     * before the exam, up to {@link PolicyParameters#examReviewShare()} of the slots, then others up to
     * {@link PolicyParameters#maxReviewShare()} in all; and as many more as the list needs when the other
     * {@code available} items cannot fill it.
     */
    private List<Due> reviewsAhead(List<Due> due, int limit, int available) {
        int examSlots = (int) Math.floor(limit * parameters.examReviewShare());
        List<Due> ahead = new ArrayList<>();
        for (Due d : due) {
            if (d.beforeExam() != null && ahead.size() < examSlots) {
                ahead.add(d);
            }
        }
        int slots = Math.max(ahead.size(),
                Math.max((int) Math.floor(limit * parameters.maxReviewShare()), limit - available));
        for (Due d : due) {
            if (ahead.size() >= slots) {
                break;
            }
            if (!ahead.contains(d)) {
                ahead.add(d);
            }
        }
        return ahead;
    }

    /** Domains by {@code weight × (1 − mastery)}, largest first. */
    public List<FocusArea> focus(LearnerSnapshot learner) {
        List<FocusArea> focus = new ArrayList<>();
        for (DomainMastery domain : learner.mastery().domains()) {
            String name = ExamGuide.requireDomain(domain.domain()).name();
            focus.add(new FocusArea(domain.domain(), name, domain.weight(), domain.mastery(), domain.low(),
                    domain.high(), domain.weight() * (1 - domain.mastery()),
                    String.format(Locale.ROOT, "Domain %d (%s) is %d %% of the exam and your mastery there is %d %%"
                                    + " (%d–%d %%).", domain.domain(), name, percent(domain.weight()),
                            percent(domain.mastery()), percent(domain.low()), percent(domain.high()))));
        }
        focus.sort(Comparator.comparingDouble(FocusArea::priority).reversed().thenComparingInt(FocusArea::domain));
        return focus;
    }

    private static Recommendation review(Due due, Instant now) {
        return new Recommendation(due.item().questionId(), due.item().domain(), due.item().taskStatement(),
                Reason.DUE_REVIEW, due.retrievability(), due.beforeExam() == null
                        ? ReviewExplanation.due(due.memory(), due.retrievability(), now)
                        : beforeExamExplanation(due.examDayRecall(), now, due.beforeExam()));
    }

    private static double priority(TaskMastery task) {
        return task.weight() * (1 - task.mastery());
    }

    /**
     * Recall on exam day of an item whose next scheduled review would come only after the exam, or NaN when there is
     * no exam date or the schedule brings the item back before it.
     */
    private double examDayRecall(MemoryState memory, Instant now, Instant examAt) {
        if (examAt == null || !examAt.isAfter(now) || !memory.due().isAfter(examAt)) {
            return Double.NaN;
        }
        return fsrs.retrievability(memory, examAt);
    }

    /** How much a due review matters: how much is forgotten, times the task statement's share of the exam. */
    private static double urgency(int task, double retrievability) {
        return (1 - retrievability) * TaskIndex.weight(task);
    }

    /** The task statement of most information, halved for each item already picked there, with unseen questions. */
    private static int mostInformative(double[] information, int[] picked, List<List<Candidate>> candidates) {
        int best = -1;
        for (int t = 0; t < information.length; t++) {
            if (!hasUnseen(candidates.get(t))) {
                continue; // exploring is asking a new question; a seen one tells little
            }
            if (best < 0 || clearlyAbove(information[t] / (1 << picked[t]),
                    information[best] / (1 << picked[best]))) {
                best = t;
            }
        }
        return best;
    }

    private static int leastEvidence(TaskMastery[] mastery, int[] picked, List<List<Candidate>> candidates) {
        int best = -1;
        for (int t = 0; t < mastery.length; t++) {
            if (!hasUnseen(candidates.get(t))) {
                continue; // exploring is asking a new question; a seen one tells little
            }
            if (best < 0 || mastery[t].answers() + picked[t] < mastery[best].answers() + picked[best]
                    || (mastery[t].answers() + picked[t] == mastery[best].answers() + picked[best]
                    && clearlyAbove(mastery[t].abilitySd(), mastery[best].abilitySd()))) {
                best = t;
            }
        }
        return best;
    }

    /**
     * Whether {@code a} exceeds {@code b} by more than rounding. Task statements the model treats alike (same weight,
     * no answers) get values equal but for the last bits, and those bits move with the milliseconds of drift between
     * two requests: without this margin the same learner's list would swap such tasks from one request to the next.
     * Within it, the earlier task statement wins.
     */
    private static boolean clearlyAbove(double a, double b) {
        return a - b > TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
    }

    private static boolean hasUnseen(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.tier() == 0) {
                return true;
            }
        }
        return false;
    }

    /** Removes and returns the best candidate: unseen, then due, then other seen items; by key, then id. */
    private static Candidate take(List<Candidate> candidates) {
        int best = 0;
        for (int i = 1; i < candidates.size(); i++) {
            if (candidates.get(i).isBefore(candidates.get(best))) {
                best = i;
            }
        }
        return candidates.remove(best);
    }

    private static String beforeExamExplanation(double examDayRecall, Instant now, Instant examAt) {
        long days = Math.max(1, Math.floorDiv(examAt.toEpochMilli() - now.toEpochMilli() + DAY_MILLIS - 1,
                DAY_MILLIS));
        return String.format(Locale.ROOT, "Your exam is in %d %s and this would not come back before it; by then"
                + " recall would be down to %d %%.", days, days == 1 ? "day" : "days", percent(examDayRecall));
    }

    private static String weakExplanation(TaskMastery task) {
        return String.format(Locale.ROOT,
                "Domain %d is %d %% of the exam and your mastery of task %s (%s) is %d %% (%d–%d %%).",
                task.domain(), percent(ExamGuide.requireDomain(task.domain()).weight()), task.taskStatement(),
                taskName(task.taskStatement()), percent(task.mastery()), percent(task.low()), percent(task.high()));
    }

    private static String newExplanation(TaskMastery task) {
        String evidence = task.answers() == 0
                ? "You have not answered any question on task " + task.taskStatement()
                : String.format(Locale.ROOT, "You have answered only %d %s on task %s", task.answers(),
                        task.answers() == 1 ? "question" : "questions", task.taskStatement());
        return String.format(Locale.ROOT, "%s (%s) yet; its mastery estimate is still wide (%d–%d %%).", evidence,
                taskName(task.taskStatement()), percent(task.low()), percent(task.high()));
    }

    private static String taskName(String taskStatement) {
        return ExamGuide.taskStatement(taskStatement).map(ExamGuide.TaskStatement::name).orElse(taskStatement);
    }

    private static int percent(double share) {
        return (int) Math.round(share * 100);
    }

    /**
     * A seen item whose recall probability is below the target retention, now or (if its next review would come
     * after the exam) on exam day.
     *
     * @param task           its task statement's index, so sorting by urgency needs no id lookups
     * @param retrievability recall now
     * @param examDayRecall  recall on exam day when that makes it due (NaN otherwise)
     * @param beforeExam     the exam it must be reviewed before, when recall on exam day makes it due
     */
    private record Due(CatalogueItem item, int task, MemoryState memory, double retrievability, double examDayRecall,
                       Instant beforeExam) {

        double lowestRecall() {
            return Double.isNaN(examDayRecall) ? retrievability : Math.min(retrievability, examDayRecall);
        }

        double urgency() {
            return RecommendationPolicy.urgency(task, lowestRecall());
        }
    }

    /** A candidate of one task statement: tier 0 unseen, 1 due, 2 seen earlier and not due. */
    private record Candidate(CatalogueItem item, int tier, double key, Due due) {

        boolean isBefore(Candidate other) {
            if (tier != other.tier) {
                return tier < other.tier;
            }
            if (key != other.key) {
                return key < other.key;
            }
            return item.questionId().compareTo(other.item.questionId()) < 0;
        }
    }
}
