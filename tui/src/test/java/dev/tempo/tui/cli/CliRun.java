package dev.tempo.tui.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs `tempo` (its real main class) in a separate JVM in a fixture project, capturing its output. */
record CliRun(int exit, String out, String err) {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();

    static CliRun in(String fixture, String... args) throws IOException, InterruptedException {
        return in(fixture, java.util.Map.of(), args);
    }

    /** Runs with these environment variables added (after CI and colour variables are cleared). */
    static CliRun in(String fixture, java.util.Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Dpolyglot.engine.WarnInterpreterOnly=false", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(FIXTURES.resolve(fixture).toFile());
        pb.environment().put("NO_COLOR", "1");
        pb.environment().remove("FORCE_COLOR");
        pb.environment().remove("CI"); // on CI, .only is an error (as in bun); fixtures use .only on purpose
        pb.environment().remove("GITHUB_ACTIONS");
        pb.environment().putAll(env);
        Path errFile = java.nio.file.Files.createTempFile("tempo-err", ".txt");
        pb.redirectError(errFile.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("tempo did not finish in 120s");
        }
        String err = java.nio.file.Files.readString(errFile);
        java.nio.file.Files.delete(errFile);
        return new CliRun(p.exitValue(), out, err);
    }

    /** stderr with durations replaced, so it can be compared whole. */
    String stableErr() {
        return err.replaceAll("\\[\\d+(\\.\\d+)?m?s\\]", "[Xms]");
    }
}
