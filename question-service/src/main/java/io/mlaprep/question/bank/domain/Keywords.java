package io.mlaprep.question.bank.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Words a question can be found by: lower-case, three letters or more, each once. */
public final class Keywords {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Keywords() {
    }

    public static List<String> of(QuestionContent content) {
        Stream<String> texts = Stream.concat(Stream.of(content.stem()),
                content.options().stream().map(Option::text));
        Set<String> words = new LinkedHashSet<>();
        texts.forEach(text -> words.addAll(words(text)));
        return List.copyOf(words);
    }

    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return SEPARATORS.splitAsStream(text.toLowerCase(Locale.ROOT))
                .filter(word -> word.length() >= 3)
                .distinct()
                .toList();
    }
}
