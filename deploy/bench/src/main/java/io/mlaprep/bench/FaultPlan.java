package io.mlaprep.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The drill issue 15 names, in order: the broker stopped for a while, Redis restarted, each service killed with
 * SIGKILL in turn (the launcher starts it again), the recommender stopped for a while (adaptive sessions go on
 * without it), and a poison record on every event topic.
 */
final class FaultPlan {

    /** How long a part may take to come back: a JVM service starting on two busy cores. */
    private static final Duration COMING_BACK = Duration.ofSeconds(240);
    private static final Duration STOPPING = Duration.ofSeconds(60);
    private static final List<StackPart> SERVICES = List.of(StackPart.QUESTION, StackPart.SESSION,
            StackPart.ANALYTICS, StackPart.RECOMMENDER, StackPart.GATEWAY);

    private FaultPlan() {
    }

    static List<Fault> standard(Duration kafkaDown, Duration recommenderDown, PoisonRecords poison) {
        List<Fault> faults = new ArrayList<>();
        faults.add(heldDown(StackPart.KAFKA, kafkaDown));
        faults.add(new Fault("Redis restarted (SIGTERM; the launcher starts it again)", Set.of(StackPart.REDIS),
                stack -> {
                    long pid = stack.pid(StackPart.REDIS);
                    stack.stop(StackPart.REDIS, STOPPING);
                    stack.awaitBack(StackPart.REDIS, pid, COMING_BACK);
                }));
        for (StackPart service : SERVICES) {
            faults.add(new Fault("kill -9 " + service, Set.of(service), stack -> {
                long pid = stack.pid(service);
                stack.kill(service);
                stack.awaitBack(service, pid, COMING_BACK);
            }));
        }
        faults.add(heldDown(StackPart.RECOMMENDER, recommenderDown));
        faults.add(new Fault("a poison record on every event topic", Set.of(), stack -> poison.sendToEveryTopic()));
        return List.copyOf(faults);
    }

    /** Stopped (SIGTERM) and kept down by a hold file for {@code downFor}, then let go and awaited. */
    private static Fault heldDown(StackPart part, Duration downFor) {
        return new Fault(part + " stopped for " + downFor.toSeconds() + " s", Set.of(part), stack -> {
            long pid = stack.pid(part);
            stack.hold(part);
            try {
                stack.stop(part, STOPPING);
                LearnerApi.pause(downFor);
            } finally {
                stack.release(part);
            }
            stack.awaitBack(part, pid, COMING_BACK);
        });
    }
}
