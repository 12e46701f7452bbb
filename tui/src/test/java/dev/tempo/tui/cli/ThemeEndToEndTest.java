package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The line reporter in a theme's colours: {@code --theme} and bunfig's {@code [test] theme}; bun's colours otherwise. */
class ThemeEndToEndTest {
    static final String ESC = "\u001b[";
    /** A 256-colour terminal, colour forced on. */
    static final Map<String, String> TERM_256 = Map.of("NO_COLOR", "", "TERM", "xterm-256color", "COLORTERM", "");

    @Test
    void withoutAThemeTheColoursAreBuns() {
        CliRun run = CliRun.in("basic", TERM_256, "test", "--color", "--parallel=1", "math");
        assertThat(run.err()).contains(ESC + "0m" + ESC + "32m✓" + ESC + "0m", ESC + "0m" + ESC + "31m✗" + ESC + "0m");
        assertThat(run.err()).contains(ESC + "0m" + ESC + "32m 1 pass");
    }

    @Test
    void themeFlagColoursStatusesSummaryAndDiffWithTheThemesRoles() {
        CliRun run = CliRun.in("basic", TERM_256, "test", "--color", "--parallel=1", "--theme", "dark", "math");
        // dark: pass 78, fail 203 bold, skip 179, todo 141 (256-colour entries); the matcher message's
        // expected (green) and received (red) become diff-added and diff-removed.
        assertThat(run.err()).contains(ESC + "38;5;78m✓", ESC + "1;38;5;203m✗", ESC + "38;5;179m»", ESC + "38;5;141m✎");
        assertThat(run.err()).contains(ESC + "38;5;78m 1 pass", ESC + "1;38;5;203m 1 fail");
        assertThat(run.err()).contains("Expected: " + ESC + "38;5;78m4", "Received: " + ESC + "38;5;203m3");
        assertThat(run.err()).doesNotContain(ESC + "32m", ESC + "31m");
    }

    @Test
    void bunfigChoosesTheThemeAndTheFlagWins(@TempDir Path dir) throws Exception {
        Files.copy(CliRun.FIXTURES.resolve("basic/math.test.ts"), dir.resolve("math.test.ts"));
        Files.writeString(dir.resolve("bunfig.toml"), "[test]\ntheme = \"high-contrast\"\n");
        CliRun configured = CliRun.in(dir, TERM_256, "test", "--color");
        assertThat(configured.err()).contains(ESC + "1;92m✓"); // high-contrast: bright-green, bold
        CliRun flagged = CliRun.in(dir, TERM_256, "test", "--color", "--theme", "dark");
        assertThat(flagged.err()).contains(ESC + "38;5;78m✓");
    }

    @Test
    void withoutColourAThemeChangesNothing() {
        CliRun plain = CliRun.in("basic", "test", "--parallel=1", "math");
        CliRun themed = CliRun.in("basic", "test", "--parallel=1", "--theme", "light", "math");
        assertThat(themed.stableErr()).isEqualTo(plain.stableErr()).doesNotContain(ESC);
    }

    @Test
    void anUnknownThemeIsOneLineAndExitOne() {
        CliRun run = CliRun.in("basic", "test", "--theme", "neon");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(
                "error: unknown theme 'neon' (built-in themes: dark, light, high-contrast, no-color; or give the path of a .toml theme file)");
    }
}
