package io.mlaprep.bench;

import java.nio.file.Path;

/**
 * A part of the local stack a fault can take away, by the name the launcher's supervisor knows it by (its hold file,
 * {@code <data>/hold/<name>}) and where the launcher keeps its pid.
 */
enum StackPart {
    REDIS("redis", "redis/redis.log.pid", false),
    KAFKA("kafka", "kafka/kafka.log.pid", false),
    QUESTION("question", "logs/question.log.pid", true),
    SESSION("session", "logs/session.log.pid", true),
    ANALYTICS("analytics", "logs/analytics.log.pid", true),
    RECOMMENDER("recommender", "logs/recommender.log.pid", true),
    GATEWAY("gateway", "logs/gateway.log.pid", true);

    private final String supervisorName;
    private final String pidFile;
    private final boolean service;

    StackPart(String supervisorName, String pidFile, boolean service) {
        this.supervisorName = supervisorName;
        this.pidFile = pidFile;
        this.service = service;
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

    /** One of the five services, which answer {@code /actuator/health}; Redis and the broker are probed otherwise. */
    boolean isService() {
        return service;
    }

    @Override
    public String toString() {
        return supervisorName;
    }
}
