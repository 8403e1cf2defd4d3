package io.mlaprep.recommender.simulation;

import io.mlaprep.contracts.QuestionType;
import io.mlaprep.recommender.catalog.domain.CatalogueItem;
import io.mlaprep.recommender.mastery.domain.TaskIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** The synthetic question bank: true difficulties (hidden) and the authors' noisy priors (visible). */
final class SimCatalogue {

    /**
     * @param guessFloor chance of a right answer by pure guessing: 1 / the item's possible responses (a four-option
     *                   multiple choice 1/4, two of five 1/10, an order of four steps 1/24)
     */
    record Item(String questionId, int task, double trueDifficulty, double guessFloor, CatalogueItem visible) {
    }

    /** Shares of the question types in the bank and on the exam, and each type's guessing floor. */
    static final double[] TYPE_SHARES = {0.52, 0.23, 0.125, 0.125};
    static final double[] TYPE_GUESS_FLOORS = {1 / 4.0, 1 / 10.0, 1 / 24.0, 1 / 24.0};

    static final QuestionType[] TYPES = {QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_RESPONSE,
        QuestionType.ORDERING, QuestionType.MATCHING};

    static double guessFloor(SplittableRandom random) {
        return TYPE_GUESS_FLOORS[typeIndex(random)];
    }

    private static int typeIndex(SplittableRandom random) {
        double u = random.nextDouble();
        for (int i = 0; i < TYPE_SHARES.length - 1; i++) {
            u -= TYPE_SHARES[i];
            if (u < 0) {
                return i;
            }
        }
        return TYPE_SHARES.length - 1;
    }

    private final List<List<Item>> byTask = new ArrayList<>();
    private final Map<String, Item> byId = new HashMap<>();
    private final List<CatalogueItem> visible;

    SimCatalogue(SimulationConfig config, SplittableRandom random) {
        List<CatalogueItem> shown = new ArrayList<>();
        for (int t = 0; t < TaskIndex.size(); t++) {
            List<Item> ofTask = new ArrayList<>();
            for (int i = 0; i < config.itemsPerTask(); i++) {
                String id = String.format("q-%s-%03d", TaskIndex.id(t), i);
                double b = clamp(config.itemDifficultySd() * random.nextGaussian());
                double noisy = clamp(b + config.authorNoiseSd() * random.nextGaussian());
                Double prior = random.nextDouble() < config.missingDifficulty() ? null : noisy;
                int type = typeIndex(random);
                CatalogueItem item = new CatalogueItem(id, TaskIndex.domain(t), TaskIndex.id(t), prior, TYPES[type]);
                Item sim = new Item(id, t, b, TYPE_GUESS_FLOORS[type], item);
                ofTask.add(sim);
                byId.put(id, sim);
                shown.add(item);
            }
            byTask.add(List.copyOf(ofTask));
        }
        visible = List.copyOf(shown);
    }

    List<Item> ofTask(int task) {
        return byTask.get(task);
    }

    Item get(String questionId) {
        return byId.get(questionId);
    }

    /** What a policy may see: ids, task statements and the authors' priors. */
    List<CatalogueItem> visible() {
        return visible;
    }

    private static double clamp(double b) {
        return Math.max(-3, Math.min(3, b));
    }
}
