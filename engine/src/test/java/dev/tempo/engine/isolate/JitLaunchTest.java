package dev.tempo.engine.isolate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the JIT worker's jars come from, and what tempo says when they are not there. */
class JitLaunchTest {
    @TempDir
    Path dir;

    private Path jar(String relative) throws Exception {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "");
    }

    private static String path(Path... entries) {
        return String.join(File.pathSeparator, java.util.Arrays.stream(entries).map(Path::toString).toList());
    }

    @Test
    void graalJarsGoOnTheModulePathAndTheCompilerBesideTheLibraries() throws Exception {
        Path tempo = jar("target/tempo.jar");
        Path truffle = jar("target/lib/truffle-runtime-25.0.3.jar");
        Path polyglot = jar("target/lib/polyglot-25.0.3.jar");
        Path picocli = jar("target/lib/picocli-4.7.7.jar");
        Path compiler = jar("target/jit/compiler-25.0.3.jar");

        JitLaunch.Setup setup = JitLaunch.find(path(tempo, truffle, polyglot, picocli), null);

        assertThat(setup).isInstanceOf(JitLaunch.Available.class);
        JitLaunch.Available jit = (JitLaunch.Available) setup;
        assertThat(jit.compiler()).isEqualTo(compiler);
        List<String> cmd = jit.command();
        assertThat(cmd).contains("-XX:+EnableJVMCI", "--upgrade-module-path=" + compiler, "--add-modules", "ALL-MODULE-PATH");
        assertThat(cmd.get(cmd.indexOf("--module-path") + 1)).isEqualTo(path(truffle, polyglot));
        assertThat(cmd.get(cmd.indexOf("-cp") + 1)).isEqualTo(path(tempo, picocli));
        assertThat(cmd.getLast()).isEqualTo(WorkerMain.class.getName());
        assertThat(cmd).noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel") || a.startsWith("-XX:AOTCache"));
    }

    @Test
    void findsTheCompilerInAMavenRepositoryLayout() throws Exception {
        Path truffle = jar("m2/org/graalvm/truffle/truffle-runtime/25.0.3/truffle-runtime-25.0.3.jar");
        Path compiler = jar("m2/org/graalvm/compiler/compiler/25.0.3/compiler-25.0.3.jar");

        JitLaunch.Setup setup = JitLaunch.find(path(truffle), null);

        assertThat(setup).isInstanceOf(JitLaunch.Available.class);
        assertThat(((JitLaunch.Available) setup).compiler()).isEqualTo(compiler);
    }

    @Test
    void saysWhichJarIsMissing() throws Exception {
        Path truffle = jar("target/lib/truffle-runtime-25.0.3.jar");

        assertThat(JitLaunch.find(path(truffle), null)).isEqualTo(new JitLaunch.Unavailable(
                "the Graal compiler jar (org.graalvm.compiler:compiler:25.0.3) was not found at "
                        + dir.resolve("target/jit/compiler-25.0.3.jar")));
        assertThat(JitLaunch.find(path(truffle), "/nowhere/compiler.jar")).isEqualTo(new JitLaunch.Unavailable(
                "the Graal compiler jar (org.graalvm.compiler:compiler:25.0.3) was not found at /nowhere/compiler.jar"));
        assertThat(JitLaunch.find(path(jar("target/tempo.jar")), null))
                .isEqualTo(new JitLaunch.Unavailable("the Truffle runtime jar is not on tempo's class path"));
    }

    @Test
    void anUnavailableJitIsSaidOnceAndNoWorkerStarts() {
        List<String> said = new ArrayList<>();

        Optional<JitWorkers> workers = JitWorkers.start(new JitLaunch.Unavailable("no compiler"), said::add);

        assertThat(workers).isEmpty();
        assertThat(said).containsExactly("JIT unavailable (no compiler); running interpreted");
    }

    @Test
    void aWorkerJvmThatCannotStartMeansInterpreted() throws Exception {
        List<String> said = new ArrayList<>();
        JitLaunch.Available broken = new JitLaunch.Available(List.of(WorkerProcess.javaExecutable(), "-XX:+NoSuchVmOption", "-version"),
                dir.resolve("compiler.jar"));

        Optional<JitWorkers> workers = JitWorkers.start(broken, said::add);

        assertThat(workers).isEmpty();
        assertThat(said).singleElement().asString()
                .startsWith("JIT unavailable (the worker JVM did not start: it died with exit status 1")
                .endsWith("); running interpreted");
    }
}
