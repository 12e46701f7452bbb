package dev.tempo.tui.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code tempo} on a fixture project and captures its exit code, stdout and stderr: in this JVM through
 * the same command object and engine launcher {@link Main} uses (fast: the engine stays warm), or in a
 * separate JVM through the real main class ({@link #process}).
 */
record CliRun(int exit, String out, String err) {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();

    static CliRun in(String fixture, String... args) {
        return in(fixture, Map.of(), args);
    }

    /** Runs in this JVM with these environment variables added to a clean one (no CI, no colour). */
    static CliRun in(String fixture, Map<String, String> extraEnv, String... args) {
        return in(FIXTURES.resolve(fixture), extraEnv, args);
    }

    /** Runs in this JVM in a project directory anywhere (a fixture copied to a temporary directory). */
    static CliRun in(Path dir, Map<String, String> extraEnv, String... args) {
        Map<String, String> env = new HashMap<>(System.getenv());
        clean(env);
        env.putAll(extraEnv);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliEnvironment cli = new CliEnvironment(dir, Map.copyOf(env), false,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = new TempoCommand(new EngineLauncher(cli), cli).execute(args);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs the real main class in a separate JVM, as the launcher does. */
    static CliRun process(String fixture, String... args) throws IOException, InterruptedException {
        return process(fixture, List.of(), Map.of(), args);
    }

    /** Runs the real main class in a separate JVM with these JVM options (e.g. a small heap) and variables added. */
    static CliRun process(String fixture, List<String> jvmOptions, Map<String, String> extraEnv, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Dpolyglot.engine.WarnInterpreterOnly=false", "-XX:TieredStopAtLevel=1"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(FIXTURES.resolve(fixture).toFile());
        clean(pb.environment());
        pb.environment().putAll(extraEnv);
        Path errFile = Files.createTempFile("tempo-err", ".txt");
        pb.redirectError(errFile.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("tempo did not finish in 120s");
        }
        String err = Files.readString(errFile);
        Files.delete(errFile);
        return new CliRun(p.exitValue(), out, err);
    }

    /** No colour; not on CI (where .only is an error, as in bun; fixtures use .only on purpose). */
    private static void clean(Map<String, String> env) {
        env.put("NO_COLOR", "1");
        env.remove("FORCE_COLOR");
        env.remove("CI");
        env.remove("GITHUB_ACTIONS");
        env.remove("TEMPO_JIT");
    }

    /** stderr with durations replaced, so it can be compared whole. */
    String stableErr() {
        return err.replaceAll("\\[\\d+(\\.\\d+)?m?s\\]", "[Xms]");
    }
}
