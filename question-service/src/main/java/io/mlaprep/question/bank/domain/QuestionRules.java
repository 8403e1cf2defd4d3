package io.mlaprep.question.bank.domain;

import io.mlaprep.contracts.ExamGuide;
import io.mlaprep.contracts.QuestionType;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules every question version must keep, reported one violation per field so authors can fix them all at once. */
public final class QuestionRules {

    public static final Pattern QUESTION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");
    private static final Pattern OPTION_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final Pattern HOW_MANY = Pattern.compile(
            "\\b(?:choose|select)\\s+(two|three|four|five|2|3|4|5)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> NUMBERS = Map.of("two", 2, "three", 3, "four", 4, "five", 5,
            "2", 2, "3", 3, "4", 4, "5", 5);
    private static final int MAX_TEXT = 4_000;

    private QuestionRules() {
    }

    /** Words the API or the web client ({@code #/bank/new}) uses in question paths, so never question ids. */
    private static final Set<String> RESERVED_IDS = Set.of("import", "imports", "export", "quality", "new");

    /** What is wrong with a question id given by an author or a file, if anything. */
    public static Optional<Violation> checkId(String id) {
        if (id == null || !QUESTION_ID.matcher(id).matches()) {
            return Optional.of(new Violation("id",
                    "must be 3-64 lower-case letters, digits or '-', starting with a letter or digit"));
        }
        if (RESERVED_IDS.contains(id)) {
            return Optional.of(new Violation("id", "'" + id + "' is reserved: a path of the API or the web client uses it"));
        }
        return Optional.empty();
    }

    public static List<Violation> check(QuestionContent question) {
        List<Violation> violations = new ArrayList<>();
        checkPlacement(question, violations);
        text(question.stem(), "stem", violations);
        text(question.explanation(), "explanation", violations);
        checkReferences(question.references(), violations);
        checkOptions(question.options(), "options", true, violations);
        if (question.difficulty() != null && (question.difficulty() < -3 || question.difficulty() > 3)) {
            violations.add(new Violation("difficulty", "must be between -3 (easy) and 3 (hard)"));
        }
        if (question.type() == null) {
            violations.add(new Violation("type", "must be one of MULTIPLE_CHOICE, MULTIPLE_RESPONSE, ORDERING, MATCHING"));
        } else if (question.correct() == null) {
            violations.add(new Violation("correct", "the answer key is required"));
        } else {
            switch (question.type()) {
                case MULTIPLE_CHOICE -> checkMultipleChoice(question, violations);
                case MULTIPLE_RESPONSE -> checkMultipleResponse(question, violations);
                case ORDERING -> checkOrdering(question, violations);
                case MATCHING -> checkMatching(question, violations);
            }
        }
        return List.copyOf(violations);
    }

    private static void checkPlacement(QuestionContent question, List<Violation> violations) {
        if (ExamGuide.domain(question.domain()).isEmpty()) {
            violations.add(new Violation("domain", "must be 1, 2, 3 or 4"));
        } else if (question.taskStatement() == null
                || !ExamGuide.taskBelongsToDomain(question.taskStatement(), question.domain())) {
            violations.add(new Violation("taskStatement", "must be a task statement of domain " + question.domain()
                    + " (" + taskIds(question.domain()) + ")"));
        }
    }

    private static String taskIds(int domain) {
        return String.join(", ", ExamGuide.requireDomain(domain).taskStatements().stream()
                .map(ExamGuide.TaskStatement::id).toList());
    }

    private static void checkReferences(List<String> references, List<Violation> violations) {
        if (references.isEmpty()) {
            violations.add(new Violation("references", "give at least one documentation URL"));
        }
        for (int i = 0; i < references.size(); i++) {
            if (!isHttpsUrl(references.get(i))) {
                violations.add(new Violation("references[" + i + "]", "must be an https URL"));
            }
        }
    }

    private static boolean isHttpsUrl(String value) {
        try {
            URI uri = URI.create(value);
            return "https".equals(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static Set<String> checkOptions(List<Option> options, String field, boolean explained,
                                            List<Violation> violations) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            String at = field + "[" + i + "]";
            if (option == null) {
                violations.add(new Violation(at, "must not be null"));
                continue;
            }
            if (option.id() == null || !OPTION_ID.matcher(option.id()).matches()) {
                violations.add(new Violation(at + ".id", "must be 1-16 letters, digits, '-' or '_'"));
            } else if (!ids.add(option.id())) {
                violations.add(new Violation(at + ".id", "duplicates id '" + option.id() + "'"));
            }
            text(option.text(), at + ".text", violations);
            if (explained) {
                text(option.explanation(), at + ".explanation", violations);
            }
        }
        return ids;
    }

    private static void checkMultipleChoice(QuestionContent question, List<Violation> violations) {
        if (question.options().size() != 4) {
            violations.add(new Violation("options", "a multiple-choice question has exactly 4 options, not "
                    + question.options().size()));
        }
        List<String> keys = question.correct().optionIds();
        if (keys == null || keys.size() != 1) {
            violations.add(new Violation("correct.optionIds", "a multiple-choice question has exactly 1 correct option"));
        } else {
            keysExist(keys, question.options(), violations);
        }
        unused(question.correct().order(), "correct.order", question.type(), violations);
        unused(question.correct().pairs(), "correct.pairs", question.type(), violations);
        noResponses(question, violations);
    }

    private static void checkMultipleResponse(QuestionContent question, List<Violation> violations) {
        if (question.options().size() < 5) {
            violations.add(new Violation("options", "a multiple-response question has at least 5 options, not "
                    + question.options().size()));
        }
        List<String> keys = question.correct().optionIds();
        if (keys == null || keys.size() < 2) {
            violations.add(new Violation("correct.optionIds", "a multiple-response question has at least 2 correct options"));
        } else {
            if (new HashSet<>(keys).size() != keys.size()) {
                violations.add(new Violation("correct.optionIds", "lists an option twice"));
            }
            if (keys.size() >= question.options().size()) {
                violations.add(new Violation("correct.optionIds", "at least one option must be wrong"));
            }
            keysExist(keys, question.options(), violations);
            Matcher howMany = question.stem() == null ? null : HOW_MANY.matcher(question.stem());
            if (howMany == null || !howMany.find()) {
                violations.add(new Violation("stem", "must say how many options to choose, e.g. \"(Choose TWO.)\""));
            } else if (NUMBERS.get(howMany.group(1).toLowerCase()) != keys.size()) {
                violations.add(new Violation("stem", "says to choose " + howMany.group(1) + " but the key has "
                        + keys.size() + " options"));
            }
        }
        unused(question.correct().order(), "correct.order", question.type(), violations);
        unused(question.correct().pairs(), "correct.pairs", question.type(), violations);
        noResponses(question, violations);
    }

    private static void checkOrdering(QuestionContent question, List<Violation> violations) {
        int steps = question.options().size();
        if (steps < 3 || steps > 5) {
            violations.add(new Violation("options", "an ordering question has 3 to 5 steps, not " + steps));
        }
        List<String> order = question.correct().order();
        Set<String> ids = new HashSet<>(question.options().stream().map(Option::id).toList());
        if (order == null || order.size() != steps || !new HashSet<>(order).equals(ids)) {
            violations.add(new Violation("correct.order", "must list every step id exactly once"));
        }
        unused(question.correct().optionIds(), "correct.optionIds", question.type(), violations);
        unused(question.correct().pairs(), "correct.pairs", question.type(), violations);
        noResponses(question, violations);
    }

    private static void checkMatching(QuestionContent question, List<Violation> violations) {
        int prompts = question.options().size();
        if (prompts < 3 || prompts > 7) {
            violations.add(new Violation("options", "a matching question has 3 to 7 prompts, not " + prompts));
        }
        Set<String> responseIds = new HashSet<>();
        List<Choice> responses = question.responses();
        if (responses.size() < 2) {
            violations.add(new Violation("responses", "a matching question needs its right-hand responses"));
        }
        for (int i = 0; i < responses.size(); i++) {
            Choice response = responses.get(i);
            String at = "responses[" + i + "]";
            if (response == null || response.id() == null || !OPTION_ID.matcher(response.id()).matches()) {
                violations.add(new Violation(at + ".id", "must be 1-16 letters, digits, '-' or '_'"));
                continue;
            }
            if (!responseIds.add(response.id())) {
                violations.add(new Violation(at + ".id", "duplicates id '" + response.id() + "'"));
            }
            text(response.text(), at + ".text", violations);
        }
        Map<String, String> pairs = question.correct().pairs();
        if (pairs == null) {
            violations.add(new Violation("correct.pairs", "must map every prompt to a response"));
        } else {
            for (Option prompt : question.options()) {
                if (prompt != null && prompt.id() != null && !pairs.containsKey(prompt.id())) {
                    violations.add(new Violation("correct.pairs", "prompt '" + prompt.id() + "' has no response"));
                }
            }
            Set<String> promptIds = new HashSet<>(question.options().stream()
                    .filter(java.util.Objects::nonNull).map(Option::id).toList());
            pairs.forEach((prompt, response) -> {
                if (!promptIds.contains(prompt)) {
                    violations.add(new Violation("correct.pairs", "'" + prompt + "' is not a prompt id"));
                }
                if (!responseIds.contains(response)) {
                    violations.add(new Violation("correct.pairs", "'" + response + "' is not a response id"));
                }
            });
        }
        unused(question.correct().optionIds(), "correct.optionIds", question.type(), violations);
        unused(question.correct().order(), "correct.order", question.type(), violations);
    }

    private static void keysExist(List<String> keys, List<Option> options, List<Violation> violations) {
        Set<String> ids = new HashSet<>(options.stream().filter(java.util.Objects::nonNull).map(Option::id).toList());
        for (String key : keys) {
            if (!ids.contains(key)) {
                violations.add(new Violation("correct.optionIds", "'" + key + "' is not an option id"));
            }
        }
    }

    private static void noResponses(QuestionContent question, List<Violation> violations) {
        if (!question.responses().isEmpty()) {
            violations.add(new Violation("responses", "only matching questions have responses"));
        }
    }

    private static void unused(Object value, String field, QuestionType type, List<Violation> violations) {
        boolean present = value instanceof java.util.Collection<?> c ? !c.isEmpty()
                : value instanceof Map<?, ?> m ? !m.isEmpty() : value != null;
        if (present) {
            violations.add(new Violation(field, "is not used by " + type + " questions; leave it out"));
        }
    }

    private static void text(String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "must not be empty"));
        } else if (value.length() > MAX_TEXT) {
            violations.add(new Violation(field, "must be at most " + MAX_TEXT + " characters"));
        }
    }
}
