package io.mlaprep.question.draw.application;

import io.mlaprep.question.bank.persistence.QuestionStore;
import io.mlaprep.question.bank.persistence.QuestionStore.ActiveQuestion;
import io.mlaprep.question.draw.domain.Candidate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a draw chooses from: every active question's domain, task statement, type and exposure, read from the bank at
 * most once per {@code mla.draw.pool-max-age} and shared by the draws in between.
 *
 * <p>Each draw used to read them itself, a scan of the bank: 9 % of question-service's request samples under the
 * load run, beside the MongoDB server's own work for it (JFR, issue 15). A write through this instance reads them
 * again at the next draw; one through another instance shows within the max age, and the draw reads the chosen
 * questions themselves fresh and drops any no longer active. Exposure this instance counts between reads is added
 * on, so that least-exposed-first keeps turning through the bank.
 */
@Component
public class DrawPool {

    private final QuestionStore store;
    private final ExposureWriter exposure;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<String, LongAdder> drawnSinceRead = new ConcurrentHashMap<>();
    /** Writes through this instance so far: a read started before one of them is stale however young. */
    private final AtomicLong bankChanges = new AtomicLong();
    private volatile Read read;

    private record Read(List<ActiveQuestion> questions, Instant at, long bankChanges) {
    }

    public DrawPool(QuestionStore store, ExposureWriter exposure, Clock clock,
                    @Value("${mla.draw.pool-max-age}") Duration maxAge) {
        this.store = store;
        this.exposure = exposure;
        this.clock = clock;
        this.maxAge = maxAge;
        store.onBankChange(bankChanges::incrementAndGet);
    }

    /** The active questions of these domains, without the excluded ids. */
    public List<Candidate> candidates(Collection<Integer> domains, Set<String> excluded) {
        return current().questions().stream()
                .filter(q -> domains.contains(q.domain()) && !excluded.contains(q.id()))
                .map(q -> new Candidate(q.id(), q.version(), q.domain(), q.taskStatement(), q.type(),
                        q.exposure() + drawnSinceRead(q.id())))
                .toList();
    }

    /** Counts one more exam use of each question, in the pool at once and in the bank soon after. */
    public void countExposure(List<String> ids) {
        exposure.count(ids);
        ids.forEach(id -> drawnSinceRead.computeIfAbsent(id, key -> new LongAdder()).increment());
    }

    private long drawnSinceRead(String id) {
        LongAdder drawn = drawnSinceRead.get(id);
        return drawn == null ? 0 : drawn.sum();
    }

    private Read current() {
        Read last = read;
        if (last != null && isFresh(last)) {
            return last;
        }
        synchronized (this) {
            last = read;
            if (last == null || !isFresh(last)) {
                // cleared first: a use counted during the read, or not yet written, may be counted twice or not at
                // all until the next read, which least-exposed-first can bear
                drawnSinceRead.clear();
                long changes = bankChanges.get();
                last = new Read(store.active(), clock.instant(), changes);
                read = last;
            }
            return last;
        }
    }

    private boolean isFresh(Read last) {
        return last.bankChanges() == bankChanges.get() && clock.instant().isBefore(last.at().plus(maxAge));
    }
}
