package io.mlaprep.analytics.cohort.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JoinCodesTest {

    @Test
    void issuedCodesAreWellFormedAndAvoidLookAlikeCharacters() {
        SplittableRandom random = new SplittableRandom(7);
        assertThat(IntStream.range(0, 1_000).mapToObj(i -> JoinCodes.next(random)))
                .allSatisfy(code -> {
                    assertThat(JoinCodes.isWellFormed(code)).as(code).isTrue();
                    assertThat(code).doesNotContainPattern("[01OIL]");
                });
    }

    @Test
    void theExampleShownToUsersLooksExactlyLikeAnIssuedCode() {
        assertThat(JoinCodes.isWellFormed(JoinCodes.EXAMPLE)).isTrue();
        assertThat(JoinCodes.normalize(JoinCodes.EXAMPLE)).isEqualTo(JoinCodes.EXAMPLE);
    }

    @Test
    void typedCodesAreNormalizedBeforeLookup() {
        assertThat(JoinCodes.normalize(" kx7p-m2qd ")).isEqualTo("KX7PM2QD");
        assertThat(JoinCodes.normalize("kx7p m2qd")).isEqualTo("KX7PM2QD");
        assertThat(JoinCodes.normalize(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "KX7PM2Q", "KX7PM2QDA", "KX7PM2Q0", "KX7PM2QI", "KX7PM2Q!"})
    void codesOfTheWrongLengthOrWithCharactersNeverIssuedAreMalformed(String code) {
        assertThat(JoinCodes.isWellFormed(code)).isFalse();
    }
}
