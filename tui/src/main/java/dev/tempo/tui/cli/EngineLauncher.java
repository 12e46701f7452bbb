package dev.tempo.tui.cli;

import dev.tempo.engine.config.RunOptions;
import dev.tempo.engine.discovery.Glob;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.report.ReporterOptions;
import dev.tempo.engine.report.Reporters;
import dev.tempo.engine.run.FileSettings;
import dev.tempo.engine.run.TestRun;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the discovered files on the engine with the reporters the options ask for. */
public final class EngineLauncher implements RunLauncher {
    private final CliEnvironment cli;
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    public EngineLauncher(CliEnvironment cli) {
        this.cli = cli;
        this.env = cli.env();
        this.out = cli.out();
        this.err = cli.err();
    }

    @Override
    public int launch(RunOptions o, List<TestFile> discovered) {
        List<TestFile> files = o.shard() == null ? discovered : shardOf(discovered, o.shard());
        RunSummary summary = TestRun.execute(request(o, files, null, o.only(), ContinuousIntegration.detected(env)), reporters(o));
        return summary.ok() ? 0 : 1;
    }

    @Override
    public int launch(RunOptions o, List<TestFile> files, Watching watching) throws Exception {
        if (!o.watch()) return launch(o, files);
        return new WatchMode(this, cli, o, watching).run(files);
    }

    /**
     * A run of these files as the options say.
     *
     * @param testNamePattern replaces the options' -t when not null (watch mode's filter)
     * @param ci              on CI: .only is an error and snapshots are not written
     */
    TestRun.Request request(RunOptions o, List<TestFile> files, String testNamePattern, boolean only, boolean ci) {
        long seed = o.seed() != null ? o.seed() : (o.randomize() ? System.nanoTime() & 0xffff_ffffL : 0);
        List<Path> preload = o.preload().stream().map(p -> o.rootDir().resolve(p).normalize()).toList();
        List<Glob> concurrentGlobs = o.concurrentTestGlobs().stream().map(Glob::compile).toList();
        String pattern = testNamePattern != null ? testNamePattern : o.testNamePatternSource();
        return new TestRun.Request(files, f -> new FileSettings(
                pattern, o.todo(), only, o.timeoutMillis(), o.retry(), o.randomize(),
                seed, o.maxConcurrency(), o.concurrent() || matchesAny(concurrentGlobs, f),
                o.rootDir(), env, preload, o.updateSnapshots(), ci), o.parallelism(), o.bail(), o.rerunEach(), o.randomize() ? seed : null);
    }

    /** The console reporter (and the JUnit one) the options ask for: fresh ones for each run. */
    List<RunListener> reporters(RunOptions o) {
        ReporterOptions ro = new ReporterOptions(o.color(), o.onlyFailures(), o.rootDir(), Version.current(), out, err,
                env.get("GITHUB_ACTIONS") != null, o.testNamePatternSource());
        return Reporters.create(o.reporter().cliName(), o.dots(), ro, o.junitOutfile());
    }

    /** bun's --shard: the files sorted by path, file i goes to shard (i mod n) + 1. */
    static List<TestFile> shardOf(List<TestFile> files, RunOptions.Shard shard) {
        List<TestFile> sorted = new ArrayList<>(files);
        sorted.sort((a, b) -> a.displayPath().compareTo(b.displayPath()));
        List<TestFile> mine = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (i % shard.count() == shard.index() - 1) mine.add(sorted.get(i));
        }
        return mine;
    }

    private static boolean matchesAny(List<Glob> globs, TestFile f) {
        for (Glob g : globs) {
            if (g.matches(f.displayPath())) return true;
        }
        return false;
    }
}
