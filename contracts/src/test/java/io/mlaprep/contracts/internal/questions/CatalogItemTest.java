package io.mlaprep.contracts.internal.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.contracts.QuestionType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogItemTest {

    private final CatalogItem matching = new CatalogItem("q1", 2, CatalogItem.Status.ACTIVE, 1, "1.1",
            QuestionType.MATCHING, "Match",
            List.of(new CatalogItem.Option("a", "A", "why a"), new CatalogItem.Option("b", "B", "why b"),
                    new CatalogItem.Option("c", "C", "why c")),
            List.of(new CatalogItem.Choice("x", "X"), new CatalogItem.Choice("y", "Y")),
            new CatalogItem.Key(null, null, Map.of("a", "x", "b", "y", "c", "x")), "So.", null, null);

    @Test
    void aMissingListReadsAsEmpty() {
        assertThat(matching.references()).isEmpty();
        assertThat(new CatalogItem("q2", 1, CatalogItem.Status.ACTIVE, 1, "1.1", QuestionType.MULTIPLE_CHOICE, "Which?",
                List.of(new CatalogItem.Option("a", "A", "why")), null, new CatalogItem.Key(List.of("a"), null, null),
                "A.", null, null).responses()).isEmpty();
    }

    @Test
    void givesOptionsAndResponsesInTheShownOrder() {
        assertThat(matching.optionsIn(List.of("c", "a", "b"))).extracting(CatalogItem.Option::text)
                .containsExactly("C", "A", "B");
        assertThat(matching.responsesIn(List.of("y", "x"))).extracting(CatalogItem.Choice::text)
                .containsExactly("Y", "X");
        assertThat(matching.responsesIn(List.of())).isEmpty();
    }

    @Test
    void refusesAnIdTheVersionDoesNotHave() {
        assertThatThrownBy(() -> matching.optionsIn(List.of("a", "z"))).hasMessageContaining("q1 v2 has no z");
    }
}
