package io.mlaprep.analytics.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.mlaprep.analytics.support.FreshDatabase;
import io.mlaprep.servicedefaults.inbound.Delivery;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The compare-and-set writes on a real MongoDB wire server, with another writer cutting in on purpose. */
@RealServers(Server.MONGO)
class OnceGuardIT {

    private static final String VIEWS = "views";

    @RegisterExtension
    final FreshDatabase database = new FreshDatabase("once-guard");
    private MongoTemplate mongo;
    private OnceGuard once;

    @BeforeEach
    void guard() {
        mongo = database.mongo();
        once = new OnceGuard(mongo);
        once.ensureRevisionIndex(VIEWS);
    }

    @Test
    void onlyTheWriteThatLostToAnotherWriterIsReadAgainAndRetried() {
        once.compareAndSet(VIEWS, List.of("a", "b", "c"), List.of(), (id, stored) -> new Update().inc("n", 1));
        Map<Object, Integer> asked = new HashMap<>();

        Map<Object, Document> read = once.compareAndSet(VIEWS, List.of("a", "b", "c"), List.of("n"), (id, stored) -> {
            if (asked.merge(id, 1, Integer::sum) == 1 && id.equals("b")) {
                mongo.updateFirst(new Query(where("_id").is("b")), new Update().inc("n", 10).inc("rev", 1), VIEWS);
            }
            return new Update().inc("n", 1);
        });

        assertThat(asked).containsOnly(Map.entry("a", 1), Map.entry("b", 2), Map.entry("c", 1));
        assertThat(n("a")).isEqualTo(2);
        assertThat(n("b")).isEqualTo(12);
        assertThat(n("c")).isEqualTo(2);
        assertThat(read.get("b").getInteger("n")).as("b as read for its successful write").isEqualTo(11);
    }

    @Test
    void aDocumentCreatedByAnotherWriterMeanwhileIsUpdatedNotReplaced() {
        List<Boolean> existed = new ArrayList<>();

        once.compareAndSet(VIEWS, List.of("new"), List.of(), (id, stored) -> {
            existed.add(stored != null);
            if (stored == null) {
                mongo.upsert(new Query(where("_id").is("new")), new Update().inc("n", 5).inc("rev", 1), VIEWS);
            }
            return new Update().inc("n", 1);
        });

        assertThat(existed).containsExactly(false, true);
        assertThat(n("new")).isEqualTo(6);
    }

    @Test
    void eachRecordIsAppliedOncePerDocumentHoweverOftenItIsDelivered() {
        once.applyAll(VIEWS, List.of(answer("x", 5), answer("x", 6), answer("y", 5)), this::count);
        once.applyAll(VIEWS, List.of(answer("x", 5), answer("x", 6), answer("x", 7), answer("y", 5)), this::count);

        assertThat(n("x")).isEqualTo(3);
        assertThat(n("y")).isEqualTo(1);
        assertThat(mongo.findById("x", Document.class, VIEWS).getInteger("rev")).isEqualTo(2);
        assertThat(mongo.findById("y", Document.class, VIEWS).getInteger("rev")).isEqualTo(1);
    }

    private static OnceGuard.Contribution<String> answer(String document, long offset) {
        return new OnceGuard.Contribution<>(document, new Delivery("answers", 0, offset), "answer " + offset);
    }

    private Update count(List<String> records) {
        return new Update().inc("n", records.size());
    }

    private int n(String id) {
        return mongo.findById(id, Document.class, VIEWS).getInteger("n");
    }
}
