package io.mlaprep.analytics.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.mlaprep.testsupport.TestServers;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A database of its own for each test, on the real MongoDB wire server ({@code @RealServers(Server.MONGO)}); its
 * client is closed after the test's own {@code @AfterEach} methods. Register it with {@code @RegisterExtension}.
 */
public final class FreshDatabase implements BeforeEachCallback, AfterEachCallback {

    private final String namePrefix;
    private MongoClient client;
    private MongoTemplate mongo;

    public FreshDatabase(String namePrefix) {
        this.namePrefix = namePrefix;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        client = MongoClients.create(TestServers.mongoConnectionString());
        mongo = new MongoTemplate(client, namePrefix + "-" + UUID.randomUUID());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        client.close();
    }

    public MongoTemplate mongo() {
        return mongo;
    }
}
