package io.mlaprep.recommender.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadinessCeilingTest {

    private static final SimulationConfig CONFIG = SimulationConfig.parse(new String[] {"--learners", "30", "--seed",
        "11"});
    private static final ReadinessCeiling.Rule OURS = ReadinessCeiling.Rule.parse("VOI/BEST");
    private static final ReadinessCeiling.Rule IDEAL = ReadinessCeiling.Rule.parse("VOI/IDEAL24");

    @Test
    void measuresOursOnTheSameLearnersAndOutcomesAsReadinessEfficiency() {
        ReadinessEfficiency.Result efficiency = new ReadinessEfficiency(CONFIG).run();

        ReadinessCeiling.Result ceiling = new ReadinessCeiling(CONFIG, 0).run(List.of(OURS));

        assertThat(ceiling.random()).containsExactly(efficiency.random());
        assertThat(ceiling.byRule().get(OURS)).containsExactly(efficiency.ours());
    }

    @Test
    void anUnlimitedIdealItemNeedsFewerAnswersThanTheCatalogue() {
        ReadinessCeiling.Result result = new ReadinessCeiling(CONFIG, 0).run(List.of(OURS, IDEAL));

        assertThat(ReadinessCeiling.Result.mean(result.byRule().get(IDEAL)))
                .isLessThan(ReadinessCeiling.Result.mean(result.byRule().get(OURS)));
    }
}
