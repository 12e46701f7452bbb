package dev.tempo.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnsiTest {
    @Test
    void tagsBecomeEscapesWithColourAndVanishWithout() {
        assertThat(Ansi.of(true).fmt("<r><green>✓<r> <b>x<d>y<i>z")).isEqualTo("\u001b[0m\u001b[32m✓\u001b[0m \u001b[1mx\u001b[2my\u001b[3mz");
        assertThat(Ansi.of(false).fmt("<r><green>✓<r> <b>x<d>y<i>z")).isEqualTo("✓ xyz");
    }

    @Test
    void unknownTagsAndLoneBracketsStayAsText() {
        assertThat(Ansi.of(true).fmt("<r><d><anonymous><r> a < b")).isEqualTo("\u001b[0m\u001b[2m<anonymous>\u001b[0m a < b");
        assertThat(Ansi.of(false).fmt("<anonymous> <")).isEqualTo("<anonymous> <");
    }

    @Test
    void stripRemovesCsiOscAndOtherEscapes() {
        assertThat(Ansi.strip("\u001b[1;31mred\u001b[0m \u001b[38;5;206mpink\u001b[m")).isEqualTo("red pink");
        assertThat(Ansi.strip("\u001b]8;;https://x\u0007link\u001b]8;;\u001b\\ end")).isEqualTo("link end");
        assertThat(Ansi.strip("a\u001b(Bb\u001b")).isEqualTo("ab");
        assertThat(Ansi.strip("plain")).isEqualTo("plain");
        assertThat(Ansi.strip(null)).isNull();
    }

    @Test
    void textKeepsColourOnlyWhenOn() {
        String red = "\u001b[31mx\u001b[0m";
        assertThat(Ansi.of(true).text(red)).isEqualTo(red);
        assertThat(Ansi.of(false).text(red)).isEqualTo("x");
    }
}
