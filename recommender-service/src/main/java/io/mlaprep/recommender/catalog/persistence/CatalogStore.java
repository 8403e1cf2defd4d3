package io.mlaprep.recommender.catalog.persistence;

import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.recommender.catalog.domain.CatalogueItem;
import io.mlaprep.recommender.redis.RedisKeys;
import io.mlaprep.servicedefaults.redis.LuaScripts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The question catalogue as the recommender knows it, from question-changed events: which questions are
 * active, where they sit in the blueprint and how hard their authors think they are. Read on every
 * recommendation, so the active list is cached for a second.
 */
@Component
public class CatalogStore {

    private static final RedisScript<Long> PUT = LuaScripts.load("catalog-put.lua", Long.class);
    private static final Duration CACHE = Duration.ofSeconds(1);

    private final StringRedisTemplate redis;
    private final Clock clock;
    private volatile List<CatalogueItem> active = List.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    public CatalogStore(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    public void put(QuestionChanged changed) {
        String entry = changed.version() + "|" + changed.status() + "|" + changed.domain() + "|"
                + changed.taskStatement() + "|" + (changed.difficulty() == null ? "" : changed.difficulty()) + "|"
                + (changed.type() == null ? "" : changed.type().name());
        redis.execute(PUT, List.of(RedisKeys.catalog()), changed.questionId(), Integer.toString(changed.version()),
                entry);
        loadedAt = Instant.EPOCH;
    }

    public List<CatalogueItem> active() {
        if (clock.instant().isAfter(loadedAt.plus(CACHE))) {
            List<CatalogueItem> items = new ArrayList<>();
            for (Map.Entry<Object, Object> entry : redis.opsForHash().entries(RedisKeys.catalog()).entrySet()) {
                String[] parts = ((String) entry.getValue()).split("\\|", -1);
                if (QuestionChanged.Status.ACTIVE.name().equals(parts[1])) {
                    // entries stored before the type was kept have five parts
                    QuestionType type = parts.length > 5 && !parts[5].isEmpty() ? QuestionType.valueOf(parts[5]) : null;
                    items.add(new CatalogueItem((String) entry.getKey(), Integer.parseInt(parts[2]), parts[3],
                            parts[4].isEmpty() ? null : Double.parseDouble(parts[4]), type));
                }
            }
            items.sort(java.util.Comparator.comparing(CatalogueItem::questionId));
            active = List.copyOf(items);
            loadedAt = clock.instant();
        }
        return active;
    }
}
