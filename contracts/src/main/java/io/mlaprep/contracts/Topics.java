package io.mlaprep.contracts;

/** Stable topic names; one writer per topic, key = the subject id. */
public final class Topics {

    public static final String ANSWER_SUBMITTED = "mla.answer-submitted.v1";
    public static final String SESSION_COMPLETED = "mla.session-completed.v1";
    public static final String QUESTION_CHANGED = "mla.question-changed.v1";
    public static final String LEARNER_MODEL_CHANGED = "mla.learner-model-changed.v1";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + "-dlt";
    }
}
