package dev.tempo.tui.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --jit, TEMPO_JIT and bunfig [test] jit: files run in worker JVMs that really compile (the worker's greeting
 * names the Graal compiler, and tempo says so); without a usable compiler tempo says why once and runs interpreted.
 */
class JitEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void theJitFlagRunsFilesInCompilingWorkers() {
        CliRun run = CliRun.in("isolate", "test", "--jit", "./fine.test.js");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("tempo: JIT on: test files run in worker JVMs with the GraalVM")
                .contains("compiler (compiler-25.0.3.jar)\n").contains("(pass) fine");
    }

    @Test
    void withoutTheFlagNothingIsSaidAndNoJitRuns() {
        CliRun run = CliRun.in("isolate", "test", "./fine.test.js");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).doesNotContain("JIT");
    }

    @Test
    void aMissingCompilerIsSaidOnceAndTheFilesRunInterpreted() throws Exception {
        CliRun run = CliRun.process("isolate", List.of("-Dtempo.jit.compiler=/nowhere/compiler.jar"), Map.of("TEMPO_JIT", "1"),
                "test", "./fine.test.js");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).containsOnlyOnce("JIT unavailable")
                .contains("tempo: JIT unavailable (the Graal compiler jar (org.graalvm.compiler:compiler:25.0.3) was not found at"
                        + " /nowhere/compiler.jar); running interpreted\n")
                .contains("(pass) fine");
    }

    @Test
    void bunfigAsksForItAndTheFlagOrVariableWins() throws Exception {
        Files.writeString(dir.resolve("bunfig.toml"), "[test]\njit = true\n");
        Files.copy(CliRun.FIXTURES.resolve("isolate/fine.test.js"), dir.resolve("fine.test.js"));

        assertThat(CliRun.in(dir, Map.of(), "test").err()).contains("tempo: JIT on:");
        assertThat(CliRun.in(dir, Map.of(), "test", "--no-jit").err()).doesNotContain("JIT");
        assertThat(CliRun.in(dir, Map.of("TEMPO_JIT", "0"), "test").err()).doesNotContain("JIT");
    }

    @Test
    void aBadVariableValueIsAUsageError() {
        CliRun run = CliRun.in("isolate", Map.of("TEMPO_JIT", "maybe"), "test");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("TEMPO_JIT expects 1 or 0, received \"maybe\"");
    }
}
