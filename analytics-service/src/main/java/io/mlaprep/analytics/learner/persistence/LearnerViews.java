package io.mlaprep.analytics.learner.persistence;

import io.mlaprep.analytics.cohort.domain.MemberSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** Reads the parts of a learner view document that others need. */
public final class LearnerViews {

    private LearnerViews() {
    }

    public static MemberSnapshot snapshot(String learnerId, String displayName, Document view) {
        if (view == null) {
            return new MemberSnapshot(learnerId, displayName, null, Map.of(), Map.of(), Map.of(), null, null);
        }
        Map<Integer, Long> answered = new HashMap<>();
        Map<Integer, Long> correct = new HashMap<>();
        Document domains = view.get("domains", new Document());
        domains.forEach((domain, stats) -> {
            answered.put(Integer.parseInt(domain), number(((Document) stats).get("answered")));
            correct.put(Integer.parseInt(domain), number(((Document) stats).get("correct")));
        });
        Map<Integer, Double> mastery = new HashMap<>();
        Integer predicted = null;
        Double pass = null;
        Document model = view.get("model", Document.class);
        if (model != null) {
            for (Document domain : model.getList("domains", Document.class, List.of())) {
                mastery.put(domain.getInteger("domain"), ((Number) domain.get("mastery")).doubleValue());
            }
            Document readiness = model.get("readiness", Document.class);
            if (readiness != null) {
                predicted = ((Number) readiness.get("predictedScore")).intValue();
                pass = ((Number) readiness.get("passProbability")).doubleValue();
            }
        }
        java.util.Date last = view.get("lastActiveAt", java.util.Date.class);
        return new MemberSnapshot(learnerId, displayName, last == null ? null : last.toInstant(), mastery, answered,
                correct, predicted, pass);
    }

    static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
