package io.mlaprep.recommender.experiment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlaprep.recommender.experiment.domain.ExperimentDefinition.Problem;
import io.mlaprep.recommender.policy.domain.PolicyParameters;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentDefinitionTest {

    private static Arm arm(String name, int share) {
        return new Arm(name, share, PolicyVariant.none());
    }

    private static List<String> fields(ExperimentDefinition definition) {
        return definition.problems().stream().map(Problem::field).toList();
    }

    @Test
    void aSoundDefinitionHasNoProblems() {
        assertThat(new ExperimentDefinition("Retention 0.85", List.of(arm("control", 50),
                new Arm("lower-retention", 50, new PolicyVariant(0.85, null, null, null)))).problems()).isEmpty();
        assertThat(new ExperimentDefinition("six", List.of(arm("a", 1), arm("b", 19), arm("c", 20), arm("d", 20),
                arm("e", 20), arm("f", 20))).problems()).isEmpty();
    }

    @Test
    void needsTwoToSixArms() {
        assertThat(new ExperimentDefinition("one", List.of(arm("all", 100))).problems())
                .containsExactly(new Problem("arms", "must have 2 to 6 arms"));
        assertThat(fields(new ExperimentDefinition("seven", Collections.nCopies(7, arm("x", 14))))).containsExactly("arms");
        assertThat(fields(new ExperimentDefinition("none", null))).containsExactly("arms");
    }

    @Test
    void sharesAreOneToNinetyNineAndAddUpToAHundred() {
        assertThat(new ExperimentDefinition("sum", List.of(arm("a", 50), arm("b", 40))).problems())
                .containsExactly(new Problem("arms", "shares must add up to 100, not 90"));
        assertThat(fields(new ExperimentDefinition("zero", List.of(arm("a", 100), arm("b", 0)))))
                .containsExactly("arms[0].sharePercent", "arms[1].sharePercent");
    }

    @Test
    void namesMustBeGivenAndArmNamesUnique() {
        assertThat(fields(new ExperimentDefinition(" ", List.of(arm("a", 50), arm(" a ", 50)))))
                .containsExactly("name", "arms[1].name");
        assertThat(fields(new ExperimentDefinition("blank arm", List.of(arm("", 50), arm("b", 50)))))
                .containsExactly("arms[0].name");
        assertThat(fields(new ExperimentDefinition("long", List.of(arm("a".repeat(41), 50), arm("b", 50)))))
                .containsExactly("arms[0].name");
    }

    @Test
    void overridesMustBeInTheRangesOfThePolicyParameters() {
        ExperimentDefinition wild = new ExperimentDefinition("wild", List.of(arm("control", 50),
                new Arm("wild", 50, new PolicyVariant(1.2, -0.1, 2.0, 0.0))));

        assertThat(fields(wild)).containsExactly("arms[1].variant.targetRetention", "arms[1].variant.maxReviewShare",
                "arms[1].variant.explorationShare", "arms[1].variant.spreadDecay");
    }

    @Test
    void aVariantReplacesOnlyTheParametersItNames() {
        PolicyParameters base = PolicyParameters.defaults();

        assertThat(PolicyVariant.none().apply(base)).isEqualTo(base);
        assertThat(new PolicyVariant(0.85, null, 0.2, null).apply(base))
                .isEqualTo(base.with(0.85, base.maxReviewShare(), 0.2, base.spreadDecay()));
        assertThatThrownBy(() -> new PolicyVariant(null, null, null, 1.5).apply(base))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void startingTrimsNamesAndMakesItActive() {
        Experiment started = new ExperimentDefinition(" Spread ", List.of(arm(" control ", 50), arm("b", 50)))
                .start("e-1", Instant.EPOCH);

        assertThat(started.name()).isEqualTo("Spread");
        assertThat(started.arms().getFirst().name()).isEqualTo("control");
        assertThat(started.active()).isTrue();
        assertThat(started.stopped().status()).isEqualTo(ExperimentStatus.STOPPED);
    }
}
