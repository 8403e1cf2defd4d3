package io.mlaprep.recommender.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.QuestionChanged;
import io.mlaprep.contracts.QuestionType;
import io.mlaprep.recommender.catalog.domain.CatalogueItem;
import io.mlaprep.recommender.catalog.persistence.CatalogStore;
import io.mlaprep.recommender.redis.RedisKeys;
import io.mlaprep.recommender.support.RecommenderServiceTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The catalogue on the real Redis keeps each question's type, which says how far a right answer could be a guess. */
@RecommenderServiceTest
class CatalogStoreIT {

    @Autowired
    CatalogStore catalog;
    @Autowired
    StringRedisTemplate redis;

    @Test
    void anActiveQuestionIsCatalogued() {
        String id = "ordering-" + UUID.randomUUID();
        catalog.put(new QuestionChanged(UUID.randomUUID(), QuestionChanged.SCHEMA_VERSION, Instant.now(), id, 1,
                QuestionChanged.Status.ACTIVE, 3, "3.2", QuestionType.ORDERING, 0.5));

        assertThat(item(id)).isEqualTo(new CatalogueItem(id, 3, "3.2", 0.5, QuestionType.ORDERING));
    }

    @Test
    void aQuestionCataloguedBeforeTypesWereKeptHasNoType() {
        String old = "untyped-" + UUID.randomUUID();
        redis.opsForHash().put(RedisKeys.catalog(), old, "1|ACTIVE|2|2.1|-0.5");
        catalog.put(new QuestionChanged(UUID.randomUUID(), QuestionChanged.SCHEMA_VERSION, Instant.now(),
                "other-" + UUID.randomUUID(), 1, QuestionChanged.Status.ACTIVE, 2, "2.1", QuestionType.MATCHING,
                null)); // any write makes the next read fresh

        assertThat(item(old)).isEqualTo(new CatalogueItem(old, 2, "2.1", -0.5, null));
    }

    private CatalogueItem item(String questionId) {
        return catalog.active().stream().filter(i -> i.questionId().equals(questionId)).findFirst().orElseThrow();
    }
}
