package io.mlaprep.question.quality.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that carry meaning in a question's text: lower case, three letters or more, without the
 * function words and the words every scenario uses ("company", "model", "data"), so that overlap
 * between two texts says they are about the same thing.
 */
final class ContentWords {

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> IGNORED = Set.of(("a an the of to in on for and or with by from at is are be"
            + " as that this it its which what when will should must can into than then their there these those"
            + " each per after before over under not no do does use using used most least first best company"
            + " needs wants team engineer model data").split(" "));

    private ContentWords() {
    }

    static Set<String> of(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(SEPARATORS.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> word.length() > 2 && !IGNORED.contains(word))
                .collect(Collectors.toUnmodifiableSet());
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }
}
