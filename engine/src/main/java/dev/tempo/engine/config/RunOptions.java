package dev.tempo.engine.config;

import dev.tempo.themes.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything one test run needs, resolved from bunfig.toml and the command line (flags win). Immutable;
 * build one with {@link #builder(Path)} or derive a changed copy with {@link #toBuilder()}.
 *
 * <p>Defaults follow {@code bun test}. Nothing here depends on the command-line library.
 *
 * @param rootDir            the project directory: where bunfig.toml lives and what display paths and
 *                           path filters are relative to (bun: the working directory)
 * @param testRoot           the directory scanned for test files (bunfig {@code test.root}); rootDir by default
 * @param pathFilters        the positional arguments exactly as typed: substring filters, or paths when
 *                           they start with {@code ./}, {@code ../} or {@code /}
 * @param testNamePattern    {@code -t}: matched with {@link java.util.regex.Matcher#find()} against the
 *                           test's describe names and own name joined by single spaces; null = every test
 * @param testNamePatternSource the {@code -t} value as typed (for messages), null when none
 * @param only               {@code --only}: run only {@code test.only}/{@code describe.only}
 * @param todo               {@code --todo}: also run {@code test.todo} tests
 * @param bail               stop after this many failures; 0 = never
 * @param timeoutMillis      per-test timeout; 0 = none
 * @param rerunEach          how many times each file runs (at least 1)
 * @param retry              default retries of a failing test (per-test {@code { retry }} wins)
 * @param randomize          shuffle test order
 * @param seed               the shuffle seed, null = pick one (only meaningful with randomize)
 * @param concurrent         every test runs as {@code test.concurrent}
 * @param concurrentTestGlobs files matching any of these globs run their tests concurrently
 * @param maxConcurrency     at most this many concurrent tests at once
 * @param reporter           the requested reporter
 * @param reporterOutfile    where the junit reporter writes (relative paths are relative to rootDir), or null
 * @param dots               console output uses the dots style (--dots, --reporter=dots or [test.reporter] dots)
 * @param onlyFailures       print only failing tests
 * @param passWithNoTests    finding no test files is not an error
 * @param preload            modules to load before each test file, as written (resolved against rootDir)
 * @param pathIgnorePatterns globs (relative to rootDir) of files and directories discovery skips
 * @param updateSnapshots    {@code -u}: rewrite snapshots that do not match
 * @param watch              re-run on file changes
 * @param parallelism        how many files run at the same time (worker threads)
 * @param color              whether output may use ANSI colour
 * @param configFile         the bunfig.toml that was read, or null
 * @param shard              {@code --shard=i/n}, or null
 * @param coverage           coverage was asked for (not implemented by tempo; carried so it can warn)
 * @param smol               bun's low-memory mode (carried, no effect)
 * @param timings            {@code --timings}: bun timings JSON files, as written (relative to rootDir); read
 *                           together, the first one is where {@code --update-timings} writes
 * @param updateTimings      {@code --update-timings}: write this run's per-file durations to the first timings file
 * @param baseline           {@code --baseline}: the stored set of passing test ids to compare against, or null
 * @param updateBaseline     {@code --update-baseline}: rewrite the baseline when the run lost nothing
 * @param isolateFailures    {@code --isolate-failures}: run each failed test again alone in a fresh context
 * @param lineTheme          the theme the line reporter colours with ({@code --theme}, bunfig {@code [test] theme});
 *                           null: bun's own colours
 * @param isolateProcesses   {@code --isolate=process} / test.isolate: run files in worker JVMs (a crash costs only its file)
 * @param jit                {@code --jit} / TEMPO_JIT / test.jit: run files in worker JVMs with the optimizing JIT
 * @param conditions         {@code --conditions}: extra package.json export/import conditions to resolve with
 */
public record RunOptions(
        Path rootDir,
        Path testRoot,
        List<String> pathFilters,
        Pattern testNamePattern,
        String testNamePatternSource,
        boolean only,
        boolean todo,
        int bail,
        long timeoutMillis,
        int rerunEach,
        int retry,
        boolean randomize,
        Long seed,
        boolean concurrent,
        List<String> concurrentTestGlobs,
        int maxConcurrency,
        Reporter reporter,
        Path reporterOutfile,
        boolean dots,
        boolean onlyFailures,
        boolean passWithNoTests,
        List<String> preload,
        List<String> pathIgnorePatterns,
        boolean updateSnapshots,
        boolean watch,
        int parallelism,
        boolean color,
        Path configFile,
        Shard shard,
        boolean coverage,
        boolean smol,
        List<String> timings,
        boolean updateTimings,
        Path baseline,
        boolean updateBaseline,
        boolean isolateFailures,
        Theme lineTheme,
        boolean isolateProcesses,
        boolean jit,
        List<String> conditions) {

    public static final long DEFAULT_TIMEOUT_MILLIS = 5000;
    public static final int DEFAULT_MAX_CONCURRENCY = 20;

    /** Which reporter the run asked for. JUNIT writes XML to {@link #reporterOutfile} besides console output. */
    public enum Reporter {
        DEFAULT, DOTS, JUNIT;

        /** The name as bun spells it on the command line. */
        public String cliName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code --shard=index/count}, index 1-based. */
    public record Shard(int index, int count) {
        public Shard {
            if (count < 1 || index < 1 || index > count) {
                throw new IllegalArgumentException("--shard index must be between 1 and " + count + ", got " + index);
            }
        }
    }

    public RunOptions {
        Objects.requireNonNull(rootDir, "rootDir");
        rootDir = rootDir.toAbsolutePath().normalize();
        testRoot = testRoot == null ? rootDir : rootDir.resolve(testRoot).normalize();
        pathFilters = List.copyOf(pathFilters);
        concurrentTestGlobs = List.copyOf(concurrentTestGlobs);
        preload = List.copyOf(preload);
        pathIgnorePatterns = List.copyOf(pathIgnorePatterns);
        timings = List.copyOf(timings);
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(reporter, "reporter");
        if (bail < 0) throw new IllegalArgumentException("bail must be >= 0");
        if (timeoutMillis < 0) throw new IllegalArgumentException("timeoutMillis must be >= 0");
        if (retry < 0) throw new IllegalArgumentException("retry must be >= 0");
        rerunEach = Math.max(1, rerunEach);
        maxConcurrency = Math.max(1, maxConcurrency);
        parallelism = Math.max(1, parallelism);
        if (testNamePattern == null) testNamePatternSource = null;
        else if (testNamePatternSource == null) testNamePatternSource = testNamePattern.pattern();
    }

    /** The options of a plain {@code bun test} in {@code rootDir}. */
    public static RunOptions defaults(Path rootDir) {
        return builder(rootDir).build();
    }

    public static Builder builder(Path rootDir) {
        return new Builder(rootDir);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The junit report path resolved against rootDir, or null when no junit report is wanted. */
    public Path junitOutfile() {
        return reporter == Reporter.JUNIT && reporterOutfile != null ? rootDir.resolve(reporterOutfile) : null;
    }

    /** Mutable builder; every setter returns this. Starts from bun's defaults. */
    public static final class Builder {
        private Path rootDir;
        private Path testRoot;
        private List<String> pathFilters = new ArrayList<>();
        private Pattern testNamePattern;
        private String testNamePatternSource;
        private boolean only;
        private boolean todo;
        private int bail;
        private long timeoutMillis = DEFAULT_TIMEOUT_MILLIS;
        private int rerunEach = 1;
        private int retry;
        private boolean randomize;
        private Long seed;
        private boolean concurrent;
        private List<String> concurrentTestGlobs = new ArrayList<>();
        private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;
        private Reporter reporter = Reporter.DEFAULT;
        private Path reporterOutfile;
        private boolean dots;
        private boolean onlyFailures;
        private boolean passWithNoTests;
        private List<String> preload = new ArrayList<>();
        private List<String> pathIgnorePatterns = new ArrayList<>();
        private boolean updateSnapshots;
        private boolean watch;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private boolean color;
        private Path configFile;
        private Shard shard;
        private boolean coverage;
        private boolean smol;
        private List<String> timings = new ArrayList<>();
        private boolean updateTimings;
        private Path baseline;
        private boolean updateBaseline;
        private boolean isolateFailures;
        private Theme lineTheme;
        private boolean isolateProcesses;
        private boolean jit;
        private List<String> conditions = new ArrayList<>();

        private Builder(Path rootDir) {
            this.rootDir = Objects.requireNonNull(rootDir, "rootDir");
        }

        private Builder(RunOptions o) {
            rootDir = o.rootDir;
            testRoot = o.testRoot;
            pathFilters = new ArrayList<>(o.pathFilters);
            testNamePattern = o.testNamePattern;
            testNamePatternSource = o.testNamePatternSource;
            only = o.only;
            todo = o.todo;
            bail = o.bail;
            timeoutMillis = o.timeoutMillis;
            rerunEach = o.rerunEach;
            retry = o.retry;
            randomize = o.randomize;
            seed = o.seed;
            concurrent = o.concurrent;
            concurrentTestGlobs = new ArrayList<>(o.concurrentTestGlobs);
            maxConcurrency = o.maxConcurrency;
            reporter = o.reporter;
            reporterOutfile = o.reporterOutfile;
            dots = o.dots;
            onlyFailures = o.onlyFailures;
            passWithNoTests = o.passWithNoTests;
            preload = new ArrayList<>(o.preload);
            pathIgnorePatterns = new ArrayList<>(o.pathIgnorePatterns);
            updateSnapshots = o.updateSnapshots;
            watch = o.watch;
            parallelism = o.parallelism;
            color = o.color;
            configFile = o.configFile;
            shard = o.shard;
            coverage = o.coverage;
            smol = o.smol;
            timings = new ArrayList<>(o.timings);
            updateTimings = o.updateTimings;
            baseline = o.baseline;
            updateBaseline = o.updateBaseline;
            isolateFailures = o.isolateFailures;
            lineTheme = o.lineTheme;
            isolateProcesses = o.isolateProcesses;
            jit = o.jit;
            conditions = new ArrayList<>(o.conditions);
        }

        public Builder rootDir(Path v) { rootDir = Objects.requireNonNull(v); return this; }
        /** Relative values are resolved against rootDir; null means rootDir. */
        public Builder testRoot(Path v) { testRoot = v; return this; }
        public Builder pathFilters(List<String> v) { pathFilters = new ArrayList<>(v); return this; }
        public Builder testNamePattern(Pattern v) { testNamePattern = v; testNamePatternSource = v == null ? null : v.pattern(); return this; }
        /** The compiled pattern plus the text the user typed (shown in messages). */
        public Builder testNamePattern(Pattern v, String source) { testNamePattern = v; testNamePatternSource = source; return this; }
        public Builder only(boolean v) { only = v; return this; }
        public Builder todo(boolean v) { todo = v; return this; }
        public Builder bail(int v) { bail = v; return this; }
        public Builder timeoutMillis(long v) { timeoutMillis = v; return this; }
        public Builder rerunEach(int v) { rerunEach = v; return this; }
        public Builder retry(int v) { retry = v; return this; }
        public Builder randomize(boolean v) { randomize = v; return this; }
        public Builder seed(Long v) { seed = v; return this; }
        public Builder concurrent(boolean v) { concurrent = v; return this; }
        public Builder concurrentTestGlobs(List<String> v) { concurrentTestGlobs = new ArrayList<>(v); return this; }
        public Builder maxConcurrency(int v) { maxConcurrency = v; return this; }
        public Builder reporter(Reporter v) { reporter = Objects.requireNonNull(v); return this; }
        public Builder reporterOutfile(Path v) { reporterOutfile = v; return this; }
        public Builder dots(boolean v) { dots = v; return this; }
        public Builder onlyFailures(boolean v) { onlyFailures = v; return this; }
        public Builder passWithNoTests(boolean v) { passWithNoTests = v; return this; }
        public Builder preload(List<String> v) { preload = new ArrayList<>(v); return this; }
        public Builder pathIgnorePatterns(List<String> v) { pathIgnorePatterns = new ArrayList<>(v); return this; }
        public Builder updateSnapshots(boolean v) { updateSnapshots = v; return this; }
        public Builder watch(boolean v) { watch = v; return this; }
        public Builder parallelism(int v) { parallelism = v; return this; }
        public Builder color(boolean v) { color = v; return this; }
        public Builder configFile(Path v) { configFile = v; return this; }
        public Builder shard(Shard v) { shard = v; return this; }
        public Builder coverage(boolean v) { coverage = v; return this; }
        public Builder smol(boolean v) { smol = v; return this; }
        public Builder timings(List<String> v) { timings = new ArrayList<>(v); return this; }
        public Builder updateTimings(boolean v) { updateTimings = v; return this; }
        public Builder baseline(Path v) { baseline = v; return this; }
        public Builder updateBaseline(boolean v) { updateBaseline = v; return this; }
        public Builder isolateFailures(boolean v) { isolateFailures = v; return this; }
        public Builder lineTheme(Theme v) { lineTheme = v; return this; }
        public Builder isolateProcesses(boolean v) { isolateProcesses = v; return this; }
        public Builder jit(boolean v) { jit = v; return this; }
        public Builder conditions(List<String> v) { conditions = new ArrayList<>(v); return this; }

        public RunOptions build() {
            return new RunOptions(rootDir, testRoot, pathFilters, testNamePattern, testNamePatternSource, only, todo,
                    bail, timeoutMillis, rerunEach, retry, randomize, seed, concurrent, concurrentTestGlobs,
                    maxConcurrency, reporter, reporterOutfile, dots, onlyFailures, passWithNoTests, preload,
                    pathIgnorePatterns, updateSnapshots, watch, parallelism, color, configFile, shard, coverage, smol,
                    timings, updateTimings, baseline, updateBaseline, isolateFailures, lineTheme,
                    isolateProcesses, jit, conditions);
        }
    }
}
