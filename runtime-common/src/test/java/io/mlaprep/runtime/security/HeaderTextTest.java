package io.mlaprep.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HeaderTextTest {

    @Test
    void everyCharacterGetsTheFirewallsVerdictAloneAndInsidePrintableText() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String alone = String.valueOf((char) c);
            String inside = "Bearer abc" + (char) c + "def";
            assertThat(HeaderText.allowedName(alone)).as("name U+%04X", c).isEqualTo(HeaderText.NAME.matcher(alone).matches());
            assertThat(HeaderText.allowedValue(alone)).as("value U+%04X", c).isEqualTo(HeaderText.VALUE.matcher(alone).matches());
            assertThat(HeaderText.allowedValue(inside)).as("value with U+%04X", c).isEqualTo(HeaderText.VALUE.matcher(inside).matches());
        }
    }

    @Test
    void randomTextGetsTheFirewallsVerdict() {
        Random random = new Random(15);
        char[] alphabet = {'a', 'Z', '0', ' ', '~', '\t', '\n', '\r', 0, 0x7F, 0x80, 0xA0, 0xE9, 0x2028, 0xD800, 0xDC00,
                0x0378, 0xFFFF};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertThat(HeaderText.allowedName(s)).as("name %s", s.chars().boxed().toList()).isEqualTo(HeaderText.NAME.matcher(s).matches());
            assertThat(HeaderText.allowedValue(s)).as("value %s", s.chars().boxed().toList()).isEqualTo(HeaderText.VALUE.matcher(s).matches());
        }
    }

    @Test
    void controlCharactersAreRefusedAndTabsOnlyInValues() {
        assertThat(HeaderText.allowedValue("Bearer a\nb")).isFalse();
        assertThat(HeaderText.allowedValue("a\u0000")).isFalse();
        assertThat(HeaderText.allowedValue("a\tb")).isTrue();
        assertThat(HeaderText.allowedName("a\tb")).isFalse();
        assertThat(HeaderText.allowedValue("café")).isTrue();
        assertThat(HeaderText.allowedValue("\u0378")).as("unassigned").isFalse();
    }

    @Test
    void anAbsentHeaderIsAllowedAsTheReactiveFirewallAllowsIt() {
        assertThat(HeaderText.allowedName(null)).isTrue();
        assertThat(HeaderText.allowedValue(null)).isTrue();
    }
}
