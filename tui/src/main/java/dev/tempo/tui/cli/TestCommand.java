package dev.tempo.tui.cli;

import dev.tempo.engine.config.Bunfig;
import dev.tempo.engine.config.RunOptions;
import dev.tempo.engine.config.UsageException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code tempo test [paths…] [flags]}: bun test's command line. It builds RunOptions and hands them on. */
@Command(name = "test", sortOptions = false, usageHelpAutoWidth = true,
        description = "Run the test files under the current directory (or the paths given) the way `bun test` does.")
public final class TestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "Files or directories to run (./dir), or substrings of test file paths.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-t", "--test-name-pattern"}, paramLabel = "REGEX", description = "Run only tests whose full name matches this regular expression.")
    String testNamePattern;

    @Option(names = "--only", description = "Run only tests and describe blocks marked .only.")
    boolean only;

    @Option(names = "--todo", description = "Also run tests marked .todo; one that passes is reported as failing.")
    boolean todo;

    @Option(names = "--bail", arity = "0..1", fallbackValue = "1", paramLabel = "N", description = "Stop after N failures (1 when no N is given).")
    Integer bail;

    @Option(names = "--timeout", paramLabel = "MS", description = "Default per-test timeout in milliseconds (5000).")
    String timeout;

    @Option(names = "--rerun-each", paramLabel = "N", description = "Run each test file N times.")
    Integer rerunEach;

    @Option(names = "--retry", paramLabel = "N", description = "Retry a failing test up to N times.")
    Integer retry;

    @Option(names = "--randomize", description = "Run tests in random order.")
    boolean randomize;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for --randomize, to repeat an order.")
    Long seed;

    @Option(names = "--concurrent", description = "Run all tests of a file concurrently.")
    boolean concurrent;

    @Option(names = "--concurrent-test-glob", paramLabel = "GLOB", description = "Run the tests of files matching GLOB concurrently.")
    String concurrentTestGlob;

    @Option(names = "--max-concurrency", paramLabel = "N", description = "At most N concurrent tests at once (20).")
    Integer maxConcurrency;

    @Option(names = "--reporter", paramLabel = "NAME", description = "Output format: dots or junit.")
    String reporter;

    @Option(names = "--dots", description = "Same as --reporter=dots.")
    boolean dots;

    @Option(names = "--reporter-outfile", paramLabel = "FILE", description = "Where --reporter=junit writes its XML.")
    Path reporterOutfile;

    @Option(names = "--only-failures", description = "Print only failing tests.")
    boolean onlyFailures;

    @Option(names = "--pass-with-no-tests", description = "Exit 0 when no test files are found.")
    boolean passWithNoTests;

    @Option(names = "--preload", paramLabel = "FILE", description = "Load FILE before each test file (repeatable).")
    List<Path> preload = new ArrayList<>();

    @Option(names = "--path-ignore-patterns", paramLabel = "GLOB", description = "Skip test files matching GLOB (repeatable).")
    List<String> pathIgnorePatterns = new ArrayList<>();

    @Option(names = {"-u", "--update-snapshots"}, description = "Rewrite snapshots that do not match.")
    boolean updateSnapshots;

    @Option(names = "--parallel", paramLabel = "N", description = "Files run at once (default: the number of cores).")
    Integer parallel;

    @Option(names = "--config", paramLabel = "FILE", description = "Read this bunfig.toml instead of ./bunfig.toml.")
    Path config;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    private final RunLauncher launcher;

    public TestCommand(RunLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        Path cwd = Path.of("").toAbsolutePath();
        RunOptions options = options(cwd);
        return launcher.launch(options);
    }

    RunOptions options(Path cwd) {
        Bunfig bunfig = Bunfig.read(config != null ? cwd.resolve(config) : cwd.resolve("bunfig.toml"));
        RunOptions d = RunOptions.defaults(cwd);
        if (testNamePattern != null) {
            try {
                Pattern.compile(testNamePattern);
            } catch (PatternSyntaxException e) {
                throw new UsageException("error: --test-name-pattern expects a valid regular expression but received \"" + testNamePattern + "\"");
            }
        }
        double timeoutMs = d.timeoutMillis();
        if (bunfig.timeout() != null) timeoutMs = bunfig.timeout();
        if (timeout != null) {
            try {
                timeoutMs = Double.parseDouble(timeout);
                if (timeoutMs < 0 || Double.isNaN(timeoutMs)) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                throw new UsageException("error: Invalid timeout: \"" + timeout + "\"");
            }
        }
        String rep = dots ? "dots" : reporter != null ? reporter : "default";
        if (!List.of("default", "dots", "junit").contains(rep)) {
            throw new UsageException("error: unsupported reporter \"" + rep + "\" (use dots or junit)");
        }
        Path outfile = reporterOutfile != null ? reporterOutfile
                : bunfig.junitOutfile() != null ? cwd.resolve(bunfig.junitOutfile()) : null;
        if (rep.equals("junit") && outfile == null) {
            throw new UsageException("error: --reporter=junit needs --reporter-outfile=FILE");
        }
        List<Path> preloads = new ArrayList<>();
        for (String p : bunfig.preload()) preloads.add(cwd.resolve(p).normalize());
        for (Path p : preload) preloads.add(cwd.resolve(p).normalize());
        List<String> ignores = new ArrayList<>(bunfig.pathIgnorePatterns());
        ignores.addAll(pathIgnorePatterns);
        Path root = bunfig.root() != null ? cwd.resolve(bunfig.root()).normalize() : cwd;
        return new RunOptions(root, List.copyOf(paths), testNamePattern, only, todo,
                bail != null ? bail : bunfig.bail() != null ? bunfig.bail() : 0,
                timeoutMs,
                rerunEach != null ? rerunEach : 1,
                retry != null ? retry : bunfig.retry() != null ? bunfig.retry() : 0,
                randomize || Boolean.TRUE.equals(bunfig.randomize()),
                seed != null ? seed : bunfig.seed(),
                concurrent,
                concurrentTestGlob != null ? concurrentTestGlob : bunfig.concurrentTestGlob(),
                maxConcurrency != null ? maxConcurrency : d.maxConcurrency(),
                rep, outfile,
                onlyFailures || Boolean.TRUE.equals(bunfig.onlyFailures()),
                passWithNoTests, List.copyOf(preloads), List.copyOf(ignores), updateSnapshots,
                parallel != null ? Math.max(1, parallel) : d.parallelism(),
                Terminal.colorEnabled());
    }
}
