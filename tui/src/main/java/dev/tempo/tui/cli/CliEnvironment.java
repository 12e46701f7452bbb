package dev.tempo.tui.cli;

import dev.tempo.engine.config.ColorSupport;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the command line reads from the outside world, injectable for tests.
 *
 * @param cwd      the working directory (the default project root)
 * @param env      environment variables (NO_COLOR, FORCE_COLOR, TERM, CI)
 * @param terminal whether stdout is a terminal
 * @param out      standard output
 * @param err      standard error
 */
public record CliEnvironment(Path cwd, Map<String, String> env, boolean terminal, PrintStream out, PrintStream err) {

    public static CliEnvironment system() {
        return new CliEnvironment(Path.of("").toAbsolutePath(), System.getenv(), ColorSupport.stdoutIsTerminal(),
                new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }
}
