package io.mlaprep.question.draw.application;

import io.mlaprep.question.bank.persistence.QuestionStore;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes exam exposure to the bank after the draw has answered, on one background thread, merging what arrives
 * meanwhile into one write per count.
 *
 * <p>An exam draw counted its 65 questions' exposure before answering, so each exam start waited for 65 document
 * updates; under the saturated load run some exam starts took over session-service's 2 s budget and got 503.
 * Exposure only orders pretest items least-exposed first, so counts still waiting when the process dies are lost
 * rather than waited for; a normal stop writes them.
 */
@Component
public class ExposureWriter {

    private static final Logger log = LoggerFactory.getLogger(ExposureWriter.class);

    private final QuestionStore store;
    private final Map<String, LongAdder> unwritten = new ConcurrentHashMap<>();
    private final AtomicBoolean writeQueued = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("exposure-writer").daemon().factory());

    public ExposureWriter(QuestionStore store) {
        this.store = store;
    }

    /** One more exam use of each question, written soon. */
    public void count(List<String> ids) {
        ids.forEach(id -> unwritten.computeIfAbsent(id, key -> new LongAdder()).increment());
        if (writeQueued.compareAndSet(false, true)) {
            thread.execute(this::writeSafely);
        }
    }

    /** Writes every count so far, after a write already under way; returns when they are in the bank. */
    public synchronized void flush() {
        writeQueued.set(false);
        Map<Long, List<String>> idsByCount = new TreeMap<>();
        unwritten.forEach((id, count) -> {
            long times = count.sumThenReset();
            if (times > 0) {
                idsByCount.computeIfAbsent(times, key -> new ArrayList<>()).add(id);
            }
        });
        idsByCount.forEach((times, ids) -> store.countExposure(ids, times));
    }

    private void writeSafely() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("exam exposure not written, its counts are dropped: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        thread.shutdown();
        thread.awaitTermination(5, TimeUnit.SECONDS);
        writeSafely();
    }
}
