package io.mlaprep.session.delivery.application;

import io.mlaprep.session.delivery.persistence.OpenExam;
import io.mlaprep.session.delivery.persistence.SessionKeys;
import io.mlaprep.session.delivery.persistence.SessionStore;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Finishes exams whose time ran out while the learner was away, so their results and events still
 * flow; runs every {@code mla.sessions.sweep-interval}.
 */
@Component
public class DeadlineSweeper implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);

    private final SessionStore store;
    private final SessionService sessions;
    private final SessionKeys keys;
    private final Clock clock;
    private final Duration interval;

    public DeadlineSweeper(SessionStore store, SessionService sessions, SessionKeys keys, Clock clock,
                           SessionSettings settings) {
        this.store = store;
        this.sessions = sessions;
        this.keys = keys;
        this.clock = clock;
        this.interval = settings.sweepInterval();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::sweep, interval);
    }

    public void sweep() {
        for (int shard = 0; shard < keys.shards(); shard++) {
            for (OpenExam exam : store.overdueExams(shard, clock.instant(), 100)) {
                try {
                    if (!sessions.finishOverdue(exam.learnerId(), exam.sessionId())) {
                        store.dropDeadline(exam);
                    }
                } catch (RuntimeException e) {
                    log.warn("could not finish overdue exam {}: {}", exam.sessionId(), e.toString());
                }
            }
        }
    }
}
