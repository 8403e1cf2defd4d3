package io.mlaprep.session.grading.domain;

import io.mlaprep.contracts.ItemResponse;
import io.mlaprep.contracts.QuestionType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Object mother for grading: one keyed item per question type and well-formed right and wrong
 * responses to it.
 *
 * <ul>
 *   <li>multiple choice: options a..d, key {@code b}</li>
 *   <li>multiple response: options a..e, key {@code a, c}</li>
 *   <li>ordering: steps s1..s4, key {@code s3, s1, s4, s2}</li>
 *   <li>matching: prompts p1..p3, responses r1..r4 (r4 a distractor), key p1→r2, p2→r3, p3→r1</li>
 * </ul>
 */
public final class ItemKeys {

    public static final List<String> CHOICE_OPTIONS = List.of("a", "b", "c", "d");
    public static final String CHOICE_KEY = "b";

    public static final List<String> RESPONSE_OPTIONS = List.of("a", "b", "c", "d", "e");
    public static final List<String> RESPONSE_KEY = List.of("a", "c");

    public static final List<String> STEPS = List.of("s1", "s2", "s3", "s4");
    public static final List<String> ORDER_KEY = List.of("s3", "s1", "s4", "s2");

    public static final List<String> PROMPTS = List.of("p1", "p2", "p3");
    public static final List<String> RESPONSES = List.of("r1", "r2", "r3", "r4");
    public static final Map<String, String> PAIRS_KEY = Map.of("p1", "r2", "p2", "r3", "p3", "r1");

    private ItemKeys() {
    }

    public static ItemKey multipleChoice() {
        return new ItemKey(QuestionType.MULTIPLE_CHOICE, Set.copyOf(CHOICE_OPTIONS), null, List.of(CHOICE_KEY), null,
                null);
    }

    public static ItemKey multipleResponse() {
        return new ItemKey(QuestionType.MULTIPLE_RESPONSE, Set.copyOf(RESPONSE_OPTIONS), null, RESPONSE_KEY, null,
                null);
    }

    public static ItemKey ordering() {
        return new ItemKey(QuestionType.ORDERING, Set.copyOf(STEPS), null, null, ORDER_KEY, null);
    }

    public static ItemKey matching() {
        return new ItemKey(QuestionType.MATCHING, Set.copyOf(PROMPTS), Set.copyOf(RESPONSES), null, null, PAIRS_KEY);
    }

    public static ItemKey of(QuestionType type) {
        return switch (type) {
            case MULTIPLE_CHOICE -> multipleChoice();
            case MULTIPLE_RESPONSE -> multipleResponse();
            case ORDERING -> ordering();
            case MATCHING -> matching();
        };
    }

    /** The right answer to {@link #of(QuestionType)}. */
    public static ItemResponse rightAnswer(QuestionType type) {
        return switch (type) {
            case MULTIPLE_CHOICE -> ItemResponse.options(List.of(CHOICE_KEY));
            case MULTIPLE_RESPONSE -> ItemResponse.options(RESPONSE_KEY);
            case ORDERING -> ItemResponse.ordering(ORDER_KEY);
            case MATCHING -> ItemResponse.matching(PAIRS_KEY);
        };
    }

    /** A well-formed but wrong answer to {@link #of(QuestionType)}. */
    public static ItemResponse wrongAnswer(QuestionType type) {
        return switch (type) {
            case MULTIPLE_CHOICE -> ItemResponse.options(List.of("a"));
            case MULTIPLE_RESPONSE -> ItemResponse.options(List.of("a", "b"));
            case ORDERING -> ItemResponse.ordering(List.of("s1", "s2", "s3", "s4"));
            case MATCHING -> ItemResponse.matching(Map.of("p1", "r1", "p2", "r2", "p3", "r3"));
        };
    }

    /** An answer that cannot be graded against {@link #of(QuestionType)}: it names an unknown id. */
    public static ItemResponse malformedAnswer(QuestionType type) {
        return switch (type) {
            case MULTIPLE_CHOICE -> ItemResponse.options(List.of("z"));
            case MULTIPLE_RESPONSE -> ItemResponse.options(List.of("a", "z"));
            case ORDERING -> ItemResponse.ordering(List.of("s3", "s1", "s4", "s9"));
            case MATCHING -> ItemResponse.matching(Map.of("p1", "r2", "p2", "r3", "p3", "r9"));
        };
    }

    /** The response field an item of this type takes. */
    public static String fieldOf(QuestionType type) {
        return switch (type) {
            case MULTIPLE_CHOICE, MULTIPLE_RESPONSE -> "optionIds";
            case ORDERING -> "order";
            case MATCHING -> "pairs";
        };
    }
}
