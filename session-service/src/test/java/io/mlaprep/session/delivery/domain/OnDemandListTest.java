package io.mlaprep.session.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.contracts.QuestionType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnDemandListTest {

    private final List<Integer> made = new ArrayList<>();
    private final OnDemandList<String> list = new OnDemandList<>(4, n -> {
        made.add(n);
        return "item " + n;
    });

    @Test
    void anElementIsMadeWhenFirstReadAndOnlyOnce() {
        assertThat(list).hasSize(4);
        assertThat(made).isEmpty();

        assertThat(list.get(2)).isEqualTo("item 2");
        assertThat(list.get(2)).isEqualTo("item 2");
        assertThat(made).containsExactly(2);

        assertThat(list).containsExactly("item 0", "item 1", "item 2", "item 3");
        assertThat(made).containsExactly(2, 0, 1, 3);
    }

    @Test
    void itCannotBeChangedAndKnowsItsBounds() {
        assertThatThrownBy(() -> list.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(made).isEmpty();
    }

    @Test
    void aSessionStateKeepsItAsItIsInsteadOfCopyingEveryElement() {
        OnDemandList<SessionItem> items = new OnDemandList<>(3, n -> SessionItems.item(n, QuestionType.MULTIPLE_CHOICE));

        SessionState state = new SessionState(SessionStates.practiceSession(SessionMode.PRACTICE, 3), items);

        assertThat(state.items()).isSameAs(items);
        assertThat(state.item(1).n()).isEqualTo(1);
    }
}
