package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --isolate-failures, --baseline and --update-baseline on a copy of the "isolate" fixture. */
class BaselineEndToEndTest {
    @TempDir
    Path dir;

    private void copyFixture() throws IOException {
        try (Stream<Path> files = Files.list(CliRun.FIXTURES.resolve("isolate"))) {
            for (Path f : (Iterable<Path>) files::iterator) if (Files.isRegularFile(f)) Files.copy(f, dir.resolve(f.getFileName()));
        }
    }

    private CliRun tempo(String... args) {
        return CliRun.in(dir, Map.of(), args);
    }

    @Test
    void aTestThatPassesAloneIsFlakyNotFailed() throws Exception {
        copyFixture();
        CliRun plain = tempo("test", "--parallel=1");
        assertThat(plain.err()).contains("(fail) state > order dependent", " 2 fail\n").doesNotContain("flaky");

        CliRun isolated = tempo("test", "--parallel=1", "--isolate-failures");
        assertThat(isolated.exit()).isEqualTo(1);
        assertThat(isolated.stableErr())
                .contains("Expected: 0\nReceived: 1")
                .contains("(pass) state > order dependent [Xms]\n  ^ flaky: failed in the full run, passes in isolation\n")
                .contains("(fail) really broken [Xms]")
                .contains(" 2 pass\n 1 fail\n 1 flaky\n")
                .contains("Ran 4 tests across 2 files.");
    }

    @Test
    void regressionsAreReportedApartFromKnownFailuresAndOnlyALosslessRunUpdatesTheBaseline() throws Exception {
        copyFixture();
        Path file = dir.resolve("baseline.json");

        // No baseline yet: every failure is a known one; the lossless run writes the file.
        CliRun first = tempo("test", "--baseline=baseline.json", "--update-baseline");
        assertThat(first.exit()).isZero();
        assertThat(first.err()).contains("baseline: no regressions, 2 known failures\n", "baseline: updated baseline.json");
        String stored = Files.readString(file);
        assertThat(stored).isEqualTo("""
                {
                  "version": 1,
                  "passing": [
                    "fine.test.js::fine",
                    "order.test.js::state > leaves state behind"
                  ]
                }
                """);

        // A test that passed before fails now: a regression, the run fails and the baseline stays.
        Files.writeString(dir.resolve("fine.test.js"), "test(\"fine\", () => { expect(true).toBe(false); });\n");
        CliRun regressed = tempo("test", "--baseline=baseline.json", "--update-baseline");
        assertThat(regressed.exit()).isEqualTo(1);
        assertThat(regressed.err())
                .contains("regressions against baseline.json (passed before, fail now):\n  fine.test.js > fine\n")
                .contains("baseline: 1 regression, 2 known failures\n")
                .contains("baseline: not updated");
        assertThat(Files.readString(file)).isEqualTo(stored);

        // A file that cannot load loses its results: not a regression, but no update either.
        Files.writeString(dir.resolve("fine.test.js"), "test(\"fine\", () => { expect(true).toBe(true); });\n");
        Files.writeString(dir.resolve("broken.test.js"), "test(\"x\", () => {\n");
        CliRun lost = tempo("test", "--baseline=baseline.json", "--update-baseline");
        assertThat(lost.exit()).isEqualTo(1);
        assertThat(lost.err()).contains("baseline: no regressions, 2 known failures, 1 file could not load\n", "baseline: not updated");
        assertThat(Files.readString(file)).isEqualTo(stored);
    }

    @Test
    void badBaselineFlagsAreOneLineErrors() throws Exception {
        copyFixture();
        assertThat(tempo("test", "--update-baseline").err().trim())
                .isEqualTo("error: --update-baseline requires --baseline, e.g. --baseline=tempo-baseline.json --update-baseline");
        Files.writeString(dir.resolve("b.json"), "{\"version\": 1, \"passing\": [1]}");
        CliRun bad = tempo("test", "--baseline=b.json");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err().trim()).isEqualTo(
                "error: --baseline file b.json must look like { \"version\": 1, \"passing\": [\"file::test name\", ...] }");
    }
}
