package io.mlaprep.bench;

import java.nio.file.Path;

/**
 * A part of the local stack a fault can take away, by the name the launcher's supervisor knows it by (its hold file,
 * {@code <data>/hold/<name>}) and where the launcher keeps its pid.
 */
enum StackPart {
    REDIS("redis", "redis/redis.log.pid"),
    KAFKA("kafka", "kafka/kafka.log.pid"),
    QUESTION("question", "logs/question.log.pid"),
    SESSION("session", "logs/session.log.pid"),
    ANALYTICS("analytics", "logs/analytics.log.pid"),
    RECOMMENDER("recommender", "logs/recommender.log.pid"),
    GATEWAY("gateway", "logs/gateway.log.pid");

    private final String supervisorName;
    private final String pidFile;

    StackPart(String supervisorName, String pidFile) {
        this.supervisorName = supervisorName;
        this.pidFile = pidFile;
    }

    String supervisorName() {
        return supervisorName;
    }

    Path pidFile(Path dataDir) {
        return dataDir.resolve(pidFile);
    }

    Path holdFile(Path dataDir) {
        return dataDir.resolve("hold").resolve(supervisorName);
    }

    boolean isService() {
        return pidFile.startsWith("logs/");
    }

    @Override
    public String toString() {
        return supervisorName;
    }
}
