package dev.tempo.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemesTest {
    @TempDir
    Path project;

    @Test
    void everyBuiltInThemeGivesEveryRole() throws Exception {
        for (String name : Themes.BUILT_IN) {
            Theme t = Themes.builtIn(name);
            assertThat(t.name()).isEqualTo(name);
            assertThat(t.styles().keySet()).containsExactlyInAnyOrder(Role.values());
        }
    }

    @Test
    void coloursFallBackToSmallerPalettes() throws Exception {
        Style pass = Themes.builtIn("dark").style(Role.PASS);
        assertThat(pass.fg().at(ColorDepth.TRUECOLOR)).isEqualTo(TermColor.rgb(new Rgb(0x5f, 0xd7, 0x87)));
        assertThat(pass.fg().at(ColorDepth.ANSI256)).isEqualTo(TermColor.index(78));
        assertThat(pass.fg().at(ColorDepth.ANSI16)).isEqualTo(TermColor.ansi(AnsiColor.GREEN));
        assertThat(pass.fg().at(ColorDepth.NONE)).isEqualTo(TermColor.DEFAULT);
        // an ANSI name alone serves every depth
        Style fail = Themes.builtIn("high-contrast").style(Role.FAIL);
        assertThat(fail.fg().at(ColorDepth.TRUECOLOR)).isEqualTo(TermColor.ansi(AnsiColor.BRIGHT_RED));
    }

    @Test
    void nearestPaletteEntriesAreComputedWhenNotGiven() {
        assertThat(new Rgb(255, 0, 0).nearest256()).isEqualTo(196);
        assertThat(new Rgb(128, 128, 128).nearest256()).isEqualTo(244);
        assertThat(new Rgb(250, 10, 10).nearest16()).isEqualTo(AnsiColor.BRIGHT_RED);
        assertThat(new Rgb(0, 200, 0).nearest16()).isEqualTo(AnsiColor.GREEN);
    }

    @Test
    void depthComesFromTheEnvironment() {
        assertThat(ColorDepth.detect(Map.of("NO_COLOR", "1", "COLORTERM", "truecolor"))).isEqualTo(ColorDepth.NONE);
        assertThat(ColorDepth.detect(Map.of("COLORTERM", "truecolor"))).isEqualTo(ColorDepth.TRUECOLOR);
        assertThat(ColorDepth.detect(Map.of("TERM", "tmux-256color"))).isEqualTo(ColorDepth.ANSI256);
        assertThat(ColorDepth.detect(Map.of("TERM", "xterm"))).isEqualTo(ColorDepth.ANSI16);
        assertThat(ColorDepth.detect(Map.of("TERM", "dumb"))).isEqualTo(ColorDepth.NONE);
    }

    @Test
    void choiceOrderIsFlagThenBunfigThenProjectFileThenNoColorThenDefault() throws Exception {
        assertThat(ThemeChoice.resolve(null, project, Map.of()).name()).isEqualTo("dark");
        assertThat(ThemeChoice.resolve(null, project, Map.of("NO_COLOR", "1")).name()).isEqualTo("no-color");

        Files.createDirectories(project.resolve(".tempo"));
        Files.writeString(project.resolve(".tempo/theme.toml"), """
                name = "mine"
                extends = "light"
                [roles]
                pass = { fg = "#00ff00", bold = true }
                """);
        Theme own = ThemeChoice.resolve(null, project, Map.of("NO_COLOR", "1"));
        assertThat(own.name()).isEqualTo("mine");
        assertThat(own.style(Role.PASS).bold()).isTrue();
        assertThat(own.style(Role.FAIL)).isEqualTo(Themes.builtIn("light").style(Role.FAIL));

        Files.writeString(project.resolve("bunfig.toml"), "[test]\ntheme = \"high-contrast\"\n");
        assertThat(ThemeChoice.resolve(null, project, Map.of()).name()).isEqualTo("high-contrast");
        assertThat(ThemeChoice.resolve("light", project, Map.of()).name()).isEqualTo("light");
    }

    @Test
    void aUserThemeWithoutExtendsFillsTheRestFromTheDefault() throws Exception {
        Files.writeString(project.resolve("t.toml"), "[roles]\nfail = \"bright-magenta\"\n");
        Theme t = ThemeChoice.resolve("t.toml", project, Map.of());
        assertThat(t.style(Role.FAIL).fg().ansi()).isEqualTo(AnsiColor.BRIGHT_MAGENTA);
        assertThat(t.style(Role.PASS)).isEqualTo(Themes.builtIn("dark").style(Role.PASS));
    }

    @Test
    void brokenThemeFilesGetOneLineErrorsWithFileAndLine() throws Exception {
        assertError("[roles]\npass = { fg = \"#12345\" }\n", "t.toml:2: role 'pass': '#12345' is not a colour");
        assertError("[roles]\n\nsparkle = \"red\"\n", "t.toml:3: unknown role 'sparkle' (roles: text, muted");
        assertError("[roles]\nfail = { fg = \"red\", blink = true }\n", "t.toml:2: role 'fail': unknown property 'blink'");
        assertError("[roles]\nfail = { fg256 = 300 }\n", "t.toml:2: role 'fail': fg256 must be a number from 0 to 255");
        assertError("name = \"x\"\n[roles\n", "t.toml:2: ");
        assertError("extends = \"solarized\"\n", "t.toml:1: unknown theme 'solarized' (built-in themes: dark, light");
        assertThatThrownBy(() -> ThemeChoice.resolve("missing.toml", project, Map.of()))
                .hasMessage("cannot read theme file missing.toml: no such file");
        assertThatThrownBy(() -> ThemeChoice.resolve("neon", project, Map.of()))
                .hasMessageStartingWith("unknown theme 'neon' (built-in themes: dark, light, high-contrast, no-color;");
    }

    @Test
    void bunfigThemeMustBeAString() throws Exception {
        Files.writeString(project.resolve("bunfig.toml"), "[test]\ntimeout = 5\ntheme = 3\n");
        assertThatThrownBy(() -> ThemeChoice.resolve(null, project, Map.of()))
                .hasMessage("bunfig.toml:3: [test] theme must be a string (a theme name or a .toml path)");
    }

    @Test
    void cyclingVisitsEveryBuiltIn() {
        assertThat(Themes.next("dark")).isEqualTo("light");
        assertThat(Themes.next("no-color")).isEqualTo("dark");
        assertThat(Themes.next("mine")).isEqualTo("dark");
    }

    private void assertError(String text, String start) throws Exception {
        Files.writeString(project.resolve("t.toml"), text);
        assertThatThrownBy(() -> Themes.file(project.resolve("t.toml"), "t.toml"))
                .isInstanceOf(ThemeException.class)
                .hasMessageStartingWith(start)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aStyleAsSgrParametersAtEachDepth() throws Exception {
        Theme dark = Themes.builtIn("dark");
        assertThat(Sgr.params(dark.style(Role.FAIL), ColorDepth.ANSI16)).isEqualTo("1;91");
        assertThat(Sgr.params(dark.style(Role.FAIL), ColorDepth.ANSI256)).isEqualTo("1;38;5;203");
        assertThat(Sgr.params(dark.style(Role.SELECTION), ColorDepth.TRUECOLOR)).isEqualTo("38;2;255;255;255;48;2;38;79;120");
        assertThat(Sgr.params(dark.style(Role.TEXT), ColorDepth.TRUECOLOR)).isEmpty();
        assertThat(Sgr.params(dark.style(Role.PASS), ColorDepth.NONE)).isEmpty();
    }

    @Test
    void anExplicitChoiceIsOnlyTheFlagTheBunfigOrTheProjectFile() throws Exception {
        Path dir = project;
        assertThat(ThemeChoice.explicit(null, dir)).isNull();
        assertThat(ThemeChoice.explicit("light", dir).name()).isEqualTo("light");
        Files.writeString(dir.resolve("bunfig.toml"), "[test]\ntheme = \"high-contrast\"\n");
        assertThat(ThemeChoice.explicit(null, dir).name()).isEqualTo("high-contrast");
    }
}
