package io.mlaprep.question.quality.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.QuestionType;
import io.mlaprep.question.bank.domain.AnswerKey;
import io.mlaprep.question.bank.domain.Choice;
import io.mlaprep.question.bank.domain.Option;
import io.mlaprep.question.bank.domain.QuestionContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BankLintTest {

    private static final List<String> REFERENCES = List.of("https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html");
    private static final String[] TOPICS = {"kinesis", "glue", "athena", "lambda", "redshift", "emr", "clarify",
            "neo", "ecr", "cloudtrail", "macie", "budgets", "xray", "firehose", "databrew", "canvas", "bedrock",
            "rekognition", "textract", "comprehend"};

    private static final LintRule[] CUE_RULES = {LintRule.KEY_LONGEST, LintRule.KEY_SHORTEST,
            LintRule.KEY_LENGTH_RATIO, LintRule.KEY_ECHOES_STEM, LintRule.LONGEST_ARE_KEY, LintRule.SHORTEST_ARE_KEY,
            LintRule.MATCHING_ELIMINATION};

    @Test
    void aBankFullOfCuesBreachesEveryCueRule() {
        List<LintedQuestion> bank = new ArrayList<>();
        IntStream.range(0, 10).forEach(i -> bank.add(multipleChoiceWithLongEchoingKey("mc-" + i, TOPICS[i])));
        IntStream.range(0, 5).forEach(i -> bank.add(multipleResponseWithLongestKeys("mr-" + i, TOPICS[10 + i])));
        bank.add(matchingOneToOne("mat-1", TOPICS[15]));

        QualityReport report = BankLint.check(bank, QualityPolicy.DEFAULT);

        assertThat(report.breaches()).extracting(QualityReport.Breach::rule).contains(LintRule.KEY_LONGEST,
                LintRule.KEY_LENGTH_RATIO, LintRule.KEY_ECHOES_STEM, LintRule.LONGEST_ARE_KEY,
                LintRule.MATCHING_ELIMINATION);
        assertThat(report.cues().multipleChoice().keyLongest()).isEqualTo(10);
        assertThat(report.cues().multipleChoice().medianKeyLengthRatio()).isGreaterThan(2.0);
        assertThat(report.cues().multipleChoice().keyEchoesStem()).isEqualTo(10);
        assertThat(report.cues().multipleResponse().longestAreKey()).isEqualTo(5);
        assertThat(report.cues().matching().solvableByElimination()).isEqualTo(1);
        assertThat(breach(report, LintRule.KEY_LONGEST).questionIds()).hasSize(10).contains("mc-3");
        assertThat(breach(report, LintRule.MATCHING_ELIMINATION).questionIds()).containsExactly("mat-1");
    }

    @Test
    void balancedOptionsBreachNoCueRule() {
        List<LintedQuestion> bank = new ArrayList<>();
        IntStream.range(0, 12).forEach(i -> bank.add(balancedMultipleChoice("mc-" + i, TOPICS[i], i % 4)));
        IntStream.range(0, 4).forEach(i -> bank.add(balancedMultipleResponse("mr-" + i, TOPICS[12 + i])));
        bank.add(matchingWithSpareResponse("mat-1", TOPICS[16]));

        QualityReport report = BankLint.check(bank, QualityPolicy.DEFAULT);

        assertThat(report.breaches()).extracting(QualityReport.Breach::rule).doesNotContain(CUE_RULES);
        assertThat(report.cues().multipleChoice().keyLongestShare()).isLessThanOrEqualTo(0.30);
        assertThat(report.cues().multipleChoice().medianKeyLengthRatio()).isBetween(0.9, 1.15);
    }

    @Test
    void aBankOfTerseKeysAmongLongDistractorsBreachesTheReverseCueRules() {
        List<LintedQuestion> bank = new ArrayList<>();
        IntStream.range(0, 8).forEach(i -> bank.add(new LintedQuestion("mc-" + i, multipleChoice(1, "1.1",
                "Which service stores the " + TOPICS[i] + " features?", "Feature Store",
                "A self-managed Redis cluster on Amazon EC2 with custom replication",
                "An Amazon DynamoDB table with a global secondary index per feature",
                "Amazon S3 objects written by a nightly AWS Glue job in Parquet"))));
        IntStream.range(0, 3).forEach(i -> bank.add(new LintedQuestion("mr-" + i, new QuestionContent(4, "4.3",
                QuestionType.MULTIPLE_RESPONSE, "Which keep " + TOPICS[10 + i] + " private? (Choose TWO.)",
                List.of(new Option("a", "VPC endpoint", "Correct."), new Option("b", "No internet", "Correct."),
                        new Option("c", "A NAT gateway in every private subnet of the VPC", "Wrong."),
                        new Option("d", "An internet gateway with a route from each subnet", "Wrong."),
                        new Option("e", "Elastic IP addresses attached to each training instance", "Wrong.")),
                null, new AnswerKey(List.of("a", "b"), null, null), "Why.", REFERENCES, 1.0))));

        QualityReport report = BankLint.check(bank, QualityPolicy.DEFAULT);
        List<ItemWarning> warnings = BankLint.warnings(bank.subList(0, 1), List.of(), QualityPolicy.DEFAULT);

        assertThat(report.breaches()).extracting(QualityReport.Breach::rule)
                .contains(LintRule.KEY_SHORTEST, LintRule.SHORTEST_ARE_KEY, LintRule.KEY_LENGTH_RATIO)
                .doesNotContain(LintRule.KEY_LONGEST, LintRule.LONGEST_ARE_KEY);
        assertThat(report.cues().multipleChoice().keyShortest()).isEqualTo(8);
        assertThat(report.cues().multipleResponse().shortestAreKey()).isEqualTo(3);
        assertThat(warnings).extracting(ItemWarning::rule).containsExactly(LintRule.KEY_SHORTEST);
    }

    @Test
    void aReusedResponseAlsoDefeatsElimination() {
        QuestionContent reuse = matching(TOPICS[0], List.of(new Choice("r1", "Columnar scans"), new Choice("r2", "Streaming")),
                Map.of("a", "r1", "b", "r2", "c", "r1"));
        assertThat(OptionCues.of(reuse).solvableByElimination()).isFalse();
    }

    @Test
    void findsTheSameScenarioWithTheSameAnswerAcrossTaskStatements() {
        QuestionContent original = multipleChoice(2, "2.2", "A retailer trains a gradient boosted tree on tabular sales"
                        + " records. Training loss keeps falling while validation loss rises after round 300. What"
                        + " should the engineer change?",
                "Enable early stopping on the validation metric", "Double the number of boosting rounds",
                "Remove the validation channel entirely", "Raise the learning rate to one");
        QuestionContent copy = multipleChoice(4, "4.2", "A retailer trains gradient boosted trees on tabular sales"
                        + " records; validation loss rises after round 300 while training loss falls. What should"
                        + " the engineer change?",
                "Use early stopping on the validation metric", "Add more boosting rounds to the job",
                "Drop the validation channel from training", "Move to a larger training instance");
        QuestionContent unrelated = balanced(1, "1.1", "kinesis", 0);

        QualityReport report = BankLint.check(List.of(new LintedQuestion("d2-t22-001", original),
                new LintedQuestion("d4-t42-004", copy), new LintedQuestion("d1-t11-001", unrelated)), QualityPolicy.DEFAULT);

        assertThat(report.nearDuplicates()).singleElement().satisfies(pair -> {
            assertThat(List.of(pair.first(), pair.second())).containsExactlyInAnyOrder("d2-t22-001", "d4-t42-004");
            assertThat(pair.similarity()).isGreaterThanOrEqualTo(0.5);
        });
        assertThat(breach(report, LintRule.NEAR_DUPLICATE).questionIds())
                .containsExactlyInAnyOrder("d2-t22-001", "d4-t42-004");
    }

    @Test
    void reportsCoverageShortOfWhatTheExamNeeds() {
        QualityReport report = BankLint.check(List.of(new LintedQuestion("mc-1", balanced(1, "1.1", "glue", 0))),
                QualityPolicy.DEFAULT);

        assertThat(report.coverage().domains()).extracting(QualityReport.Count::needed).containsExactly(90, 85, 70, 80);
        assertThat(report.coverage().taskStatements()).hasSize(12)
                .filteredOn(c -> c.id().equals("1.1")).singleElement()
                .satisfies(c -> assertThat(c.items()).isEqualTo(1));
        assertThat(report.breaches()).extracting(QualityReport.Breach::rule).contains(LintRule.DOMAIN_COVERAGE,
                LintRule.TASK_COVERAGE, LintRule.TYPE_MIX, LintRule.DIFFICULTY_MIX);
        assertThat(report.breaches()).filteredOn(b -> b.rule() == LintRule.DOMAIN_COVERAGE).hasSize(4);
        assertThat(report.coverage().difficulty()).containsEntry(0, 1).containsEntry(1, 0);
    }

    @Test
    void warnsAnAuthorOfTheCuesAndDuplicatesInWhatTheyAdd() {
        LintedQuestion existing = new LintedQuestion("d1-t11-001", balanced(1, "1.1", "glue", 0));
        LintedQuestion cued = multipleChoiceWithLongEchoingKey("new-1", "athena");
        LintedQuestion copy = new LintedQuestion("new-2", balanced(1, "1.1", "glue", 0));
        LintedQuestion free = matchingOneToOne("new-3", "emr");

        List<ItemWarning> warnings = BankLint.warnings(List.of(cued, copy, free), List.of(existing), QualityPolicy.DEFAULT);

        assertThat(warnings).extracting(ItemWarning::questionId, ItemWarning::rule).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("new-1", LintRule.KEY_LONGEST),
                org.assertj.core.groups.Tuple.tuple("new-3", LintRule.MATCHING_ELIMINATION),
                org.assertj.core.groups.Tuple.tuple("new-2", LintRule.NEAR_DUPLICATE));
        assertThat(warnings).filteredOn(w -> w.rule() == LintRule.NEAR_DUPLICATE).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("d1-t11-001"));
    }

    private static QualityReport.Breach breach(QualityReport report, LintRule rule) {
        return report.breaches().stream().filter(b -> b.rule() == rule).findFirst().orElseThrow();
    }

    /** The classic giveaway: a long, careful key that repeats the stem, among short throwaway distractors. */
    private static LintedQuestion multipleChoiceWithLongEchoingKey(String id, String topic) {
        return new LintedQuestion(id, multipleChoice(1, "1.1",
                "A retailer must encrypt " + topic + " exports and audit every key use. Which option meets the requirement?",
                "Encrypt the " + topic + " exports with a customer managed key and audit every key use in CloudTrail",
                "Use " + topic + " defaults", "Do nothing", "Ask support"));
    }

    private static LintedQuestion balancedMultipleChoice(String id, String topic, int keyAt) {
        return new LintedQuestion(id, balanced(1, "1.1", topic, keyAt));
    }

    /** Four options of one length and form; the key says something the stem does not. */
    private static QuestionContent balanced(int domain, String task, String topic, int keyAt) {
        String[] texts = {"Partition the " + topic + " table by ingest date", "Compress the " + topic + " files with gzip",
                "Cache the " + topic + " results in memory", "Replicate the " + topic + " bucket to another Region"};
        String stem = "An analyst queries " + topic + " output daily and pays for scanning old rows. What lowers cost?";
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            options.add(new Option(String.valueOf((char) ('a' + i)), texts[(i + keyAt) % 4], "Because."));
        }
        return new QuestionContent(domain, task, QuestionType.MULTIPLE_CHOICE, stem, options, null,
                new AnswerKey(List.of(String.valueOf((char) ('a' + (4 - keyAt) % 4))), null, null), "Why.",
                REFERENCES, 0.0);
    }

    private static QuestionContent multipleChoice(int domain, String task, String stem, String key, String... distractors) {
        List<Option> options = new ArrayList<>(List.of(new Option("a", key, "Correct.")));
        for (int i = 0; i < distractors.length; i++) {
            options.add(new Option(String.valueOf((char) ('b' + i)), distractors[i], "Wrong."));
        }
        return new QuestionContent(domain, task, QuestionType.MULTIPLE_CHOICE, stem, options, null,
                new AnswerKey(List.of("a"), null, null), "Why.", REFERENCES, 0.0);
    }

    private static LintedQuestion multipleResponseWithLongestKeys(String id, String topic) {
        return new LintedQuestion(id, new QuestionContent(4, "4.3", QuestionType.MULTIPLE_RESPONSE,
                "Which controls keep " + topic + " traffic private? (Choose TWO.)",
                List.of(new Option("a", "Create an interface VPC endpoint for the " + topic + " API in each subnet", "Correct."),
                        new Option("b", "Enable network isolation on every " + topic + " training and processing job", "Correct."),
                        new Option("c", "Public subnet", "Wrong."), new Option("d", "Internet gateway", "Wrong."),
                        new Option("e", "Elastic IP", "Wrong.")),
                null, new AnswerKey(List.of("a", "b"), null, null), "Why.", REFERENCES, 1.0));
    }

    private static LintedQuestion balancedMultipleResponse(String id, String topic) {
        return new LintedQuestion(id, new QuestionContent(4, "4.3", QuestionType.MULTIPLE_RESPONSE,
                "Which controls keep " + topic + " traffic private? (Choose TWO.)",
                List.of(new Option("a", "An interface VPC endpoint", "Correct."),
                        new Option("b", "Network isolation on each job", "Correct."),
                        new Option("c", "A NAT gateway in each subnet", "Wrong."),
                        new Option("d", "An internet gateway route", "Wrong."),
                        new Option("e", "Elastic IPs on each instance", "Wrong.")),
                null, new AnswerKey(List.of("a", "b"), null, null), "Why.", REFERENCES, 1.0));
    }

    private static LintedQuestion matchingOneToOne(String id, String topic) {
        return new LintedQuestion(id, matching(topic, List.of(new Choice("r1", "Columnar scans"),
                new Choice("r2", "Streaming"), new Choice("r3", "Exchange")), Map.of("a", "r1", "b", "r2", "c", "r3")));
    }

    private static LintedQuestion matchingWithSpareResponse(String id, String topic) {
        return new LintedQuestion(id, matching(topic, List.of(new Choice("r1", "Columnar scans"),
                        new Choice("r2", "Streaming"), new Choice("r3", "Exchange"), new Choice("r4", "Archival")),
                Map.of("a", "r1", "b", "r2", "c", "r3")));
    }

    private static QuestionContent matching(String topic, List<Choice> responses, Map<String, String> pairs) {
        return new QuestionContent(1, "1.1", QuestionType.MATCHING, "Match each " + topic + " format with its use.",
                List.of(new Option("a", "Parquet", "Columnar."), new Option("b", "Avro", "Rows."),
                        new Option("c", "CSV", "Text.")),
                responses, new AnswerKey(null, null, pairs), "Why.", REFERENCES, -1.0);
    }
}
