package io.mlaprep.session.grading.domain;

import java.util.List;

/** The response cannot be graded as sent: it names unknown ids, has the wrong number of parts, or repeats one. */
public class MalformedResponseException extends RuntimeException {

    private final List<String> problems;
    private final String field;

    public MalformedResponseException(String field, List<String> problems) {
        super(String.join("; ", problems));
        this.field = field;
        this.problems = List.copyOf(problems);
    }

    public String field() {
        return field;
    }

    public List<String> problems() {
        return problems;
    }
}
