package io.mlaprep.session.support;

/** The MongoDB auto-configurations to leave out of apps on this classpath that have no MongoDB. */
public final class NoMongo {

    public static final String AUTO_CONFIGURATIONS =
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
                    + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration,"
                    + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration";

    private NoMongo() {
    }
}
