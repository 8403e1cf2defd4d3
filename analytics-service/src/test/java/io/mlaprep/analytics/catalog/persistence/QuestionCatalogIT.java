package io.mlaprep.analytics.catalog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.analytics.store.OnceGuard;
import io.mlaprep.analytics.support.Events;
import io.mlaprep.analytics.support.FreshDatabase;
import io.mlaprep.contracts.QuestionChanged.Status;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

@RealServers(Server.MONGO)
class QuestionCatalogIT {

    @RegisterExtension
    final FreshDatabase database = new FreshDatabase("catalog");
    private QuestionCatalog catalog;

    @BeforeEach
    void catalog() {
        MongoTemplate mongo = database.mongo();
        catalog = new QuestionCatalog(mongo, new OnceGuard(mongo));
        catalog.ensureIndexes();
    }

    @Test
    void theNewestVersionDecidesWhetherAQuestionIsRetired() {
        catalog.keep(Events.question("q1", 2, Status.RETIRED));
        catalog.keep(Events.question("q1", 1, Status.ACTIVE));
        catalog.keep(Events.question("q2", 1, Status.RETIRED));
        catalog.keep(Events.question("q2", 2, Status.ACTIVE));
        catalog.keep(Events.question("q3", 1, Status.ACTIVE));

        assertThat(catalog.retired(List.of("q1", "q2", "q3", "unknown"))).containsExactly("q1");
    }
}
