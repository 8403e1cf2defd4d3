package io.mlaprep.analytics.catalog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.mlaprep.analytics.store.OnceGuard;
import io.mlaprep.analytics.support.Events;
import io.mlaprep.contracts.QuestionChanged.Status;
import io.mlaprep.testsupport.RealServers;
import io.mlaprep.testsupport.Server;
import io.mlaprep.testsupport.TestServers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

@RealServers(Server.MONGO)
class QuestionCatalogIT {

    private MongoClient client;
    private QuestionCatalog catalog;

    @BeforeEach
    void catalog() {
        client = MongoClients.create(TestServers.mongoConnectionString());
        MongoTemplate mongo = new MongoTemplate(client, "catalog-" + UUID.randomUUID());
        catalog = new QuestionCatalog(mongo, new OnceGuard(mongo));
        catalog.ensureIndexes();
    }

    @AfterEach
    void close() {
        client.close();
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
