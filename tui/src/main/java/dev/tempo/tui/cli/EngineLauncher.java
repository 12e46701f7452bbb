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
    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    public EngineLauncher(CliEnvironment cli) {
        this.env = cli.env();
        this.out = cli.out();
        this.err = cli.err();
    }

    @Override
    public int launch(RunOptions o, List<TestFile> discovered) {
        List<TestFile> files = o.shard() == null ? discovered : shardOf(discovered, o.shard());
        long seed = o.seed() != null ? o.seed() : (o.randomize() ? System.nanoTime() & 0xffff_ffffL : 0);
        List<Path> preload = o.preload().stream().map(p -> o.rootDir().resolve(p).normalize()).toList();
        boolean ci = ContinuousIntegration.detected(env);
        List<Glob> concurrentGlobs = o.concurrentTestGlobs().stream().map(Glob::compile).toList();
        ReporterOptions ro = new ReporterOptions(o.color(), o.onlyFailures(), o.rootDir(), Version.current(), out, err,
                env.get("GITHUB_ACTIONS") != null, o.testNamePatternSource());
        List<RunListener> listeners = Reporters.create(o.reporter().cliName(), o.dots(), ro, o.junitOutfile());
        TestRun.Request request = new TestRun.Request(files, f -> new FileSettings(
                o.testNamePatternSource(), o.todo(), o.only(), o.timeoutMillis(), o.retry(), o.randomize(),
                seed, o.maxConcurrency(), o.concurrent() || matchesAny(concurrentGlobs, f),
                o.rootDir(), env, preload, o.updateSnapshots(), ci), o.parallelism(), o.bail(), o.rerunEach(), o.randomize() ? seed : null);
        RunSummary summary = TestRun.execute(request, listeners);
        return summary.ok() ? 0 : 1;
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
