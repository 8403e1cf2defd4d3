package io.mlaprep.session.grading.domain;

import static io.mlaprep.session.grading.domain.ItemKeys.CHOICE_KEY;
import static io.mlaprep.session.grading.domain.ItemKeys.ORDER_KEY;
import static io.mlaprep.session.grading.domain.ItemKeys.PAIRS_KEY;
import static io.mlaprep.session.grading.domain.ItemKeys.RESPONSE_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.QuestionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GraderTest {

    private static MalformedResponseException malformed(ItemKey key, ItemResponse response) {
        Throwable thrown = catchThrowable(() -> Grader.grade(key, response));
        assertThat(thrown)
                .as("a malformed response is rejected, never graded")
                .isInstanceOf(MalformedResponseException.class);
        return (MalformedResponseException) thrown;
    }

    private static void assertRejected(ItemKey key, ItemResponse response, String field, String... problems) {
        MalformedResponseException e = malformed(key, response);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.problems()).contains(problems);
        for (String problem : problems) {
            assertThat(e.getMessage()).contains(problem);
        }
    }

    private static Map<String, String> pairsWith(String prompt, String response) {
        Map<String, String> pairs = new HashMap<>(PAIRS_KEY);
        pairs.put(prompt, response);
        return pairs;
    }

    private static Map<String, String> pairsWithout(String prompt) {
        Map<String, String> pairs = new HashMap<>(PAIRS_KEY);
        pairs.remove(prompt);
        return pairs;
    }

    @Nested
    class AnyType {

        @ParameterizedTest
        @EnumSource(QuestionType.class)
        void gradesTheRightAnswerCorrect(QuestionType type) {
            assertThat(Grader.grade(ItemKeys.of(type), ItemKeys.rightAnswer(type))).isTrue();
        }

        @ParameterizedTest
        @EnumSource(QuestionType.class)
        void gradesAWellFormedWrongAnswerIncorrect(QuestionType type) {
            assertThat(Grader.grade(ItemKeys.of(type), ItemKeys.wrongAnswer(type))).isFalse();
        }

        @ParameterizedTest
        @EnumSource(QuestionType.class)
        void rejectsANullResponseAsRequired(QuestionType type) {
            assertRejected(ItemKeys.of(type), null, "response", "a response is required");
        }

        @ParameterizedTest
        @EnumSource(QuestionType.class)
        void rejectsAResponseWithNoPartAtAllOnTheItemsOwnField(QuestionType type) {
            MalformedResponseException e = malformed(ItemKeys.of(type), new ItemResponse(null, null, null));
            assertThat(e.field()).isEqualTo(ItemKeys.fieldOf(type));
            assertThat(e.problems()).hasSize(1);
        }

        @ParameterizedTest
        @EnumSource(QuestionType.class)
        void rejectsAnAnswerNamingAnUnknownIdOnTheItemsOwnField(QuestionType type) {
            MalformedResponseException e = malformed(ItemKeys.of(type), ItemKeys.malformedAnswer(type));
            assertThat(e.field()).isEqualTo(ItemKeys.fieldOf(type));
            assertThat(e.getMessage()).contains("unknown");
        }

        static Stream<Arguments> responsePartsOfAnotherType() {
            ItemResponse choice = ItemResponse.options(List.of(CHOICE_KEY));
            ItemResponse twoChoices = ItemResponse.options(RESPONSE_KEY);
            ItemResponse order = ItemResponse.ordering(ORDER_KEY);
            ItemResponse pairs = ItemResponse.matching(PAIRS_KEY);
            return Stream.of(
                    // only a part of another type
                    arguments(QuestionType.MULTIPLE_CHOICE, order),
                    arguments(QuestionType.MULTIPLE_CHOICE, pairs),
                    arguments(QuestionType.MULTIPLE_RESPONSE, order),
                    arguments(QuestionType.MULTIPLE_RESPONSE, pairs),
                    arguments(QuestionType.ORDERING, choice),
                    arguments(QuestionType.ORDERING, pairs),
                    arguments(QuestionType.MATCHING, choice),
                    arguments(QuestionType.MATCHING, order),
                    // the right part plus one of another type
                    arguments(QuestionType.MULTIPLE_CHOICE, new ItemResponse(List.of(CHOICE_KEY), ORDER_KEY, null)),
                    arguments(QuestionType.MULTIPLE_CHOICE, new ItemResponse(List.of(CHOICE_KEY), null, PAIRS_KEY)),
                    arguments(QuestionType.MULTIPLE_RESPONSE, new ItemResponse(RESPONSE_KEY, ORDER_KEY, null)),
                    arguments(QuestionType.MULTIPLE_RESPONSE, new ItemResponse(RESPONSE_KEY, null, PAIRS_KEY)),
                    arguments(QuestionType.ORDERING, new ItemResponse(List.of(CHOICE_KEY), ORDER_KEY, null)),
                    arguments(QuestionType.ORDERING, new ItemResponse(null, ORDER_KEY, PAIRS_KEY)),
                    arguments(QuestionType.MATCHING, new ItemResponse(List.of(CHOICE_KEY), null, PAIRS_KEY)),
                    arguments(QuestionType.MATCHING, new ItemResponse(null, ORDER_KEY, PAIRS_KEY)),
                    // all three parts
                    arguments(QuestionType.MULTIPLE_CHOICE, new ItemResponse(twoChoices.optionIds(), ORDER_KEY, PAIRS_KEY)),
                    arguments(QuestionType.ORDERING, new ItemResponse(twoChoices.optionIds(), ORDER_KEY, PAIRS_KEY)),
                    arguments(QuestionType.MATCHING, new ItemResponse(twoChoices.optionIds(), ORDER_KEY, PAIRS_KEY)));
        }

        @ParameterizedTest(name = "{0} with {1}")
        @MethodSource("responsePartsOfAnotherType")
        void rejectsAResponsePartOfAnotherTypeNamingTheFieldTheItemTakes(QuestionType type, ItemResponse response) {
            String field = ItemKeys.fieldOf(type);
            assertRejected(ItemKeys.of(type), response, field,
                    "this item takes '" + field + "' only; leave the other response fields out");
        }

        @Test
        void joinsAllProblemsIntoTheMessage() {
            MalformedResponseException e = malformed(ItemKeys.ordering(), ItemResponse.ordering(List.of("s3", "s3", "s9")));
            assertThat(e.problems()).containsExactly("step 's3' given twice", "unknown step 's9'",
                    "steps missing from the order: s1, s2, s4");
            assertThat(e.getMessage()).isEqualTo(String.join("; ", e.problems()));
        }
    }

    @Nested
    class MultipleChoice {

        private final ItemKey key = ItemKeys.multipleChoice();

        @Test
        void gradesTheKeyedOptionCorrect() {
            assertThat(Grader.grade(key, ItemResponse.options(List.of(CHOICE_KEY)))).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"a", "c", "d"})
        void gradesEveryOtherSingleOptionIncorrect(String option) {
            assertThat(Grader.grade(key, ItemResponse.options(List.of(option)))).isFalse();
        }

        @Test
        void rejectsAnEmptyChoice() {
            assertRejected(key, ItemResponse.options(List.of()), "optionIds", "choose 1 option");
        }

        @Test
        void rejectsAMissingChoice() {
            assertRejected(key, ItemResponse.options(null), "optionIds", "choose 1 option");
        }

        @ParameterizedTest
        @MethodSource("io.mlaprep.session.grading.domain.GraderTest#twoOrMoreChoices")
        void rejectsMoreThanOneChoiceEvenIfTheKeyIsAmongThem(List<String> chosen) {
            assertRejected(key, ItemResponse.options(chosen), "optionIds",
                    "choose exactly 1 option, not " + chosen.size());
        }

        @Test
        void rejectsAnUnknownOption() {
            MalformedResponseException e = malformed(key, ItemResponse.options(List.of("z")));
            assertThat(e.field()).isEqualTo("optionIds");
            assertThat(e.problems()).containsExactly("unknown option 'z'");
        }

        @Test
        void rejectsTheKeyGivenTwice() {
            assertRejected(key, ItemResponse.options(List.of(CHOICE_KEY, CHOICE_KEY)), "optionIds",
                    "option 'b' given twice", "choose exactly 1 option, not 2");
        }

        @Test
        void rejectsAnOptionIdThatDiffersOnlyInCase() {
            assertRejected(key, ItemResponse.options(List.of("B")), "optionIds", "unknown option 'B'");
        }
    }

    static Stream<List<String>> twoOrMoreChoices() {
        return Stream.of(List.of("a", "b"), List.of("b", "c"), List.of("a", "b", "c"), List.of("a", "b", "c", "d"));
    }

    @Nested
    class MultipleResponse {

        private final ItemKey key = ItemKeys.multipleResponse();

        @Test
        void gradesExactlyTheKeyedOptionsCorrect() {
            assertThat(Grader.grade(key, ItemResponse.options(List.of("a", "c")))).isTrue();
        }

        @Test
        void gradesTheKeyedOptionsCorrectInAnyOrder() {
            assertThat(Grader.grade(key, ItemResponse.options(List.of("c", "a")))).isTrue();
        }

        @ParameterizedTest
        @MethodSource("io.mlaprep.session.grading.domain.GraderTest#wrongPairsOfOptions")
        void gradesAnyOtherSetOfTwoIncorrectWithNoPartialCredit(List<String> chosen) {
            assertThat(Grader.grade(key, ItemResponse.options(chosen))).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"a", "c", "b"})
        void rejectsTooFewOptionsRatherThanGradingThem(String option) {
            assertRejected(key, ItemResponse.options(List.of(option)), "optionIds", "choose exactly 2 options, not 1");
        }

        @ParameterizedTest
        @MethodSource("io.mlaprep.session.grading.domain.GraderTest#tooManyOptions")
        void rejectsTooManyOptionsEvenIfTheyIncludeTheKey(List<String> chosen) {
            assertRejected(key, ItemResponse.options(chosen), "optionIds",
                    "choose exactly 2 options, not " + chosen.size());
        }

        @Test
        void rejectsAnEmptyChoiceAskingForTwo() {
            assertRejected(key, ItemResponse.options(List.of()), "optionIds", "choose 2 options");
        }

        @Test
        void rejectsAMissingChoiceAskingForTwo() {
            assertRejected(key, ItemResponse.options(null), "optionIds", "choose 2 options");
        }

        @Test
        void rejectsAnOptionGivenTwiceEvenWhenTheCountMatches() {
            MalformedResponseException e = malformed(key, ItemResponse.options(List.of("a", "a")));
            assertThat(e.field()).isEqualTo("optionIds");
            assertThat(e.problems()).containsExactly("option 'a' given twice");
        }

        @Test
        void rejectsAnUnknownOptionAlongsideAKeyedOne() {
            MalformedResponseException e = malformed(key, ItemResponse.options(List.of("a", "z")));
            assertThat(e.field()).isEqualTo("optionIds");
            assertThat(e.problems()).containsExactly("unknown option 'z'");
        }

        @Test
        void reportsEveryProblemAtOnce() {
            assertRejected(key, ItemResponse.options(List.of("a", "a", "z")), "optionIds",
                    "option 'a' given twice", "unknown option 'z'", "choose exactly 2 options, not 3");
        }

        @Test
        void asksForAsManyOptionsAsTheKeyHas() {
            ItemKey threeKeyed = new ItemKey(QuestionType.MULTIPLE_RESPONSE, Set.of("a", "b", "c", "d", "e"),
                    null, List.of("a", "b", "e"), null, null);
            assertThat(Grader.grade(threeKeyed, ItemResponse.options(List.of("e", "b", "a")))).isTrue();
            assertThat(Grader.grade(threeKeyed, ItemResponse.options(List.of("a", "b", "c")))).isFalse();
            assertRejected(threeKeyed, ItemResponse.options(RESPONSE_KEY), "optionIds",
                    "choose exactly 3 options, not 2");
        }
    }

    static Stream<List<String>> wrongPairsOfOptions() {
        return Stream.of(List.of("a", "b"), List.of("a", "d"), List.of("a", "e"), List.of("b", "c"), List.of("c", "d"),
                List.of("c", "e"), List.of("b", "d"), List.of("d", "e"));
    }

    static Stream<List<String>> tooManyOptions() {
        return Stream.of(List.of("a", "c", "e"), List.of("a", "b", "c"), List.of("a", "b", "c", "d", "e"));
    }

    @Nested
    class Ordering {

        private final ItemKey key = ItemKeys.ordering();

        @Test
        void gradesTheExactKeyedSequenceCorrect() {
            assertThat(Grader.grade(key, ItemResponse.ordering(List.of("s3", "s1", "s4", "s2")))).isTrue();
        }

        @ParameterizedTest
        @MethodSource("io.mlaprep.session.grading.domain.GraderTest#otherPermutationsOfTheSteps")
        void gradesEveryOtherPermutationIncorrect(List<String> order) {
            assertThat(Grader.grade(key, ItemResponse.ordering(order))).isFalse();
        }

        @Test
        void rejectsAnEmptyOrder() {
            assertRejected(key, ItemResponse.ordering(List.of()), "order", "put all 4 steps in order");
        }

        @Test
        void rejectsAMissingOrder() {
            assertRejected(key, ItemResponse.ordering(null), "order", "put all 4 steps in order");
        }

        @Test
        void rejectsAnOrderMissingAStepEvenIfTheRestIsInKeyedOrder() {
            MalformedResponseException e = malformed(key, ItemResponse.ordering(List.of("s3", "s1", "s4")));
            assertThat(e.field()).isEqualTo("order");
            assertThat(e.problems()).containsExactly("steps missing from the order: s2");
        }

        @Test
        void namesEveryMissingStepSorted() {
            assertRejected(key, ItemResponse.ordering(List.of("s3")), "order", "steps missing from the order: s1, s2, s4");
        }

        @Test
        void rejectsAStepGivenTwiceInPlaceOfAnother() {
            assertRejected(key, ItemResponse.ordering(List.of("s3", "s1", "s4", "s4")), "order",
                    "step 's4' given twice", "steps missing from the order: s2");
        }

        @Test
        void rejectsAStepRepeatedAfterACompleteOrder() {
            MalformedResponseException e = malformed(key, ItemResponse.ordering(List.of("s3", "s1", "s4", "s2", "s2")));
            assertThat(e.field()).isEqualTo("order");
            assertThat(e.problems()).containsExactly("step 's2' given twice");
        }

        @Test
        void rejectsAnUnknownStepInPlaceOfAKnownOne() {
            assertRejected(key, ItemResponse.ordering(List.of("s3", "s1", "s4", "s9")), "order",
                    "unknown step 's9'", "steps missing from the order: s2");
        }

        @Test
        void rejectsAnUnknownStepAppendedToACompleteOrder() {
            MalformedResponseException e = malformed(key, ItemResponse.ordering(List.of("s3", "s1", "s4", "s2", "s9")));
            assertThat(e.problems()).containsExactly("unknown step 's9'");
        }
    }

    static Stream<List<String>> otherPermutationsOfTheSteps() {
        List<List<String>> all = new ArrayList<>();
        permute(new ArrayList<>(ItemKeys.STEPS), 0, all);
        return all.stream().filter(order -> !order.equals(ORDER_KEY));
    }

    private static void permute(List<String> steps, int from, List<List<String>> into) {
        if (from == steps.size()) {
            into.add(List.copyOf(steps));
            return;
        }
        for (int i = from; i < steps.size(); i++) {
            Collections.swap(steps, from, i);
            permute(steps, from + 1, into);
            Collections.swap(steps, from, i);
        }
    }

    @Test
    void theOrderingFixtureCoversAllTwentyThreeWrongPermutations() {
        assertThat(otherPermutationsOfTheSteps()).hasSize(23).doesNotHaveDuplicates();
    }

    @Nested
    class Matching {

        private final ItemKey key = ItemKeys.matching();

        @Test
        void gradesEveryPromptPairedRightCorrect() {
            assertThat(Grader.grade(key, ItemResponse.matching(Map.of("p1", "r2", "p2", "r3", "p3", "r1")))).isTrue();
        }

        @ParameterizedTest
        @MethodSource("io.mlaprep.session.grading.domain.GraderTest#wrongButCompleteMatchings")
        void gradesAnyWrongPairIncorrectWithNoPartialCredit(Map<String, String> pairs) {
            assertThat(Grader.grade(key, ItemResponse.matching(pairs))).isFalse();
        }

        @Test
        void rejectsAnEmptyMatching() {
            assertRejected(key, ItemResponse.matching(Map.of()), "pairs", "match all 3 prompts");
        }

        @Test
        void rejectsAMissingMatching() {
            assertRejected(key, ItemResponse.matching(null), "pairs", "match all 3 prompts");
        }

        @ParameterizedTest
        @ValueSource(strings = {"p1", "p2", "p3"})
        void rejectsAPromptLeftWithoutAResponseEvenIfTheOthersAreRight(String prompt) {
            MalformedResponseException e = malformed(key, ItemResponse.matching(pairsWithout(prompt)));
            assertThat(e.field()).isEqualTo("pairs");
            assertThat(e.problems()).containsExactly("prompts without a response: " + prompt);
        }

        @Test
        void namesEveryUnmatchedPromptSorted() {
            assertRejected(key, ItemResponse.matching(Map.of("p2", "r3")), "pairs",
                    "prompts without a response: p1, p3");
        }

        @Test
        void rejectsAnUnknownPrompt() {
            MalformedResponseException e = malformed(key, ItemResponse.matching(pairsWith("p9", "r1")));
            assertThat(e.field()).isEqualTo("pairs");
            assertThat(e.problems()).containsExactly("unknown prompt 'p9'");
        }

        @Test
        void rejectsAnUnknownResponse() {
            MalformedResponseException e = malformed(key, ItemResponse.matching(pairsWith("p1", "r9")));
            assertThat(e.field()).isEqualTo("pairs");
            assertThat(e.problems()).containsExactly("unknown response 'r9' for prompt 'p1'");
        }

        @Test
        void rejectsAPromptIdUsedAsAResponse() {
            assertRejected(key, ItemResponse.matching(pairsWith("p1", "p2")), "pairs",
                    "unknown response 'p2' for prompt 'p1'");
        }

        @Test
        void rejectsAResponseIdUsedAsAPrompt() {
            assertRejected(key, ItemResponse.matching(Map.of("r1", "r2", "p2", "r3", "p3", "r1")), "pairs",
                    "unknown prompt 'r1'", "prompts without a response: p1");
        }
    }

    /** Complete matchings using each response at most once, with at least one pair wrong. */
    static Stream<Map<String, String>> wrongButCompleteMatchings() {
        return Stream.of(
                pairsWith("p1", "r4"),
                pairsWith("p2", "r4"),
                pairsWith("p3", "r4"),
                Map.of("p1", "r3", "p2", "r2", "p3", "r1"),
                Map.of("p1", "r2", "p2", "r1", "p3", "r3"),
                Map.of("p1", "r1", "p2", "r2", "p3", "r3"),
                Map.of("p1", "r4", "p2", "r1", "p3", "r2"));
    }
}
