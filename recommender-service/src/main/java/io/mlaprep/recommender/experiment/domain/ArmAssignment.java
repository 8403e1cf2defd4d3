package io.mlaprep.recommender.experiment.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which arm a learner falls in: a bucket 0..9,999 from a hash of experiment and learner, laid over the arms'
 * cumulative shares (a 50/50 split puts buckets 0..4,999 in the first arm). Deterministic on any instance and
 * after any restart; salted by the experiment, so one experiment's control group is not the next one's too.
 * The first arm a learner is given is stored, and the stored arm wins over this.
 */
public final class ArmAssignment {

    public static final int BUCKETS = 10_000;

    private ArmAssignment() {
    }

    public static Arm assign(Experiment experiment, String learnerId) {
        int bucket = bucket(experiment.id(), learnerId);
        int upTo = 0;
        for (Arm arm : experiment.arms()) {
            upTo += arm.sharePercent() * (BUCKETS / 100);
            if (bucket < upTo) {
                return arm;
            }
        }
        return experiment.arms().getLast();
    }

    /** The first 8 bytes of SHA-256(experimentId + ":" + learnerId), unsigned, mod 10,000. */
    public static int bucket(String experimentId, String learnerId) {
        byte[] digest = sha256().digest((experimentId + ":" + learnerId).getBytes(StandardCharsets.UTF_8));
        long first8 = ByteBuffer.wrap(digest, 0, 8).getLong();
        return (int) Long.remainderUnsigned(first8, BUCKETS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
