package dev.tempo.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tempo.themes.ColorDepth;
import dev.tempo.themes.Themes;
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

    @Test
    void statusTagsAreBunsColoursByDefault() {
        assertThat(Ansi.of(true).fmt("<pass>a<fail>b<skip>c<todo>d"))
                .isEqualTo(Ansi.of(true).fmt("<green>a<red>b<yellow>c<magenta>d"));
        assertThat(Ansi.of(false).fmt("<pass>a<fail>b")).isEqualTo("ab");
    }

    @Test
    void aThemeGivesEachTagItsRolesStyleAtTheTerminalsDepth() throws Exception {
        Ansi dark256 = Ansi.themed(Themes.builtIn("dark"), ColorDepth.ANSI256);
        assertThat(dark256.fmt("<r><pass>✓<r> <fail>✗<d>muted<cyan>at"))
                .isEqualTo("\u001b[0m\u001b[38;5;78m✓\u001b[0m \u001b[1;38;5;203m✗\u001b[38;5;244mmuted\u001b[38;5;73mat");
        Ansi dark16 = Ansi.themed(Themes.builtIn("dark"), ColorDepth.ANSI16);
        assertThat(dark16.fmt("<pass>✓<skip>»")).isEqualTo("\u001b[32m✓\u001b[33m»");
        Ansi darkTrue = Ansi.themed(Themes.builtIn("dark"), ColorDepth.TRUECOLOR);
        assertThat(darkTrue.fmt("<pass>✓")).isEqualTo("\u001b[38;2;95;215;135m✓");
    }

    @Test
    void aThemeRecoloursTheDiffColoursOfMatcherMessages() throws Exception {
        Ansi dark = Ansi.themed(Themes.builtIn("dark"), ColorDepth.ANSI256);
        String message = "Expected: \u001b[32m4\u001b[0m\nReceived: \u001b[1;31m3\u001b[0m \u001b[7mx\u001b[m";
        assertThat(dark.text(message)).isEqualTo(
                "Expected: \u001b[38;5;78m4\u001b[0m\nReceived: \u001b[1m\u001b[38;5;203m3\u001b[0m \u001b[7mx\u001b[m");
        assertThat(Ansi.of(true).text(message)).isEqualTo(message);
    }
}
