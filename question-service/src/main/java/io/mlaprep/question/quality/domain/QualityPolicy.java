package io.mlaprep.question.quality.domain;

/**
 * What a sound bank looks like: limits on the answer cues, the near-duplicate threshold, and the
 * coverage the exam needs.
 *
 * @param maxKeyLongestShare         multiple choice: share of items whose key is the (joint) longest
 *                                   option; chance is 25 %
 * @param maxKeyShortestShare        the same for the (joint) shortest option
 * @param minMedianKeyLengthRatio    multiple choice: the median of key length / mean distractor length
 *                                   must lie in [min, max]
 * @param maxKeyEchoesStemShare      multiple choice: share whose key shares strictly the most content
 *                                   words with the stem
 * @param maxLongestAreKeyShare      multiple response: share where the N longest (or the N shortest)
 *                                   options are the key
 * @param nearDuplicateSimilarity    two items whose stem-word Jaccard plus key-word Jaccard reaches this
 *                                   test the same thing
 * @param minItemsPerTaskStatement   active items each task statement needs
 * @param examsWithoutRepeat         full exams a learner can sit before an item must repeat
 */
public record QualityPolicy(
        double maxKeyLongestShare,
        double maxKeyShortestShare,
        double minMedianKeyLengthRatio,
        double maxMedianKeyLengthRatio,
        double maxKeyEchoesStemShare,
        double maxLongestAreKeyShare,
        double nearDuplicateSimilarity,
        int minItemsPerTaskStatement,
        int examsWithoutRepeat,
        double minMultipleResponseShare,
        double minOrderingShare,
        double minMatchingShare,
        double minHardShare,
        double minVeryHardShare) {

    /** The bar the seed bank keeps, and that authors see their bank measured against. */
    public static final QualityPolicy DEFAULT = new QualityPolicy(0.30, 0.30, 0.90, 1.15, 0.35, 0.10, 0.5,
            30, 5, 0.18, 0.08, 0.08, 0.20, 0.08);
}
