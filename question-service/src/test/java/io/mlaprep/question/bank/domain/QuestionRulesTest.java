package io.mlaprep.question.bank.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlaprep.contracts.QuestionType;
import io.mlaprep.question.Questions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class QuestionRulesTest {

    @Test
    void acceptsAValidQuestionOfEveryType() {
        assertThat(QuestionRules.check(Questions.multipleChoice())).isEmpty();
        assertThat(QuestionRules.check(Questions.multipleResponse())).isEmpty();
        assertThat(QuestionRules.check(Questions.ordering())).isEmpty();
        assertThat(QuestionRules.check(Questions.matching())).isEmpty();
    }

    @Test
    void multipleChoiceNeedsExactlyFourOptions() {
        QuestionContent five = with(Questions.multipleChoice(), q -> options(q, append(q.options(),
                Questions.option("e", "Recall"))));
        assertThat(fields(five)).containsExactly("options");
    }

    @Test
    void multipleChoiceNeedsExactlyOneKey() {
        QuestionContent two = with(Questions.multipleChoice(), q -> key(q, new AnswerKey(List.of("a", "b"), null, null)));
        assertThat(fields(two)).containsExactly("correct.optionIds");
    }

    @Test
    void aKeyMustNameAnExistingOption() {
        QuestionContent unknown = with(Questions.multipleChoice(), q -> key(q, new AnswerKey(List.of("z"), null, null)));
        assertThat(QuestionRules.check(unknown)).extracting(Violation::message).containsExactly("'z' is not an option id");
    }

    @Test
    void multipleResponseNeedsFiveOptionsAndTwoKeys() {
        QuestionContent four = with(Questions.multipleResponse(), q -> options(q, q.options().subList(0, 4)));
        assertThat(fields(four)).containsExactly("options");
        QuestionContent oneKey = with(Questions.multipleResponse(), q -> key(q, new AnswerKey(List.of("a"), null, null)));
        assertThat(fields(oneKey)).containsExactly("correct.optionIds");
    }

    @Test
    void multipleResponseStemMustSayHowManyToChoose() {
        QuestionContent silent = with(Questions.multipleResponse(), q -> stem(q, "Which controls keep traffic private?"));
        assertThat(fields(silent)).containsExactly("stem");
        QuestionContent wrongCount = with(Questions.multipleResponse(), q -> stem(q, "Which keep traffic private? (Choose THREE.)"));
        assertThat(QuestionRules.check(wrongCount)).extracting(Violation::message)
                .containsExactly("says to choose THREE but the key has 2 options");
    }

    @Test
    void orderingNeedsThreeToFiveStepsAndAPermutation() {
        QuestionContent two = with(Questions.ordering(), q -> new QuestionContent(q.domain(), q.taskStatement(), q.type(),
                q.stem(), q.options().subList(0, 2), null, new AnswerKey(null, List.of("b", "a"), null),
                q.explanation(), q.references(), null));
        assertThat(fields(two)).contains("options");
        QuestionContent notPermutation = with(Questions.ordering(), q -> key(q, new AnswerKey(null, List.of("b", "c", "d", "d"), null)));
        assertThat(fields(notPermutation)).containsExactly("correct.order");
    }

    @Test
    void matchingMustMapEveryPromptToAnExistingResponse() {
        QuestionContent missing = with(Questions.matching(), q -> key(q, new AnswerKey(null, null, Map.of("a", "r1", "b", "r2"))));
        assertThat(QuestionRules.check(missing)).extracting(Violation::message).containsExactly("prompt 'c' has no response");
        QuestionContent unknown = with(Questions.matching(), q -> key(q, new AnswerKey(null, null,
                Map.of("a", "r1", "b", "r2", "c", "r9"))));
        assertThat(QuestionRules.check(unknown)).extracting(Violation::message).containsExactly("'r9' is not a response id");
    }

    @Test
    void optionIdsMustBeUnique() {
        QuestionContent duplicate = with(Questions.multipleChoice(), q -> options(q, List.of(Questions.option("a", "1"),
                Questions.option("a", "2"), Questions.option("c", "3"), Questions.option("d", "4"))));
        assertThat(fields(duplicate)).contains("options[1].id");
    }

    @Test
    void taskStatementMustBelongToTheDomain() {
        QuestionContent misplaced = new QuestionContent(1, "2.3", QuestionType.MULTIPLE_CHOICE, "stem",
                Questions.multipleChoice().options(), null, Questions.multipleChoice().correct(), "why",
                Questions.multipleChoice().references(), null);
        assertThat(QuestionRules.check(misplaced)).extracting(Violation::field).containsExactly("taskStatement");
    }

    @Test
    void noTextMayBeEmpty() {
        QuestionContent blank = new QuestionContent(2, "2.3", QuestionType.MULTIPLE_CHOICE, " ",
                List.of(new Option("a", "", "why"), Questions.option("b", "x"), Questions.option("c", "y"),
                        new Option("d", "z", " ")),
                null, new AnswerKey(List.of("b"), null, null), "", List.of("https://docs.aws.amazon.com/x"), null);
        assertThat(fields(blank)).containsExactlyInAnyOrder("stem", "explanation", "options[0].text",
                "options[3].explanation");
    }

    @Test
    void referencesMustBeHttpsUrls() {
        QuestionContent insecure = new QuestionContent(2, "2.3", QuestionType.MULTIPLE_CHOICE, "stem",
                Questions.multipleChoice().options(), null, Questions.multipleChoice().correct(), "why",
                List.of("http://example.com", "not a url"), null);
        assertThat(fields(insecure)).containsExactly("references[0]", "references[1]");
    }

    @Test
    void aKeyPartOfAnotherTypeIsRefused() {
        QuestionContent mixed = with(Questions.multipleChoice(), q -> key(q, new AnswerKey(List.of("b"), List.of("a"), null)));
        assertThat(fields(mixed)).containsExactly("correct.order");
    }

    @Test
    void reservedWordsAreNotQuestionIds() {
        assertThat(QuestionRules.checkId("export")).hasValueSatisfying(violation -> {
            assertThat(violation.field()).isEqualTo("id");
            assertThat(violation.message()).contains("reserved");
        });
        assertThat(QuestionRules.checkId("quality")).isPresent();
        assertThat(QuestionRules.checkId("new")).as("the web client's page for a new question").isPresent();
        assertThat(QuestionRules.checkId("d1-t11-001")).isEmpty();
    }

    @Test
    void anIdOutsideTheFormatIsToldTheFormat() {
        assertThat(QuestionRules.checkId("Has Spaces")).map(Violation::message)
                .hasValueSatisfying(message -> assertThat(message).contains("3-64 lower-case letters"));
        assertThat(QuestionRules.checkId("ab")).isPresent();
        assertThat(QuestionRules.checkId(null)).isPresent();
    }

    private static List<String> fields(QuestionContent question) {
        return QuestionRules.check(question).stream().map(Violation::field).toList();
    }

    private static QuestionContent with(QuestionContent question, UnaryOperator<QuestionContent> change) {
        return change.apply(question);
    }

    private static QuestionContent options(QuestionContent q, List<Option> options) {
        return new QuestionContent(q.domain(), q.taskStatement(), q.type(), q.stem(), options, q.responses(),
                q.correct(), q.explanation(), q.references(), q.difficulty());
    }

    private static QuestionContent key(QuestionContent q, AnswerKey key) {
        return new QuestionContent(q.domain(), q.taskStatement(), q.type(), q.stem(), q.options(), q.responses(),
                key, q.explanation(), q.references(), q.difficulty());
    }

    private static QuestionContent stem(QuestionContent q, String stem) {
        return new QuestionContent(q.domain(), q.taskStatement(), q.type(), stem, q.options(), q.responses(),
                q.correct(), q.explanation(), q.references(), q.difficulty());
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
