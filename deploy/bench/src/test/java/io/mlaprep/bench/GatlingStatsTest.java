package io.mlaprep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GatlingStatsTest {

    /** Two rows of Gatling 3.15's statistics table (index.html), as it writes them, and the total row before them. */
    private static final String TABLE = """
            <tr id="ROOT" data-parent="ROOT"><td class="total col-1">All Requests</td>
              <td class="value total col-2">9</td><td class="value ok col-3">9</td></tr>
            <tr id="req_answers-only--p-206588796" data-parent="ROOT">
              <td class="total col-1">
                <span onmouseover="isEllipsed('x')" id="stats-table-x" class="ellipsed-name">answers-only: PUT response</span>
              </td>
              <td class="value total col-2">209</td>
              <td class="value ok col-3">207</td>
              <td class="value ko col-4">2</td>
              <td class="value ko col-5">1</td>
              <td class="value total col-6">4.22</td>
              <td class="value total col-7">84</td>
              <td class="value total col-8">201</td>
              <td class="value total col-9">251</td>
              <td class="value total col-10">338</td>
              <td class="value total col-11">393</td>
              <td class="value total col-12">411</td>
            </tr><tr id="req_get--api-bluepr-145330635" data-parent="ROOT">
              <td class="total col-1"><span class="ellipsed-name">GET /api/blueprint &amp; more</span></td>
              <td class="value total col-2">1,049</td>
              <td class="value ok col-3">1,049</td>
              <td class="value ko col-4">0</td>
              <td class="value total col-8">-</td>
              <td class="value total col-11">232</td>
            </tr>
            """;

    @Test
    void readsOkKoP50AndP99OfEveryRequestRow() {
        Map<String, GatlingStats.Request> requests = GatlingStats.parse(TABLE);

        assertThat(requests).containsOnlyKeys("answers-only: PUT response", "GET /api/blueprint & more");
        assertThat(requests.get("answers-only: PUT response"))
                .isEqualTo(new GatlingStats.Request("answers-only: PUT response", 207, 2, 201, 393));
        GatlingStats.Request blueprint = requests.get("GET /api/blueprint & more");
        assertThat(blueprint.ok()).isEqualTo(1049);
        assertThat(blueprint.p50Ms()).isNaN();
        assertThat(blueprint.p99Ms()).isEqualTo(232);
    }

    @Test
    void aPageWithoutRequestRowsIsRefused() {
        assertThatThrownBy(() -> GatlingStats.parse("<html></html>")).hasMessageContaining("format");
    }
}
