package dev.tempo.tui.cli;

import dev.tempo.engine.config.RunOptions;
import dev.tempo.engine.config.UsageException;
import dev.tempo.engine.discovery.TestDiscovery;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.report.Reporters;
import dev.tempo.engine.report.ReporterOptions;
import dev.tempo.engine.run.FileSettings;
import dev.tempo.engine.run.TestRun;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/** Discovers the files and runs them on the engine with the reporters asked for. */
public final class EngineLauncher implements RunLauncher {
    @Override
    public int launch(RunOptions o) {
        List<TestFile> files = TestDiscovery.discover(o.root(), o.root(), o.paths(), o.pathIgnorePatterns());
        if (files.isEmpty()) {
            if (o.passWithNoTests()) {
                System.err.println("No tests found!");
                return 0;
            }
            throw new UsageException("No tests found!\n\n" + TestDiscovery.HINT);
        }
        long seed = o.seed() != null ? o.seed() : (o.randomize() ? System.nanoTime() & 0x7fffffffL : 0);
        PathMatcher concurrentGlob = o.concurrentTestGlob() == null ? null
                : FileSystems.getDefault().getPathMatcher("glob:" + o.concurrentTestGlob());
        java.io.PrintStream out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, java.nio.charset.StandardCharsets.UTF_8);
        java.io.PrintStream err = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, java.nio.charset.StandardCharsets.UTF_8);
        ReporterOptions ro = new ReporterOptions(o.color(), o.onlyFailures(), o.root(), Version.VERSION, out, err,
                System.getenv("GITHUB_ACTIONS") != null);
        List<RunListener> listeners = Reporters.create(o.reporter(), ro, o.reporterOutfile());
        TestRun.Request request = new TestRun.Request(files, f -> new FileSettings(
                o.testNamePattern(), o.todo(), o.timeoutMillis(), o.retry(), o.randomize(), seed, o.maxConcurrency(),
                o.concurrent() || (concurrentGlob != null && concurrentGlob.matches(Path.of(f.displayPath()))),
                o.root(), System.getenv(), o.preload()), o.parallelism(), o.bail(), o.rerunEach());
        RunSummary summary = TestRun.execute(request, listeners);
        if (o.randomize()) System.err.println("--seed=" + seed);
        return summary.ok() ? 0 : 1;
    }
}
