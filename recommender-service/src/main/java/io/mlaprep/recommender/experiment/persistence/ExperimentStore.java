package io.mlaprep.recommender.experiment.persistence;

import io.mlaprep.recommender.experiment.domain.Experiment;
import io.mlaprep.recommender.experiment.domain.LearnerOutcome;
import io.mlaprep.recommender.redis.RedisKeys;
import io.mlaprep.servicedefaults.redis.LuaScripts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Experiments and their learners in Redis (key schema in {@link RedisKeys}). A learner's arm and outcomes are
 * written by the script that applies their answers; this reads them, and records mock-exam scores.
 */
@Repository
public class ExperimentStore {

    private static final RedisScript<String> CREATE = LuaScripts.load("experiment-create.lua", String.class);
    private static final RedisScript<Long> STOP = LuaScripts.load("experiment-stop.lua", Long.class);
    private static final RedisScript<Long> EXAM = LuaScripts.load("experiment-exam.lua", Long.class);

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final JsonMapper json;

    public ExperimentStore(StringRedisTemplate redis, RedisKeys keys, JsonMapper json) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
    }

    /** Stores and activates the experiment unless another is active; then that one's id. */
    public Optional<String> createUnlessOneIsActive(Experiment experiment) {
        return Optional.ofNullable(redis.execute(CREATE,
                List.of(RedisKeys.activeExperiment(), RedisKeys.experiments()), experiment.id(), write(experiment)));
    }

    public void stop(Experiment stopped) {
        redis.execute(STOP, List.of(RedisKeys.activeExperiment(), RedisKeys.experiments()), stopped.id(),
                write(stopped));
    }

    public Optional<Experiment> find(String id) {
        Object stored = redis.opsForHash().get(RedisKeys.experiments(), id);
        return Optional.ofNullable(stored).map(value -> read((String) value));
    }

    /** Newest first. */
    public List<Experiment> all() {
        return redis.opsForHash().values(RedisKeys.experiments()).stream().map(value -> read((String) value))
                .sorted(Comparator.comparing(Experiment::createdAt).reversed()).toList();
    }

    public Optional<Experiment> active() {
        return Optional.ofNullable(redis.opsForValue().get(RedisKeys.activeExperiment())).flatMap(this::find);
    }

    public Optional<String> storedArm(String experimentId, String learnerId) {
        Object arm = redis.opsForHash().get(keys.experimentOf(experimentId, learnerId), "a:" + learnerId);
        return Optional.ofNullable((String) arm);
    }

    /** Learners assigned to each arm, counted as they are assigned. */
    public Map<String, Integer> learnersPerArm(Experiment experiment) {
        List<Object> fields = experiment.arms().stream().map(arm -> (Object) ("#:" + arm.name())).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        experiment.arms().forEach(arm -> counts.put(arm.name(), 0));
        for (int shard = 0; shard < keys.shards(); shard++) {
            List<Object> values = redis.opsForHash().multiGet(keys.experiment(experiment.id(), shard), fields);
            for (int i = 0; i < fields.size(); i++) {
                if (values.get(i) != null) {
                    counts.merge(experiment.arms().get(i).name(), Integer.parseInt((String) values.get(i)),
                            Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Every assigned learner's outcome; reads every shard's entry of the experiment whole. */
    public List<LearnerOutcome> outcomes(String experimentId) {
        List<LearnerOutcome> outcomes = new ArrayList<>();
        for (int shard = 0; shard < keys.shards(); shard++) {
            Map<String, Map<Character, String>> learners = new HashMap<>();
            Map<String, List<Integer>> scores = new HashMap<>();
            redis.opsForHash().entries(keys.experiment(experimentId, shard)).forEach((key, value) -> {
                String field = (String) key;
                if (field.startsWith("e:")) {
                    String learner = field.substring(2, field.lastIndexOf(':'));
                    scores.computeIfAbsent(learner, l -> new ArrayList<>()).add(Integer.parseInt((String) value));
                } else if (field.length() > 2 && field.charAt(1) == ':' && field.charAt(0) != '#') {
                    learners.computeIfAbsent(field.substring(2), l -> new HashMap<>())
                            .put(field.charAt(0), (String) value);
                }
            });
            learners.forEach((learner, values) -> {
                if (values.containsKey('a')) {
                    outcomes.add(new LearnerOutcome(values.get('a'), count(values.get('n')),
                            values.containsKey('r') ? Integer.valueOf(values.get('r')) : null, count(values.get('d')),
                            count(values.get('c')), scores.getOrDefault(learner, List.of())));
                }
            });
        }
        return outcomes;
    }

    /** Records the score if the learner is in the experiment, once per event; true if it was recorded now. */
    public boolean recordExamScore(String experimentId, String learnerId, String eventId, int scaledScore) {
        Long recorded = redis.execute(EXAM, List.of(keys.experimentOf(experimentId, learnerId)), learnerId, eventId,
                Integer.toString(scaledScore));
        return recorded != null && recorded == 1;
    }

    private static int count(String value) {
        return value == null ? 0 : Integer.parseInt(value);
    }

    private String write(Experiment experiment) {
        return json.writeValueAsString(StoredExperiment.of(experiment));
    }

    private Experiment read(String stored) {
        return json.readValue(stored, StoredExperiment.class).toExperiment();
    }
}
