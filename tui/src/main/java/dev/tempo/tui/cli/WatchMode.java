package dev.tempo.tui.cli;

import dev.tempo.engine.config.RunOptions;
import dev.tempo.engine.discovery.TestDiscovery;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.report.Ansi;
import dev.tempo.engine.run.TestRun;
import dev.tempo.watch.WatchListener;
import dev.tempo.watch.WatchSession;
import dev.tempo.watch.WatchedProject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code tempo test --watch} in line mode: the usual console output for each run, the screen cleared first
 * when stdout is a terminal, a status line after each run, and Jest's watch keys when stdin is a terminal
 * (see {@link WatchKeys}). Runs until q (or Ctrl-C).
 */
final class WatchMode implements WatchedProject, WatchListener {
    static final String HELP = """
            Watch usage
             › Press a to run all tests.
             › Press f to run only failed tests.
             › Press p to filter by a filename regex pattern.
             › Press t to filter by a test name regex pattern.
             › Press Enter or r to trigger a test run.
             › Press q to quit watch mode.
             › Press h or ? to show this help.
            """;

    private final EngineLauncher engine;
    private final CliEnvironment cli;
    private final RunLauncher.Watching watching;
    private final PrintStream out;
    private final PrintStream err;
    private final CountDownLatch over = new CountDownLatch(1);
    private volatile RunOptions options;
    private volatile WatchKeys keys;
    private WatchSession session;

    WatchMode(EngineLauncher engine, CliEnvironment cli, RunOptions options, RunLauncher.Watching watching) {
        this.engine = engine;
        this.cli = cli;
        this.options = options;
        this.watching = watching;
        this.out = cli.out();
        this.err = cli.err();
    }

    /** Watches until the user quits; returns the exit code (0). */
    int run(List<TestFile> initial) throws Exception {
        session = new WatchSession(this, this, WatchSession.DEFAULT_DEBOUNCE);
        session.start(initial);
        keys = WatchKeys.startIfTerminal(session, this);
        over.await();
        if (keys != null) keys.close();
        return 0;
    }

    /** The user pressed q. */
    void quit() {
        session.quit();
        over.countDown(); // a run in progress is not waited for: the process ends
    }

    void print(String text) {
        out.print(text);
        out.flush();
    }

    void error(String message) {
        err.println("error: " + message);
        err.flush();
    }

    // ---- WatchedProject ----

    @Override
    public Path root() {
        return options.rootDir();
    }

    @Override
    public void reload() throws Exception {
        RunOptions fresh = watching.reload().resolve();
        options = fresh;
    }

    @Override
    public List<TestFile> discover() throws Exception {
        return TestDiscovery.discover(options.rootDir(), options.testRoot(), options.pathFilters(), options.pathIgnorePatterns()).files();
    }

    @Override
    public TestRun.Request request(List<TestFile> files, String testNamePattern, boolean only) {
        // Never CI rules while watching: a .only is what the user is focusing on, not a forgotten one.
        return engine.request(options, files, testNamePattern, options.only() || only, false);
    }

    @Override
    public List<RunListener> reporters() {
        return engine.reporters(options);
    }

    // ---- WatchListener ----

    @Override
    public void runStarting(String reason, List<TestFile> files) {
        if (cli.terminal()) print("\u001b[2J\u001b[3J\u001b[H");
        Ansi a = Ansi.of(options.color());
        err.println(a.fmt("<d>") + "[watch] " + reason + ": " + files.size() + (files.size() == 1 ? " test file" : " test files") + a.fmt("<r>"));
        err.flush();
    }

    @Override
    public void runFinished(RunSummary summary) {
        Ansi a = Ansi.of(options.color());
        StringBuilder sb = new StringBuilder("\n");
        String fileFilter = session.fileFilter();
        String testFilter = session.testFilter();
        if (fileFilter != null) sb.append("Filtered to files matching /").append(fileFilter).append("/\n");
        if (testFilter != null) sb.append("Filtered to tests matching /").append(testFilter).append("/\n");
        sb.append(a.fmt("<d>")).append(keys != null || cli.terminal() && WatchKeys.stdinIsTerminal()
                ? "Watching for file changes. Press h for help, q to quit."
                : "Watching for file changes. Press Ctrl-C to stop.").append(a.fmt("<r>")).append('\n');
        print(sb.toString());
    }

    @Override
    public void unaffected(List<Path> changed) {
        if (!watching.verbose()) return;
        Path root = options.rootDir();
        for (Path p : changed) {
            String name = p.startsWith(root) ? root.relativize(p).toString() : p.toString();
            err.println("[watch] " + name + " changed: no test file loads it, nothing to rerun");
        }
        err.flush();
    }

    @Override
    public void removed(List<TestFile> files) {
        for (TestFile f : files) err.println("[watch] " + f.displayPath() + " was deleted: removed from the results");
        err.flush();
    }

    @Override
    public void problem(String message) {
        error(message);
    }

    @Override
    public void ended() {
        over.countDown();
    }
}
