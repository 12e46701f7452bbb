package dev.tempo.tui.cli;

import dev.tempo.engine.config.ColorSupport;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the command line reads from the outside world, injectable for tests.
 *
 * @param cwd      the working directory (the default project root)
 * @param env      environment variables (NO_COLOR, FORCE_COLOR, TERM)
 * @param terminal whether stdout is a terminal
 * @param out      standard output
 * @param err      standard error
 */
public record CliEnvironment(Path cwd, Map<String, String> env, boolean terminal, PrintWriter out, PrintWriter err) {

    public static CliEnvironment system() {
        Charset cs = Charset.defaultCharset();
        return new CliEnvironment(Path.of("").toAbsolutePath(), System.getenv(), ColorSupport.stdoutIsTerminal(),
                new PrintWriter(new java.io.OutputStreamWriter(System.out, cs), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, cs), true));
    }
}
