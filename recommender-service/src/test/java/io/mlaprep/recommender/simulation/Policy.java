package io.mlaprep.recommender.simulation;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.recommender.mastery.domain.TaskIndex;
import io.mlaprep.recommender.policy.domain.LearnerSnapshot;
import io.mlaprep.recommender.policy.domain.Recommendation;
import io.mlaprep.recommender.policy.domain.RecommendationPolicy;
import io.mlaprep.recommender.readiness.domain.ReadinessModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** Chooses the next questions for one synthetic learner. A new instance per learner (policies may keep state). */
interface Policy {

    /** Everything a policy may look at: the service's model of the learner, never the hidden truth. */
    record Context(int day, Instant now, LearnerModel model, SimCatalogue catalogue, SplittableRandom random,
                   TrueLearner truthForOracleOnly) {
    }

    List<SimCatalogue.Item> next(Context context, int count);

    default void answered(SimCatalogue.Item item, boolean correct, int day) {
    }

    enum Kind {
        BLUEPRINT_RANDOM("blueprint-random"),
        ROUND_ROBIN("round-robin by domain"),
        LEITNER("Leitner boxes"),
        OURS("ours (policy.domain)"),
        ORACLE("oracle (sees the truth)");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        Policy create(RecommendationPolicy recommender, ReadinessModel readiness, boolean passGain) {
            return switch (this) {
                case BLUEPRINT_RANDOM -> new BlueprintRandom();
                case ROUND_ROBIN -> new RoundRobin();
                case LEITNER -> new Leitner();
                case OURS -> new Ours(recommender, passGain ? readiness : null);
                case ORACLE -> new Oracle();
            };
        }
    }

    /** Domain drawn by exam weight, task statement uniformly within it, an unseen item if there is one. */
    final class BlueprintRandom implements Policy {
        @Override
        public List<SimCatalogue.Item> next(Context c, int count) {
            List<SimCatalogue.Item> chosen = new ArrayList<>();
            Set<String> taken = new HashSet<>();
            Set<String> recent = c.model().seenSince(c.now().minus(Duration.ofHours(24)));
            for (int i = 0; i < count; i++) {
                chosen.add(pick(c, blueprintTask(c.random()), taken, recent));
            }
            return chosen;
        }
    }

    /** Domains in turn (1, 2, 3, 4, 1, …), task statements in turn within each, an unseen item if there is one. */
    final class RoundRobin implements Policy {
        private int next;
        private final int[] nextTask = new int[ExamGuide.DOMAINS.size()];

        @Override
        public List<SimCatalogue.Item> next(Context c, int count) {
            List<SimCatalogue.Item> chosen = new ArrayList<>();
            Set<String> taken = new HashSet<>();
            Set<String> recent = c.model().seenSince(c.now().minus(Duration.ofHours(24)));
            for (int i = 0; i < count; i++) {
                int d = next++ % ExamGuide.DOMAINS.size();
                ExamGuide.Domain domain = ExamGuide.DOMAINS.get(d);
                String task = domain.taskStatements().get(nextTask[d]++ % domain.taskStatements().size()).id();
                chosen.add(pick(c, TaskIndex.of(task), taken, recent));
            }
            return chosen;
        }
    }

    /**
     * Leitner boxes 1–5 reviewed every 1, 2, 4, 8, 16 days; right moves an item up a box, wrong back to box 1. Due
     * items first (lowest box, longest waiting), then new items drawn as blueprint-random.
     */
    final class Leitner implements Policy {
        private static final int[] INTERVAL_DAYS = {1, 2, 4, 8, 16};
        private final Map<String, int[]> boxes = new HashMap<>(); // questionId -> {box 0..4, last day}

        @Override
        public List<SimCatalogue.Item> next(Context c, int count) {
            List<Map.Entry<String, int[]>> due = new ArrayList<>();
            for (Map.Entry<String, int[]> entry : boxes.entrySet()) {
                int[] state = entry.getValue();
                if (c.day() - state[1] >= INTERVAL_DAYS[state[0]]) {
                    due.add(entry);
                }
            }
            due.sort(Comparator.comparingInt((Map.Entry<String, int[]> e) -> e.getValue()[0])
                    .thenComparingInt(e -> e.getValue()[1]).thenComparing(Map.Entry::getKey));
            List<SimCatalogue.Item> chosen = new ArrayList<>();
            Set<String> taken = new HashSet<>();
            for (int i = 0; i < due.size() && chosen.size() < count; i++) {
                String id = due.get(i).getKey();
                chosen.add(c.catalogue().get(id));
                taken.add(id);
            }
            Set<String> recent = c.model().seenSince(c.now().minus(Duration.ofHours(24)));
            while (chosen.size() < count) {
                chosen.add(pick(c, blueprintTask(c.random()), taken, recent));
            }
            return chosen;
        }

        @Override
        public void answered(SimCatalogue.Item item, boolean correct, int day) {
            int[] state = boxes.get(item.questionId());
            int box = state == null ? 0 : correct ? Math.min(state[0] + 1, INTERVAL_DAYS.length - 1) : 0;
            boxes.put(item.questionId(), new int[] {box, day});
        }
    }

    /**
     * The service's recommendation policy, fed with the service's learner model; weak areas ranked by the expected
     * rise in pass probability as the service does, or (without a readiness model) by weight × (1 − mastery).
     */
    final class Ours implements Policy {
        private final RecommendationPolicy recommender;
        private final ReadinessModel readiness;

        Ours(RecommendationPolicy recommender, ReadinessModel readiness) {
            this.recommender = recommender;
            this.readiness = readiness;
        }

        @Override
        public List<SimCatalogue.Item> next(Context c, int count) {
            LearnerSnapshot snapshot = readiness == null
                    ? new LearnerSnapshot(c.now(), c.model().memory(), c.model().mastery(c.now()))
                    : new LearnerSnapshot(c.now(), c.model().memory(), c.model().mastery(c.now()),
                            c.model().passGain(readiness, c.now()), c.model().information(readiness, c.now()), null);
            List<SimCatalogue.Item> chosen = new ArrayList<>();
            for (Recommendation r : recommender.recommend(snapshot, c.catalogue().visible(), count).items()) {
                chosen.add(c.catalogue().get(r.questionId()));
            }
            Set<String> taken = new HashSet<>();
            chosen.forEach(i -> taken.add(i.questionId()));
            while (chosen.size() < count) { // only if the catalogue ran dry
                chosen.add(pick(c, blueprintTask(c.random()), taken, Set.of()));
            }
            return chosen;
        }
    }

    /**
     * Reference only, not a real policy: sees the hidden abilities and spends each answer where it raises the true
     * expected exam score most (exam weight × slope of P(correct) × learning gain, the gain of a question answered
     * before being the truth's repeat value of a new one's), spreading like ours.
     */
    final class Oracle implements Policy {
        @Override
        public List<SimCatalogue.Item> next(Context c, int count) {
            int n = TaskIndex.size();
            double[] value = new double[n];
            for (int t = 0; t < n; t++) {
                double theta = c.truthForOracleOnly().ability(t, c.now());
                double p = 1 / (1 + Math.exp(-theta));
                double slope = p * (1 - p);
                value[t] = TaskIndex.weight(t) * slope * (1 - p);
            }
            List<SimCatalogue.Item> chosen = new ArrayList<>();
            Set<String> taken = new HashSet<>();
            Set<String> recent = c.model().seenSince(c.now().minus(Duration.ofHours(24)));
            int[] picked = new int[n];
            for (int i = 0; i < count; i++) {
                int best = 0;
                double bestValue = -1;
                for (int t = 0; t < n; t++) {
                    // the truth's lesson of a question answered before is its repeat value's share of a new one's
                    double lesson = unseenLeft(c, t, taken) ? 1 : c.truthForOracleOnly().repeatValue();
                    double v = value[t] * lesson * Math.pow(0.85, picked[t]);
                    if (v > bestValue) {
                        best = t;
                        bestValue = v;
                    }
                }
                picked[best]++;
                chosen.add(pick(c, best, taken, recent));
            }
            return chosen;
        }
    }

    private static boolean unseenLeft(Context c, int task, Set<String> taken) {
        for (SimCatalogue.Item item : c.catalogue().ofTask(task)) {
            if (!taken.contains(item.questionId()) && !c.model().seen(item.questionId())) {
                return true;
            }
        }
        return false;
    }

    static int blueprintTask(SplittableRandom random) {
        double u = random.nextDouble();
        ExamGuide.Domain domain = ExamGuide.DOMAINS.getLast();
        double cumulative = 0;
        for (ExamGuide.Domain d : ExamGuide.DOMAINS) {
            cumulative += d.weight();
            if (u < cumulative) {
                domain = d;
                break;
            }
        }
        return TaskIndex.of(domain.taskStatements().get(random.nextInt(domain.taskStatements().size())).id());
    }

    /** A random item of the task: unseen if possible, else not seen in the last 24 hours, else any not yet taken. */
    static SimCatalogue.Item pick(Context c, int task, Set<String> taken, Set<String> recent) {
        List<SimCatalogue.Item> items = c.catalogue().ofTask(task);
        List<SimCatalogue.Item> unseen = new ArrayList<>();
        List<SimCatalogue.Item> notRecent = new ArrayList<>();
        List<SimCatalogue.Item> any = new ArrayList<>();
        for (SimCatalogue.Item item : items) {
            if (taken.contains(item.questionId())) {
                continue;
            }
            any.add(item);
            if (!c.model().seen(item.questionId())) {
                unseen.add(item);
            } else if (!recent.contains(item.questionId())) {
                notRecent.add(item);
            }
        }
        List<SimCatalogue.Item> pool = !unseen.isEmpty() ? unseen : !notRecent.isEmpty() ? notRecent : any;
        SimCatalogue.Item item = pool.get(c.random().nextInt(pool.size()));
        taken.add(item.questionId());
        return item;
    }
}
