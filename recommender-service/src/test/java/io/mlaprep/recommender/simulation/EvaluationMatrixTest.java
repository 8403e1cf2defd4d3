package io.mlaprep.recommender.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A small subset of the evaluation matrix in the build (the full grid is a command: see {@link EvaluationMatrix}): two
 * cells that differ only in how uneven a learner's domains are.
 */
class EvaluationMatrixTest {

    private static List<EvaluationMatrix.Cell> cells;
    private static EvaluationMatrix matrix;

    @BeforeAll
    static void run() {
        SimulationConfig base = SimulationConfig.parse(new String[] {
            "--learners", "80", "--max-days", "60", "--exam-day", "30", "--seed", "7"});
        matrix = new EvaluationMatrix(base, new EvaluationMatrix.Grid(List.of(0.2, 1.0), List.of(0.4),
                List.of(false), List.of(false), List.of(false)));
        cells = matrix.run(cell -> { });
        System.out.println(matrix.markdown(cells));
    }

    @Test
    void targetingPaysWhereDomainsAreUneven() {
        EvaluationMatrix.Cell even = cells.get(0);
        EvaluationMatrix.Cell uneven = cells.get(1);

        assertThat(uneven.config().domainSd()).isEqualTo(1.0);
        assertThat(uneven.saving(Policy.Kind.ORACLE).significantlyAboveZero()).isTrue();
        assertThat(uneven.saving(Policy.Kind.ORACLE).value()).isGreaterThan(even.saving(Policy.Kind.ORACLE).value());
        assertThat(uneven.saving(Policy.Kind.OURS).significantlyAboveZero()).isTrue();
        assertThat(uneven.passGain().value()).as("exam-day pass probability, ours − random").isPositive();
    }

    @Test
    void oursIsNeverSignificantlyWorseThanBlueprintRandom() {
        assertThat(cells).noneMatch(EvaluationMatrix.Cell::oursSignificantlyWorseThanRandom);
    }

    @Test
    void everyCellIsReportedInTheTableAndTheCsv() {
        String markdown = matrix.markdown(cells);
        String[] csv = EvaluationMatrix.csv(cells).split("\n");

        assertThat(markdown.lines().filter(line -> line.startsWith("| none |"))).hasSize(2);
        assertThat(csv).hasSize(1 + 2 * 4); // header, then four policies against random per cell
        assertThat(csv[0]).startsWith("item_memory,guessing,learning,ability_mean,domain_sd");
        assertThat(cells).allSatisfy(cell -> assertThat(cell.oursShareOfOracle().low())
                .isLessThanOrEqualTo(cell.oursShareOfOracle().value()));
    }
}
