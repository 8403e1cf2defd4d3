package io.mlaprep.question.bank.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Collection {@code questions}, one document per question:
 * <pre>
 * _id        question id ("d2-t23-004")
 * status     ACTIVE | RETIRED | STAGED (an import not yet committed; invisible to every query)
 * current    the latest version (ContentDocument)
 * history    every earlier version, oldest first
 * keywords   lower-case words of the current stem and options, for text search
 * exposure   how many exam simulations have drawn it (calibration need for unscored slots)
 * outbox     question-changed events not yet relayed to Kafka
 * importBatch, stagedStatus   set only while an import is staged
 * origin     SEED while the current version is the seed bank's, AUTHOR once an author wrote it
 *            (absent on documents from before it was kept: a version 1 counts as the seed's)
 * </pre>
 */
@Document("questions")
record QuestionDocument(
        @Id String id,
        String status,
        ContentDocument current,
        List<ContentDocument> history,
        List<String> keywords,
        long exposure,
        Instant createdAt,
        Instant updatedAt,
        List<PendingEvent> outbox,
        String importBatch,
        String stagedStatus,
        String origin) {
}
