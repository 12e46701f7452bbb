package dev.tempo.engine.report;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How the console reporters print.
 *
 * @param color         ANSI colour and symbols (✓ ✗ » ✎) rather than "(pass)" words; bun decides this from
 *                      whether stderr is a terminal and NO_COLOR / FORCE_COLOR
 * @param onlyFailures  --only-failures: print failing tests only (and files only when they print something)
 * @param projectRoot   the directory paths are shown relative to (JUnit file names, the dim part of stack paths)
 * @param version       shown in the header line "tempo test v{version}"
 * @param out           stdout: the header line and what tests write to stdout
 * @param err           stderr: results, errors and the summary (and what tests write to stderr)
 * @param githubActions GITHUB_ACTIONS is set: group each file's output and add ::error annotations, as bun does
 * @param testNamePattern the -t regex as typed, for "regex matched 0 tests"; null without -t
 * @param ansi          how colour is written: bun's colours ({@link Ansi#of}) unless a theme was chosen
 *                      ({@link Ansi#themed}); without colour always none
 */
public record ReporterOptions(
        boolean color,
        boolean onlyFailures,
        Path projectRoot,
        String version,
        PrintStream out,
        PrintStream err,
        boolean githubActions,
        String testNamePattern,
        Ansi ansi) {

    public ReporterOptions {
        ansi = ansi == null || !color ? Ansi.of(color) : ansi;
        projectRoot = projectRoot == null ? Path.of("").toAbsolutePath() : projectRoot.toAbsolutePath().normalize();
        version = version == null ? "" : version;
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    public ReporterOptions(boolean color, boolean onlyFailures, Path projectRoot, String version, PrintStream out,
                           PrintStream err, boolean githubActions, String testNamePattern) {
        this(color, onlyFailures, projectRoot, version, out, err, githubActions, testNamePattern, null);
    }

    public ReporterOptions(boolean color, boolean onlyFailures, Path projectRoot, String version, PrintStream out,
                           PrintStream err, boolean githubActions) {
        this(color, onlyFailures, projectRoot, version, out, err, githubActions, null);
    }

    public ReporterOptions(boolean color, boolean onlyFailures, Path projectRoot, String version, PrintStream out, PrintStream err) {
        this(color, onlyFailures, projectRoot, version, out, err, false);
    }

    /** Without a project root: paths are taken relative to the working directory. */
    public ReporterOptions(boolean color, boolean onlyFailures, String version, PrintStream out, PrintStream err) {
        this(color, onlyFailures, null, version, out, err, false);
    }
}
