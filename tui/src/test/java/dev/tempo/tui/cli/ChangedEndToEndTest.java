package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tempo test --changed[=REF]} in a temporary git repository. */
class ChangedEndToEndTest {
    @TempDir
    Path dir;

    @BeforeEach
    void repository() throws Exception {
        write("lib/math.ts", "export const add = (a: number, b: number) => a + b;\n");
        write("math.test.ts", "import { test, expect } from 'bun:test';\nimport { add } from './lib/math';\n"
                + "test('adds', () => expect(add(1, 2)).toBe(3));\n");
        write("plain.test.js", "import { test } from 'bun:test';\ntest('plain', () => {});\n");
        git("init", "-q");
        git("add", "-A");
        git("-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "-m", "start");
    }

    @Test
    void runsOnlyTheTestFilesReachingAChangedModule() throws IOException {
        write("lib/math.ts", "export const add = (a: number, b: number) => b + a;\n");

        CliRun r = CliRun.in(dir, Map.of(), "test", "--changed");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("math.test.ts:").doesNotContain("plain.test.js").contains("Ran 1 test across 1 file.");
    }

    @Test
    void nothingChangedRunsNothingAndSaysSo() {
        CliRun r = CliRun.in(dir, Map.of(), "test", "--changed=HEAD");

        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("No test files are affected by the changes since HEAD.");
    }

    @Test
    void anUnknownRevisionIsAnError() {
        CliRun r = CliRun.in(dir, Map.of(), "test", "--changed=nope");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: --changed=nope: git cannot compare with 'nope' (");
    }

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new AssertionError("git " + String.join(" ", args) + ": " + out);
    }
}
