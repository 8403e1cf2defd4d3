package io.mlaprep.session.grading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MalformedResponseExceptionTest {

    @Test
    void carriesTheFieldAndEveryProblem() {
        MalformedResponseException e = new MalformedResponseException("order", List.of("one", "two"));

        assertThat(e.field()).isEqualTo("order");
        assertThat(e.problems()).containsExactly("one", "two");
        assertThat(e.getMessage()).isEqualTo("one; two");
    }

    @Test
    void keepsItsOwnCopyOfTheProblems() {
        List<String> problems = new ArrayList<>(List.of("one"));
        MalformedResponseException e = new MalformedResponseException("pairs", problems);

        problems.add("two");

        assertThat(e.problems()).containsExactly("one");
    }
}
