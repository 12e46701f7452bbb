package dev.tempo.tui.cli;

import dev.tempo.engine.baseline.Baseline;
import dev.tempo.engine.baseline.BaselineCheck;
import dev.tempo.engine.config.RunOptions;
import dev.tempo.engine.discovery.Glob;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.report.Ansi;
import dev.tempo.engine.report.BaselineBlock;
import dev.tempo.engine.report.ReporterOptions;
import dev.tempo.engine.report.Reporters;
import dev.tempo.engine.run.FileSettings;
import dev.tempo.engine.run.TestRun;
import dev.tempo.engine.schedule.FileTimings;
import dev.tempo.engine.schedule.ShardPlan;
import dev.tempo.engine.schedule.TimingCache;
import dev.tempo.engine.schedule.TimingRecorder;
import dev.tempo.themes.ColorDepth;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Runs the discovered files on the engine with the reporters the options ask for. */
public final class EngineLauncher implements RunLauncher {
    private final CliEnvironment cli;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;
    /** Notices already printed (see {@link #notice}). */
    private final java.util.Set<String> noticesGiven = new java.util.HashSet<>();

    public EngineLauncher(CliEnvironment cli) {
        this.cli = cli;
        this.env = cli.env();
        this.out = cli.out();
        this.err = cli.err();
    }

    @Override
    public int launch(RunOptions o, List<TestFile> discovered) {
        FileTimings given;
        try {
            given = TimingsFlags.read(o);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return 1;
        }
        List<TestFile> files = discovered;
        if (o.shard() != null) {
            files = ShardPlan.shard(discovered, given, o.shard().index(), o.shard().count());
            err.println("--shard=" + o.shard().index() + "/" + o.shard().count() + ": running " + files.size() + "/"
                    + discovered.size() + " test files");
        }
        BaselineCheck baseline = null;
        if (o.baseline() != null) {
            try {
                baseline = new BaselineCheck(Baseline.read(o.rootDir().resolve(o.baseline()), o.baseline().toString()));
            } catch (Baseline.InvalidBaselineException | IOException e) {
                err.println("error: " + (e instanceof IOException ? "cannot read --baseline file " + o.baseline() + ": " : "")
                        + e.getMessage());
                err.flush();
                return 1;
            }
        }
        TimingCache cache = new TimingCache(o.rootDir());
        FileTimings cached = cache.load();
        TimingRecorder recorder = new TimingRecorder();
        List<RunListener> listeners = new ArrayList<>(reporters(o));
        listeners.add(recorder);
        if (baseline != null) listeners.add(baseline);
        RunSummary summary = TestRun.execute(
                request(o, files, null, o.only(), ContinuousIntegration.detected(env), cached.merge(given)), listeners);
        FileTimings measured = recorder.measured();
        cache.update(cached, measured);
        int exit = summary.ok() ? 0 : 1;
        if (baseline != null) {
            exit = baselineExit(o, baseline);
        }
        if (o.updateTimings()) {
            try {
                TimingsFlags.write(o, given, measured, files.stream().map(TestFile::displayPath).collect(Collectors.toSet()));
            } catch (IOException | RuntimeException e) {
                err.println("error: cannot write --timings file " + o.timings().get(0) + ": " + e.getMessage());
                err.flush();
                exit = 1;
            }
        }
        return exit;
    }

    @Override
    public int launch(RunOptions o, List<TestFile> files, Watching watching) throws Exception {
        if (!o.watch()) return launch(o, files);
        return new WatchMode(this, cli, o, watching).run(files);
    }

    /** A run of these files as the options say, with no timing history (watch mode's reruns). */
    TestRun.Request request(RunOptions o, List<TestFile> files, String testNamePattern, boolean only, boolean ci) {
        return request(o, files, testNamePattern, only, ci, FileTimings.empty());
    }

    /**
     * A run of these files as the options say.
     *
     * @param testNamePattern replaces the options' -t when not null (watch mode's filter)
     * @param ci              on CI: .only is an error and snapshots are not written
     * @param history         earlier files' durations, for slowest-first dispatch
     */
    TestRun.Request request(RunOptions o, List<TestFile> files, String testNamePattern, boolean only, boolean ci,
                            FileTimings history) {
        long seed = o.seed() != null ? o.seed() : (o.randomize() ? System.nanoTime() & 0xffff_ffffL : 0);
        List<Path> preload = o.preload().stream().map(p -> o.rootDir().resolve(p).normalize()).toList();
        List<Glob> concurrentGlobs = o.concurrentTestGlobs().stream().map(Glob::compile).toList();
        String pattern = testNamePattern != null ? testNamePattern : o.testNamePatternSource();
        return new TestRun.Request(files, f -> new FileSettings(
                pattern, o.todo(), only, o.timeoutMillis(), o.retry(), o.randomize(),
                seed, o.maxConcurrency(), o.concurrent() || matchesAny(concurrentGlobs, f),
                o.rootDir(), env, preload, o.updateSnapshots(), ci, o.conditions()), o.parallelism(), o.bail(), o.rerunEach(),
                o.randomize() ? seed : null, history, o.isolateFailures(), o.isolateProcesses(), o.jit(), this::notice);
    }

    /** The JIT's mode (or why it is off), once per process: watch mode's reruns would only repeat it. */
    private void notice(String text) {
        synchronized (noticesGiven) {
            if (!noticesGiven.add(text)) return;
        }
        err.println("tempo: " + text);
        err.flush();
    }

    /** The console reporter (and the JUnit one) the options ask for: fresh ones for each run. */
    List<RunListener> reporters(RunOptions o) {
        Ansi ansi = o.lineTheme() == null ? Ansi.of(o.color()) : Ansi.themed(o.lineTheme(), ColorDepth.detect(env));
        ReporterOptions ro = new ReporterOptions(o.color(), o.onlyFailures(), o.rootDir(), Version.current(), out, err,
                env.get("GITHUB_ACTIONS") != null, o.testNamePatternSource(), ansi);
        return Reporters.create(o.reporter().cliName(), o.dots(), ro, o.junitOutfile());
    }

    /**
     * With --baseline the exit code says whether anything regressed or was lost (known failures alone exit
     * 0); --update-baseline rewrites the file only then.
     */
    private int baselineExit(RunOptions o, BaselineCheck baseline) {
        err.print(BaselineBlock.render(baseline, o.baseline().toString(), o.color()));
        if (o.updateBaseline()) {
            if (!baseline.lostNothing()) {
                err.println("baseline: not updated, the run lost results (a regression, a file that could not load, or --bail)");
            } else {
                try {
                    baseline.updated().write(o.rootDir().resolve(o.baseline()));
                    err.println("baseline: updated " + o.baseline());
                } catch (IOException | RuntimeException e) {
                    err.println("error: cannot write --baseline file " + o.baseline() + ": " + e.getMessage());
                    err.flush();
                    return 1;
                }
            }
        }
        err.flush();
        return baseline.lostNothing() ? 0 : 1;
    }

    private static boolean matchesAny(List<Glob> globs, TestFile f) {
        for (Glob g : globs) {
            if (g.matches(f.displayPath())) return true;
        }
        return false;
    }
}
