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
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a draw chooses from: every active question's domain, task statement, type and exposure, read from the bank
 * and shared by the draws.
 *
 * <ul>
 * <li>A write through this instance (added, changed, retired) counts at the next draw, which reads the bank again
 * first.</li>
 * <li>A write through another instance counts once the list is older than {@code mla.draw.pool-max-age}: the first
 * draw after that starts one read in the background and is answered from the list it has, as are the draws until the
 * read is done, so under load no draw waits for the bank. A list twice the max age (no draw came to start a read)
 * is read again before the draw. While the bank cannot be read, draws go on from the last list: after a failed
 * read, no draw waits for the bank for the max age.</li>
 * <li>Exposure this instance counts between reads is added on, so that least-exposed-first keeps turning through the
 * bank.</li>
 * </ul>
 *
 * <p>Each draw used to read the list itself, a scan of the bank (9 % of question-service's samples under load), and
 * later asked the bank whether its chosen questions were still active, one query per session start (20 % of
 * question-service's samples, JFR under load, issue 15). That query only narrowed the time in which another instance's
 * retirement could still be drawn; a question retired while a session is being stored is served in it anyway.
 */
@Component
public class DrawPool {

    private static final Logger log = LoggerFactory.getLogger(DrawPool.class);

    private final QuestionStore store;
    private final ExposureWriter exposure;
    private final Clock clock;
    private final Duration maxAge;
    private final Executor background;
    private final Map<String, LongAdder> drawnSinceRead = new ConcurrentHashMap<>();
    /** Writes through this instance so far: a read started before one of them is stale however young. */
    private final AtomicLong bankChanges = new AtomicLong();
    private final AtomicBoolean readUnderWay = new AtomicBoolean();
    private volatile Read lastRead;
    /** When the last read of the bank failed; null once one succeeded. */
    private volatile Instant failedAt;

    private record Read(List<ActiveQuestion> questions, Instant at, long bankChanges) {
    }

    /** Each read of an aged list on a virtual thread of its own: at most one runs at a time, and nothing to stop. */
    @Autowired
    public DrawPool(QuestionStore store, ExposureWriter exposure, Clock clock,
                    @Value("${mla.draw.pool-max-age}") Duration maxAge) {
        this(store, exposure, clock, maxAge, read -> Thread.ofVirtual().name("draw-pool-read").start(read));
    }

    /** @param background where a list that only aged is read again */
    public DrawPool(QuestionStore store, ExposureWriter exposure, Clock clock, Duration maxAge, Executor background) {
        this.store = store;
        this.exposure = exposure;
        this.clock = clock;
        this.maxAge = maxAge;
        this.background = background;
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
        Read last = lastRead;
        if (last == null) {
            return readNow(null);
        }
        Instant now = clock.instant();
        boolean mustBeNow = last.bankChanges() != bankChanges.get()
                || !now.isBefore(last.at().plus(maxAge.multipliedBy(2)));
        if (mustBeNow && !failedRecently(now)) {
            return readNow(last);
        }
        if (mustBeNow || !now.isBefore(last.at().plus(maxAge))) {
            readInBackground(last);
        }
        return last;
    }

    /**
     * For the first draw, after a write through this instance, and once the list is twice the max age (no draw came
     * to start a read in between): that draw waits for the bank as it is now, or for the last list if the bank cannot
     * be read. After a failed read the draws go on from the last list for the max age, read in the background.
     */
    private synchronized Read readNow(Read stale) {
        Read last = lastRead;
        if (last != null && ((last != stale && isYoung(last)) || failedRecently(clock.instant()))) {
            return last;
        }
        try {
            return readBank();
        } catch (RuntimeException e) {
            if (last == null) {
                throw e;
            }
            readFailed(last, e);
            return last;
        }
    }

    private void readInBackground(Read stale) {
        if (!readUnderWay.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                try {
                    synchronized (this) {
                        if (lastRead == stale) {
                            readBank();
                        }
                    }
                } catch (RuntimeException e) {
                    readFailed(stale, e);
                } finally {
                    readUnderWay.set(false);
                }
            });
        } catch (RejectedExecutionException e) {
            readUnderWay.set(false);
            log.warn("draws go on from the list read at {}: no read of the bank could be started ({})", stale.at(),
                    e.toString());
        }
    }

    private void readFailed(Read kept, RuntimeException e) {
        failedAt = clock.instant();
        log.warn("draws go on from the list read at {}: the bank could not be read again ({})", kept.at(),
                e.toString());
    }

    private boolean failedRecently(Instant now) {
        Instant failed = failedAt;
        return failed != null && now.isBefore(failed.plus(maxAge));
    }

    private boolean isYoung(Read read) {
        return read.bankChanges() == bankChanges.get() && clock.instant().isBefore(read.at().plus(maxAge));
    }

    private Read readBank() {
        long changes = bankChanges.get();
        List<ActiveQuestion> active = store.active();
        // cleared with the new list, not before the read: draws from the old list go on meanwhile. A use counted
        // during the read, or not yet written, may be counted twice or not at all until the next read, which
        // least-exposed-first can bear
        drawnSinceRead.clear();
        Read fresh = new Read(active, clock.instant(), changes);
        lastRead = fresh;
        failedAt = null;
        return fresh;
    }
}
