package io.mlaprep.analytics.items.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.mlaprep.analytics.items.domain.Attempt;
import io.mlaprep.contracts.AnswerSubmitted;
import io.mlaprep.contracts.ExamGuide;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Exam attempts per item, for item statistics. An item's rest score needs the whole exam, and the
 * answers and the exam's completion arrive on different topics in no fixed order, so each exam is
 * gathered first and turned into attempts once all its {@value ExamGuide#QUESTION_COUNT} answers
 * (session-service announces every item at the finish, an unanswered one as wrong) and its completion
 * are in.
 * <pre>
 * exam_sheets    _id sessionId, items.&lt;questionId&gt; = {scored, correct, selected[]}, completed (bool),
 *                completedAt, attemptsWritten (bool)
 * item_attempts  _id "sessionId|questionId", questionId, restScore, itemScore, selected[], scored, at
 * </pre>
 * Every write is keyed, so redelivery and duplicates change nothing.
 */
@Component
public class ExamAttemptStore {

    private static final String SHEETS = "exam_sheets";
    private static final String ATTEMPTS = "item_attempts";

    private final MongoTemplate mongo;

    public ExamAttemptStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void ensureIndexes() {
        mongo.indexOps(ATTEMPTS).createIndex(new Index().on("questionId", Sort.Direction.ASC));
    }

    /** Puts exam answers on their sheets, one write per sheet, and turns every sheet now whole into attempts. */
    public void addAnswers(List<AnswerSubmitted> answers) {
        Map<String, Update> bySheet = new LinkedHashMap<>();
        for (AnswerSubmitted answer : answers) {
            bySheet.computeIfAbsent(answer.sessionId(), session -> new Update()).set("items." + answer.questionId(),
                    new Document("scored", answer.scored()).append("correct", answer.correct())
                            .append("selected", selected(answer)));
        }
        bySheet.forEach((session, update) -> writeAttemptsIfComplete(update(session, update)));
    }

    public void complete(String sessionId, Instant at) {
        writeAttemptsIfComplete(update(sessionId, new Update().set("completed", true).set("completedAt", at)));
    }

    private Document update(String sessionId, Update update) {
        return mongo.findAndModify(new Query(where("_id").is(sessionId)), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, SHEETS);
    }

    /** When the sheet is whole, writes one attempt per item (idempotently, in one bulk) and marks it done. */
    private void writeAttemptsIfComplete(Document sheet) {
        if (!sheet.getBoolean("completed", false) || sheet.getBoolean("attemptsWritten", false)) {
            return;
        }
        Document items = sheet.get("items", Document.class);
        if (items == null || items.size() < ExamGuide.QUESTION_COUNT) {
            return;
        }
        int scoredCorrect = 0;
        for (Object value : items.values()) {
            Document item = (Document) value;
            if (item.getBoolean("scored", false) && item.getBoolean("correct", false)) {
                scoredCorrect++;
            }
        }
        Instant at = sheet.get("completedAt", Date.class).toInstant();
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ATTEMPTS);
        for (Map.Entry<String, Object> entry : items.entrySet()) {
            Document item = (Document) entry.getValue();
            int itemScore = item.getBoolean("correct", false) ? 1 : 0;
            int rest = scoredCorrect - (item.getBoolean("scored", false) ? itemScore : 0);
            bulk.upsert(new Query(where("_id").is(sheet.getString("_id") + "|" + entry.getKey())), new Update()
                    .set("questionId", entry.getKey()).set("restScore", rest).set("itemScore", itemScore)
                    .set("selected", item.getList("selected", String.class)).set("scored", item.getBoolean("scored"))
                    .set("at", at));
        }
        bulk.execute();
        mongo.updateFirst(new Query(where("_id").is(sheet.getString("_id"))), new Update().set("attemptsWritten", true),
                SHEETS);
    }

    public List<Attempt> attempts(String questionId) {
        List<Attempt> attempts = new ArrayList<>();
        for (Document d : mongo.find(new Query(where("questionId").is(questionId)), Document.class, ATTEMPTS)) {
            Set<String> selected = new HashSet<>(d.getList("selected", String.class, List.of()));
            attempts.add(new Attempt(d.getInteger("restScore"), d.getInteger("itemScore"), selected));
        }
        return attempts;
    }

    private static List<String> selected(AnswerSubmitted answer) {
        if (answer.response() == null) {
            return List.of();
        }
        if (answer.response().optionIds() != null) {
            return answer.response().optionIds();
        }
        // ordering and matching items have no options to choose between: every step or prompt
        // they placed counts as touched, which is enough to tell answered from unanswered
        if (answer.response().order() != null) {
            return answer.response().order();
        }
        if (answer.response().pairs() != null) {
            return List.copyOf(new TreeSet<>(answer.response().pairs().keySet()));
        }
        return List.of();
    }
}
