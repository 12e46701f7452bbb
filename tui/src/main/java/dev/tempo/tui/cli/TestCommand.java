package dev.tempo.tui.cli;

import dev.tempo.engine.config.Bunfig;
import dev.tempo.engine.config.BunfigException;
import dev.tempo.engine.config.ColorSupport;
import dev.tempo.engine.config.JsRegex;
import dev.tempo.engine.config.RunOptions;
import dev.tempo.engine.config.RunOptions.Reporter;
import dev.tempo.engine.discovery.DiscoveryException;
import dev.tempo.engine.discovery.TestDiscovery;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.themes.ThemeChoice;
import dev.tempo.themes.ThemeException;
import dev.tempo.watch.git.ChangedTests;
import dev.tempo.watch.git.GitChanges;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code tempo test [paths…] [flags]}: bun test's flags, resolved over bunfig.toml into {@link RunOptions},
 * then discovery, then the {@link RunLauncher}. Values are taken as strings and checked here so the error
 * messages can be bun's.
 */
@Command(name = "test",
        sortOptions = false,
        usageHelpAutoWidth = true,
        headerHeading = "",
        header = "Run the test files of this project (a drop-in for `bun test`).",
        synopsisHeading = "%nUsage: ",
        customSynopsis = "tempo test [flags] [<paths or filters>...]",
        descriptionHeading = "%n",
        description = {
                "Finds every *.test.*, *_test.*, *.spec.* and *_spec.* file (js, jsx, ts, tsx, mjs, cjs, mts, cts) "
                        + "under the project, skipping node_modules and hidden directories, and runs them.",
                "",
                "A filter such as `utils` keeps the files whose path contains it. An argument starting with ./, ../ "
                        + "or / is a path: a directory to scan, or a file to run whatever its name.",
                "",
                "Settings come from the [test] table of bunfig.toml; flags win over it."},
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nFlags:%n",
        footerHeading = "%nExamples:%n",
        footer = {
                "  tempo test                      run every test file",
                "  tempo test utils api            files whose path contains \"utils\" or \"api\"",
                "  tempo test ./src/math.test.ts   just this file",
                "  tempo test -t \"adds numbers\"    only tests whose full name matches the regex",
                "  tempo test --bail --timeout 200 stop at the first failure, 200 ms per test",
                "  tempo test --watch              rerun what each save affects (keys: h for help)",
                "  tempo test --changed=main       only files affected by changes since main"})
final class TestCommand implements Callable<Integer> {

    static final String HELP_HINT = "see tempo test --help";

    private final RunLauncher launcher;
    private final CliEnvironment env;

    TestCommand(RunLauncher launcher, CliEnvironment env) {
        this.launcher = launcher;
        this.env = env;
    }

    @Parameters(paramLabel = "<paths or filters>", arity = "0..*",
            description = "Substring filters on file paths, or paths starting with ./, ../ or /.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-t", "--test-name-pattern"}, paramLabel = "<regex>",
            description = "Run only tests whose name, prefixed by its describe blocks, matches this JavaScript regex.")
    String testNamePattern;

    @Option(names = "--only", description = "Run only the tests marked with .only (test.only, describe.only).")
    boolean only;

    @Option(names = "--todo", description = "Also run tests marked with test.todo().")
    boolean todo;

    @Option(names = "--bail", paramLabel = "<n>",
            description = "Stop the run after <n> failures; --bail alone means 1. Write the number as --bail=<n>.")
    String bail;

    @Option(names = "--timeout", paramLabel = "<ms>",
            description = "Per-test timeout in milliseconds (default 5000, 0 = none).")
    String timeout;

    @Option(names = "--rerun-each", paramLabel = "<n>", description = "Run each test file <n> times, to catch flaky tests.")
    String rerunEach;

    @Option(names = "--retry", paramLabel = "<n>",
            description = "Retry a failing test up to <n> times; a test's own { retry } wins.")
    String retry;

    @Option(names = "--randomize", description = "Run tests in random order.")
    boolean randomize;

    @Option(names = "--seed", paramLabel = "<n>", description = "Seed for --randomize, to repeat an order (0 to 4294967295).")
    String seed;

    @Option(names = "--concurrent", description = "Run every test as if written test.concurrent().")
    boolean concurrent;

    @Option(names = "--concurrent-test-glob", paramLabel = "<glob>",
            description = "Run the tests of files matching this glob concurrently (repeatable).")
    List<String> concurrentTestGlobs;

    @Option(names = "--max-concurrency", paramLabel = "<n>", description = "At most <n> concurrent tests at once (default 20).")
    String maxConcurrency;

    @Option(names = "--reporter", paramLabel = "<name>",
            description = "Output format: 'dots', or 'junit' (needs --reporter-outfile). Default: the console reporter.")
    String reporter;

    @Option(names = "--dots", description = "Print one dot per test. Same as --reporter=dots.")
    boolean dots;

    @Option(names = "--reporter-outfile", paramLabel = "<file>", description = "Where --reporter=junit writes its XML.")
    String reporterOutfile;

    @Option(names = "--only-failures", description = "Show only failing tests.")
    boolean onlyFailures;

    @Option(names = "--pass-with-no-tests", description = "Exit with code 0 when no test files are found.")
    boolean passWithNoTests;

    @Option(names = {"-r", "--preload", "--require", "--import"}, paramLabel = "<module>",
            description = "Load this module before every test file (repeatable; added to bunfig's preload).")
    List<String> preload;

    @Option(names = "--conditions", paramLabel = "<name>",
            description = "Also match this package.json exports/imports condition when resolving (repeatable).")
    List<String> conditions;

    @Option(names = "--path-ignore-patterns", paramLabel = "<glob>",
            description = "Never look for tests in paths matching this glob (repeatable; replaces bunfig's list).")
    List<String> pathIgnorePatterns;

    @Option(names = {"-u", "--update-snapshots"}, description = "Rewrite snapshots that do not match.")
    boolean updateSnapshots;

    @Option(names = "--watch", description = "Run again whenever a file changes.")
    boolean watch;

    @Option(names = "--changed", paramLabel = "<ref>",
            description = "Run only the test files affected by files changed in git since <ref> (working tree vs <ref>, "
                    + "untracked files included); --changed alone compares with HEAD. Write the revision as --changed=<ref>.")
    String changed;

    @Option(names = "--verbose", description = "In watch mode, also say which changed files affected no test file.")
    boolean verbose;

    @Option(names = "--hot", hidden = true, description = "Accepted for bun compatibility; same as --watch.")
    boolean hot;

    @Option(names = {"-c", "--config"}, paramLabel = "<file>", description = "Read this bunfig file instead of ./bunfig.toml.")
    String config;

    @Option(names = "--cwd", paramLabel = "<dir>", description = "Run as if started in this directory.")
    String cwd;

    @Option(names = "--parallel", paramLabel = "<n>",
            description = "Run up to <n> test files at the same time (default: the number of CPU cores).")
    String parallel;

    @Option(names = "--shard", paramLabel = "<i/n>", description = "Run only the i-th of n slices of the test files.")
    String shard;

    @Option(names = "--timings", paramLabel = "<file>",
            description = "bun timings JSON of per-file durations (repeatable; read as one table): balances --shard "
                    + "by time and starts the slowest files first.")
    List<String> timings;

    @Option(names = "--update-timings",
            description = "After the run, write the measured durations to the first --timings file (only this shard's "
                    + "files under --shard, else merged with what was read).")
    boolean updateTimings;

    @Option(names = "--baseline", paramLabel = "<file>",
            description = "Compare with this stored set of passing tests: report regressions (passed before, fail now) "
                    + "apart from known failures.")
    String baseline;

    @Option(names = "--update-baseline",
            description = "Rewrite the --baseline file with this run's passing tests, only when the run lost nothing "
                    + "(no crash, no file that could not load, no regression).")
    boolean updateBaseline;

    @Option(names = "--theme", paramLabel = "<name|file>",
            description = "Colour the output with a theme: dark, light, high-contrast, no-color, or a .toml theme file (default: bunfig [test] theme, .tempo/theme.toml, else bun's colours).")
    String theme;

    @Option(names = "--isolate-failures",
            description = "Run each failed test again alone in a fresh context; one that passes then is reported as flaky.")
    boolean isolateFailures;

    @Option(names = "--isolate", paramLabel = "<mode>",
            description = "process: run test files in worker JVMs, so a file that crashes or hangs the JVM costs only"
                    + " itself (slower to start); none: in this JVM (default).")
    String isolate;

    @Option(names = "--jit", negatable = true,
            description = "Run test files in worker JVMs with GraalJS's optimizing JIT: slower to start, much faster on"
                    + " CPU-heavy tests (default: TEMPO_JIT=1, else bunfig [test] jit, else off).")
    Boolean jit;

    @Option(names = "--color", negatable = true,
            description = "Force colour on or off (default: on for a terminal; NO_COLOR and FORCE_COLOR are honoured).")
    Boolean color;

    @Option(names = "--smol", hidden = true, description = "Accepted for bun compatibility; no effect.")
    boolean smol;

    @Option(names = "--coverage", hidden = true, description = "Accepted for bun compatibility; not supported yet.")
    boolean coverage;

    @Option(names = "--coverage-reporter", hidden = true, description = "Accepted for bun compatibility; ignored.")
    List<String> coverageReporter;

    @Option(names = "--coverage-dir", hidden = true, description = "Accepted for bun compatibility; ignored.")
    String coverageDir;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() throws Exception {
        RunOptions options;
        try {
            options = resolve();
        } catch (UsageException | BunfigException e) {
            env.err().println("error: " + e.getMessage());
            env.err().flush();
            return 1;
        }

        TestDiscovery.Result found;
        try {
            found = TestDiscovery.discover(options);
        } catch (DiscoveryException e) {
            env.err().println(e.getMessage());
            env.err().flush();
            return 1;
        }
        if (found.isEmpty()) {
            env.out().println("tempo test v" + Version.current());
            env.out().flush();
            env.err().println(found.noTestsMessage("tempo test"));
            env.err().flush();
            return found.exitCodeWhenEmpty(options.passWithNoTests());
        }
        List<TestFile> files = found.files();
        if (changed != null) {
            try {
                files = ChangedTests.select(options.rootDir(), changed, files);
            } catch (GitChanges.GitException e) {
                env.err().println("error: " + e.getMessage());
                env.err().flush();
                return 1;
            }
            if (files.isEmpty() && !options.watch()) {
                env.out().println("tempo test v" + Version.current());
                env.out().flush();
                env.err().println("No test files are affected by the changes since " + changed + ".");
                env.err().flush();
                return 0;
            }
        }
        return launcher.launch(options, files, new RunLauncher.Watching(this::resolve, verbose));
    }

    /** Merges bunfig.toml and the flags into the run's options. */
    RunOptions resolve() throws UsageException, BunfigException {
        Path root = cwd == null ? env.cwd() : env.cwd().resolve(cwd).normalize();
        RunOptions.Builder b = RunOptions.builder(root);

        Optional<Bunfig> bunfig;
        if (config != null) {
            bunfig = Optional.of(Bunfig.load(root.resolve(config), config));
        } else {
            bunfig = Bunfig.loadDefault(root);
        }
        bunfig.ifPresent(f -> f.applyTo(b));
        RunOptions fromConfig = b.build();

        b.pathFilters(paths);
        if (testNamePattern != null) {
            try {
                Pattern p = JsRegex.compile(testNamePattern);
                b.testNamePattern(p, testNamePattern);
            } catch (PatternSyntaxException e) {
                throw new UsageException("--test-name-pattern expects a valid regular expression but received \""
                        + testNamePattern + "\"");
            }
        }
        if (only) b.only(true);
        if (todo) b.todo(true);
        if (bail != null) {
            long n = number(bail, "--bail expects a number, received \"" + bail + "\"", 0, Integer.MAX_VALUE);
            if (n == 0) throw new UsageException("--bail expects a number greater than 0");
            b.bail((int) n);
        }
        if (timeout != null) b.timeoutMillis(number(timeout, "Invalid timeout: \"" + timeout + "\"", 0, 0xFFFF_FFFFL));
        if (rerunEach != null) {
            b.rerunEach((int) number(rerunEach, "--rerun-each expects a number, received \"" + rerunEach + "\"", 0, Integer.MAX_VALUE));
        }
        if (retry != null) {
            b.retry((int) number(retry, "--retry expects a number, received \"" + retry + "\"", 0, Integer.MAX_VALUE));
        }
        if (randomize) b.randomize(true);
        if (seed != null) b.seed(number(seed, "Invalid seed value: " + seed, 0, 0xFFFF_FFFFL));
        if (concurrent) b.concurrent(true);
        if (concurrentTestGlobs != null) b.concurrentTestGlobs(concurrentTestGlobs);
        if (maxConcurrency != null) {
            b.maxConcurrency((int) number(maxConcurrency, "Invalid max-concurrency: \"" + maxConcurrency + "\"", 0, Integer.MAX_VALUE));
        }
        if (reporter != null) {
            switch (reporter) {
                case "dots" -> b.reporter(Reporter.DOTS).dots(true);
                case "junit" -> b.reporter(Reporter.JUNIT);
                case "default" -> b.reporter(Reporter.DEFAULT).dots(false);
                default -> throw new UsageException("unsupported reporter format '" + reporter
                        + "'. Available options: 'junit' (for XML test results), 'dots'");
            }
        }
        if (dots) {
            b.dots(true);
            if (reporter == null || !reporter.equals("junit")) b.reporter(Reporter.DOTS);
        }
        if (reporterOutfile != null) b.reporterOutfile(Path.of(reporterOutfile));
        if (onlyFailures) b.onlyFailures(true);
        if (passWithNoTests) b.passWithNoTests(true);
        if (preload != null) {
            LinkedHashSet<String> all = new LinkedHashSet<>(fromConfig.preload());
            all.addAll(preload);
            b.preload(List.copyOf(all));
        }
        if (conditions != null) b.conditions(conditions);
        if (pathIgnorePatterns != null) b.pathIgnorePatterns(pathIgnorePatterns);
        if (updateSnapshots) b.updateSnapshots(true);
        if (watch || hot) b.watch(true);
        if (parallel != null) {
            long n;
            try {
                n = Long.parseLong(parallel);
            } catch (NumberFormatException e) {
                n = 0;
            }
            if (n < 1 || n > 1024) throw new UsageException("--parallel expects a positive integer, received \"" + parallel + "\"");
            b.parallelism((int) n);
        }
        if (shard != null) b.shard(parseShard(shard));
        if (timings != null) b.timings(timings);
        if (updateTimings) {
            if (timings == null) {
                throw new UsageException("--update-timings requires --timings, e.g. --timings=.bun-test-timings.json --update-timings");
            }
            b.updateTimings(true);
        }
        if (baseline != null) b.baseline(Path.of(baseline));
        if (updateBaseline) {
            if (baseline == null) throw new UsageException("--update-baseline requires --baseline, e.g. --baseline=tempo-baseline.json --update-baseline");
            b.updateBaseline(true);
        }
        if (isolateFailures) b.isolateFailures(true);
        try {
            b.lineTheme(ThemeChoice.explicit(theme, root));
        } catch (ThemeException e) {
            throw new UsageException(e.getMessage());
        }
        if (isolate != null) {
            if (!isolate.equals("process") && !isolate.equals("none")) {
                throw new UsageException("--isolate expects \"process\" or \"none\", received \"" + isolate + "\"");
            }
            b.isolateProcesses(isolate.equals("process"));
        }
        Boolean jitWanted = jit != null ? jit : JitChoice.fromEnv(env.env());
        if (jitWanted != null) b.jit(jitWanted);
        if (smol) b.smol(true);
        if (coverage || coverageReporter != null || coverageDir != null) b.coverage(true);
        b.color(ColorSupport.decide(color, env.env(), env.terminal()));

        RunOptions options = b.build();
        if (options.reporter() == Reporter.JUNIT && options.reporterOutfile() == null) {
            throw new UsageException("--reporter=junit requires --reporter-outfile [file] to specify where to save the XML report");
        }
        return options;
    }

    private static long number(String text, String message, long min, long max) throws UsageException {
        long n;
        try {
            n = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(message);
        }
        if (n < min || n > max) throw new UsageException(message);
        return n;
    }

    private static RunOptions.Shard parseShard(String text) throws UsageException {
        String usage = "--shard expects 'index/count', e.g. --shard=1/3";
        int slash = text.indexOf('/');
        if (slash < 0) throw new UsageException(usage);
        int index, count;
        try {
            index = Integer.parseInt(text.substring(0, slash));
            count = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new UsageException(usage);
        }
        if (count < 1) throw new UsageException(usage);
        if (index < 1 || index > count) {
            throw new UsageException("--shard index must be between 1 and " + count + ", got " + index);
        }
        return new RunOptions.Shard(index, count);
    }
}
