package dev.tempo.watch;

import dev.tempo.engine.discovery.TestDiscovery;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.run.FileSettings;
import dev.tempo.engine.run.TestRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A temporary project driven through a real {@link WatchSession}: 20 test files t00..t19, of which t03
 * (ESM, TypeScript) and t07 (CommonJS) use lib/shared.ts; the others use lib/other.js. Runs and session
 * notices are queued so tests wait on them with generous timeouts, never on time.
 */
final class ProjectFixture implements WatchedProject, WatchListener, AutoCloseable {
    static final long TIMEOUT_SECONDS = 180;

    /** One run: why, which files (display paths, sorted). */
    record Run(String reason, List<String> files) {}

    final Path root;
    final BlockingQueue<Run> started = new LinkedBlockingQueue<>();
    final BlockingQueue<RunSummary> finished = new LinkedBlockingQueue<>();
    final BlockingQueue<List<String>> removed = new LinkedBlockingQueue<>();
    final BlockingQueue<List<Path>> unaffected = new LinkedBlockingQueue<>();
    final BlockingQueue<String> problems = new LinkedBlockingQueue<>();
    final AtomicInteger reloads = new AtomicInteger();
    WatchSession session;

    ProjectFixture(Path dir) throws IOException {
        this.root = dir.toRealPath();
        write("lib/shared.ts", "export const shared = (n: number): number => n + 1;\n");
        write("lib/other.js", "export const other = 1;\n");
        for (int i = 0; i < 20; i++) {
            String name = String.format("t%02d", i);
            if (i == 3) {
                write(name + ".test.ts", "import { test, expect } from 'bun:test';\nimport { shared } from './lib/shared';\n"
                        + "test('shared', () => expect(typeof shared(1)).toBe('number'));\n");
            } else if (i == 7) {
                write(name + ".test.js", "const { test, expect } = require('bun:test');\nconst { shared } = require('./lib/shared.ts');\n"
                        + "test('shared', () => expect(typeof shared(1)).toBe('number'));\n");
            } else {
                write(name + ".test.js", "import { test, expect } from 'bun:test';\nimport { other } from './lib/other.js';\n"
                        + "test('other', () => expect(other).toBe(1));\n");
            }
        }
    }

    /** Starts the session and waits for the first run of every file to finish. */
    ProjectFixture start(java.time.Duration debounce) throws Exception {
        session = new WatchSession(this, this, debounce);
        session.start(null);
        Run first = nextRun();
        if (first.files().size() != 20) throw new AssertionError("the first run should run all 20 files: " + first);
        nextFinished();
        return this;
    }

    Run nextRun() throws InterruptedException {
        Run r = started.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (r == null) throw new AssertionError("no run started within " + TIMEOUT_SECONDS + " s; problems: " + problems);
        return r;
    }

    RunSummary nextFinished() throws InterruptedException {
        RunSummary s = finished.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (s == null) throw new AssertionError("the run did not finish within " + TIMEOUT_SECONDS + " s");
        return s;
    }

    <T> T next(BlockingQueue<T> queue, String what) throws InterruptedException {
        T t = queue.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (t == null) throw new AssertionError("no " + what + " within " + TIMEOUT_SECONDS + " s");
        return t;
    }

    Path write(String name, String text) throws IOException {
        Path p = root.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    /** An editor's atomic save: the new text goes to a temporary file renamed over the target. */
    void renameSave(String name, String text) throws IOException {
        Path target = root.resolve(name);
        Path temp = target.resolveSibling("." + target.getFileName() + ".swp");
        Files.writeString(temp, text);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    // ---- WatchedProject ----

    @Override
    public Path root() {
        return root;
    }

    @Override
    public void reload() {
        reloads.incrementAndGet();
    }

    @Override
    public List<TestFile> discover() throws Exception {
        return TestDiscovery.discover(root, null, List.of(), List.of()).files();
    }

    @Override
    public TestRun.Request request(List<TestFile> files, String testNamePattern, boolean only) {
        FileSettings d = FileSettings.defaults(root);
        FileSettings s = new FileSettings(testNamePattern, d.runTodo(), only, d.timeoutMillis(), d.retry(), d.randomize(),
                d.seed(), d.maxConcurrency(), d.concurrent(), d.cwd(), d.env(), d.preload(), d.updateSnapshots(), d.ci(),
                d.conditions());
        return new TestRun.Request(files, f -> s, 2, 0, 1, null);
    }

    @Override
    public List<RunListener> reporters() {
        return List.of();
    }

    // ---- WatchListener ----

    @Override
    public void runStarting(String reason, List<TestFile> files) {
        started.add(new Run(reason, files.stream().map(TestFile::displayPath).sorted().toList()));
    }

    @Override
    public void runFinished(RunSummary summary) {
        finished.add(summary);
    }

    @Override
    public void removed(List<TestFile> files) {
        removed.add(files.stream().map(TestFile::displayPath).toList());
    }

    @Override
    public void unaffected(List<Path> changed) {
        unaffected.add(changed);
    }

    @Override
    public void problem(String message) {
        problems.add(message);
    }

    @Override
    public void close() throws InterruptedException {
        if (session != null) session.close();
    }
}
