package io.mlaprep.session.delivery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FinishedItemsTest {

    private final FinishedItems finishedItems = new FinishedItems(JsonMapper.builder().build());

    @Test
    void itemsAndWhenTheyWereShownReadBackAsTheyWereWritten() {
        StoredItem answered = new StoredItem("d2-t23-030", 3, 2, "2.3", "MATCHING", true, List.of("e", "d", "c"),
                List.of("r2", "r1", "r3"), new StoredResponse(null, null, Map.of("e", "r1", "d", "r2", "c", "r3")), true,
                1_796_290_390_854L, true, "HIGH", "req-1", 18_204L, "weak task 2.3", null);
        StoredItem unanswered = new StoredItem("d1-t11-001", 1, 1, "1.1", "MULTIPLE_CHOICE", false,
                List.of("b", "a", "d", "c"), null, null, null, null, false, null, null, null, null, null);
        FinishedItems.Archive archive = new FinishedItems.Archive(List.of(answered, unanswered),
                Arrays.asList(1_796_290_372_650L, null));

        assertThat(finishedItems.read(finishedItems.write(archive))).isEqualTo(archive);
    }

    @Test
    void sixtyFiveItemsOfTheSameShapeCompressToAFractionOfTheirJson() {
        List<StoredItem> items = IntStream.range(0, 65).mapToObj(n -> new StoredItem(
                "d%d-t%d1-%03d".formatted(n % 4 + 1, n % 4 + 1, n), 1, n % 4 + 1, (n % 4 + 1) + ".1", "MULTIPLE_CHOICE",
                n < 50, List.of("a", "b", "c", "d"), null, new StoredResponse(List.of("a"), null, null), n % 3 != 0,
                1_796_290_390_000L + n * 97_331L, false, "MEDIUM", null, 20_000L + n * 911L, null, null)).toList();
        FinishedItems.Archive archive = new FinishedItems.Archive(items, items.stream().map(StoredItem::at).toList());

        int json = JsonMapper.builder().build().writeValueAsBytes(archive).length;
        assertThat(finishedItems.write(archive).length).isLessThan(json / 5);
    }

    @Test
    void bytesCutShortAreRefusedRatherThanReadAsFewerItems() {
        FinishedItems.Archive archive = new FinishedItems.Archive(List.of(new StoredItem("d1-t11-001", 1, 1, "1.1",
                "MULTIPLE_CHOICE", true, List.of("a", "b"), null, null, null, null, false, null, null, null, null,
                null)),
                Arrays.asList((Long) null));
        byte[] written = finishedItems.write(archive);

        assertThatThrownBy(() -> finishedItems.read(Arrays.copyOf(written, written.length / 2)))
                .isInstanceOf(IllegalStateException.class);
    }
}
