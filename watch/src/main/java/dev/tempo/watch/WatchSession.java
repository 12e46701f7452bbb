package dev.tempo.watch;

import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.module.PackageJson;
import dev.tempo.engine.module.PreparedFile;
import dev.tempo.engine.run.TestRun;
import dev.tempo.watch.fs.Change;
import dev.tempo.watch.fs.Debouncer;
import dev.tempo.watch.fs.FileWatcher;
import dev.tempo.watch.fs.IgnoredPaths;
import dev.tempo.watch.graph.AffectedFiles;
import dev.tempo.watch.graph.CanonicalPath;
import dev.tempo.watch.graph.ImportGraph;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The watch loop: runs the test files once, then reruns what each burst of saves affects, and what the
 * user asks for, on one thread, in the same JVM: the polyglot Engine, parsed sources and transpiled files
 * stay warm between runs, while every test file still gets a fresh context.
 *
 * <p>Runs never overlap. Saves during a run are debounced as usual and wait in the inbox; when the run
 * ends, all the waiting batches become one rerun of what they affect. (A run is not cancelled halfway:
 * its files' results stay consistent, and a one-file rerun is short.)
 *
 * <p>Saves that only modify files start their rerun as soon as the burst settles (a few milliseconds, see
 * {@link Debouncer}) instead of after the whole debounce window, but nobody sees it until the window has
 * passed with no further change: its events are held back and then handed to the reporters and to the
 * session's own state. A change within the window makes that rerun obsolete: it stops before its next test
 * and is dropped unseen, and its changes join the next burst. So a burst still gives exactly one rerun that
 * anyone sees, while a lone save's rerun overlaps the window. (Test code may then run more than once
 * during a long burst, as it already does for saves further apart than the window.)
 */
public final class WatchSession implements AutoCloseable {
    /** The default debounce window: long enough for an editor's save, short enough not to be felt. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(25);

    private sealed interface Trigger {
        record Changes(Debouncer.Burst burst) implements Trigger {}
        record RunAll() implements Trigger {}
        record RunFailed() implements Trigger {}
        record Rerun() implements Trigger {}
        record RunFiles(List<TestFile> files, String reason) implements Trigger {}
        record FileFilter(String regex) implements Trigger {}
        record TestFilter(String pattern) implements Trigger {}
        record Quit() implements Trigger {}
    }

    private final WatchedProject project;
    private final WatchListener listener;
    private final Duration debounce;
    private final Path root;
    private final BlockingQueue<Trigger> inbox = new LinkedBlockingQueue<>();
    private final ImportGraph graph = new ImportGraph();
    private final Map<Path, FileResult> results = new ConcurrentHashMap<>();
    private final OnlyMarkers onlyMarkers;
    /** Canonical path -> test file, in discovery order. */
    private Map<Path, TestFile> testFiles = new LinkedHashMap<>();
    private List<TestFile> lastRun = List.of();
    private Pattern fileFilter;
    private String testFilter;
    private FileWatcher watcher;
    private Debouncer debouncer;
    private Thread thread;
    /** Changes taken from the inbox whose rerun was dropped: a later change came within the debounce window. */
    private final List<Change> carried = new ArrayList<>();
    /** Off: saves are noticed but rerun nothing (the TUI's w key). */
    private volatile boolean rerunOnSave = true;

    public WatchSession(WatchedProject project, WatchListener listener, Duration debounce) {
        this.project = project;
        this.listener = listener;
        this.debounce = debounce;
        this.root = CanonicalPath.of(project.root());
        this.onlyMarkers = new OnlyMarkers(p -> !IgnoredPaths.isIgnored(root, p));
    }

    /**
     * Starts watching, then runs {@code initial} (null: every test file) on the session's thread.
     *
     * @throws IOException when the project cannot be watched
     */
    public void start(List<TestFile> initial) throws Exception {
        testFiles = index(project.discover());
        debouncer = new Debouncer(debounce, burst -> inbox.add(new Trigger.Changes(burst)));
        watcher = FileWatcher.start(root, change -> {
            Path p = CanonicalPath.of(change.path());
            if (p.equals(root)) onlyMarkers.changedAll();
            else if (change.kind() == Change.Kind.DELETED) onlyMarkers.deleted(p);
            else onlyMarkers.changed(p);
            debouncer.offer(change);
        });
        List<TestFile> first = initial == null ? List.copyOf(testFiles.values()) : initial;
        thread = Thread.ofPlatform().name("tempo-watch").start(() -> loop(first));
    }

    // ---- commands (any thread) ----

    /** Runs every test file (within the file filter). */
    public void runAll() { inbox.add(new Trigger.RunAll()); }

    /** Runs the test files that failed or did not load in their latest run. */
    public void runFailed() { inbox.add(new Trigger.RunFailed()); }

    /** Runs the latest run's files again. */
    public void rerun() { inbox.add(new Trigger.Rerun()); }

    /** Runs exactly these test files (the file filter does not apply): a selection in the TUI. */
    public void runFiles(List<TestFile> files, String reason) { inbox.add(new Trigger.RunFiles(List.copyOf(files), reason)); }

    /** Whether saves rerun the files they affect (on by default). */
    public void rerunOnSave(boolean on) { rerunOnSave = on; }

    public boolean rerunsOnSave() { return rerunOnSave; }

    /** Keeps only test files whose display path matches this regex (null or blank: all), and runs them. */
    public void filterFiles(String regex) { inbox.add(new Trigger.FileFilter(regex)); }

    /** Runs only tests whose full name matches this JS regex (null or blank: the configured pattern), and reruns. */
    public void filterTests(String pattern) { inbox.add(new Trigger.TestFilter(pattern)); }

    /** Stops watching; the current run, if any, finishes first. */
    public void quit() { inbox.add(new Trigger.Quit()); }

    /** Waits until the session has ended (after {@link #quit()}). */
    public void awaitEnd() throws InterruptedException {
        if (thread != null) thread.join();
    }

    // ---- state, for the user interface ----

    public synchronized List<TestFile> testFiles() {
        return List.copyOf(testFiles.values());
    }

    /** The latest result of each test file, by canonical path. */
    public Map<Path, FileResult> results() {
        return Map.copyOf(results);
    }

    public synchronized String fileFilter() {
        return fileFilter == null ? null : fileFilter.pattern();
    }

    public synchronized String testFilter() {
        return testFilter;
    }

    public ImportGraph graph() {
        return graph;
    }

    // ---- the loop ----

    private void loop(List<TestFile> first) {
        try {
            run("all files", filtered(first));
            while (true) {
                listener.waiting();
                Trigger t = inbox.take();
                if (t instanceof Trigger.Quit) return;
                try {
                    handle(t);
                } catch (RuntimeException e) {
                    listener.problem("tempo failed while watching: " + e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeWatching();
            listener.ended();
        }
    }

    private void handle(Trigger t) {
        switch (t) {
            case Trigger.Changes c -> {
                Debouncer.Burst burst = drainChanges(c.burst());
                List<Change> all = new ArrayList<>(carried);
                all.addAll(burst.changes());
                carried.clear();
                if (rerunOnSave) changed(all, burst.lastAt());
            }
            case Trigger.RunFiles r -> run(r.reason(), r.files());
            case Trigger.RunAll a -> run("all files", filtered(testFiles()));
            case Trigger.RunFailed f -> {
                List<TestFile> failed = testFiles().stream().filter(this::failedLastTime).toList();
                if (failed.isEmpty()) listener.problem("no failed test files to run");
                else run("failed files", failed);
            }
            case Trigger.Rerun r -> run("rerun", lastRun.isEmpty() ? filtered(testFiles()) : lastRun);
            case Trigger.FileFilter f -> {
                try {
                    synchronized (this) {
                        fileFilter = f.regex() == null || f.regex().isBlank() ? null : Pattern.compile(f.regex());
                    }
                } catch (PatternSyntaxException e) {
                    listener.problem("the file filter is not a valid regular expression: " + e.getDescription() + " in " + f.regex());
                    return;
                }
                run(fileFilter == null ? "all files" : "files matching /" + fileFilter.pattern() + "/", filtered(testFiles()));
            }
            case Trigger.TestFilter f -> {
                synchronized (this) {
                    testFilter = f.pattern() == null || f.pattern().isBlank() ? null : f.pattern();
                }
                run(testFilter == null ? "all tests" : "tests matching /" + testFilter + "/", filtered(testFiles()));
            }
            case Trigger.Quit q -> { }
        }
    }

    /** The burst plus every burst that queued up behind it (saves made during the last run), as one. */
    private Debouncer.Burst drainChanges(Debouncer.Burst first) {
        List<Change> all = new ArrayList<>(first.changes());
        long lastAt = first.lastAt();
        while (inbox.peek() instanceof Trigger.Changes more) {
            inbox.poll();
            all.addAll(more.burst().changes());
            lastAt = more.burst().lastAt();
        }
        return new Debouncer.Burst(all, first.firstAt(), lastAt);
    }

    /**
     * Whether a change that matters arrived within the debounce window after {@code lastAt}: the burst was
     * not over. (Any thread: the early rerun asks before each test.)
     */
    private boolean burstContinues(long lastAt) {
        long windowEnd = lastAt + debounce.toNanos();
        for (Trigger t : inbox) {
            if (t instanceof Trigger.Changes c && continues(c.burst(), windowEnd)) return true;
        }
        Debouncer.Burst pending = debouncer.pending();
        return pending != null && continues(pending, windowEnd);
    }

    private boolean continues(Debouncer.Burst burst, long windowEnd) {
        return burst.firstAt() - windowEnd <= 0 && burst.changes().stream().anyMatch(this::matters);
    }

    /**
     * Whether a change reruns something or changes which files are tests. One that does not (say a file a
     * test writes) does not hold a rerun back: it is reported on its own, as unaffected.
     */
    private boolean matters(Change c) {
        if (c.kind() != Change.Kind.MODIFIED) return true;
        Path p = CanonicalPath.of(c.path());
        if (p.equals(root) || AffectedFiles.isConfigFile(p) || !graph.testFilesReaching(p).isEmpty()) return true;
        synchronized (this) {
            return testFiles.containsKey(p);
        }
    }

    /** Waits until the debounce window after {@code lastAt} has passed. */
    private void awaitWindowEnd(long lastAt) {
        long left = lastAt + debounce.toNanos() - System.nanoTime();
        if (left <= 0) return;
        try {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void changed(List<Change> raw, long lastAt) {
        List<Change> changes = raw.stream().map(c -> new Change(CanonicalPath.of(c.path()), c.kind())).distinct().toList();
        boolean config = changes.stream().anyMatch(c -> AffectedFiles.isConfigFile(c.path()) || c.path().equals(root));
        boolean structural = config || changes.stream().anyMatch(c -> c.kind() != Change.Kind.MODIFIED);
        if (!structural && rerunEarly(changes, raw, lastAt)) return;
        awaitWindowEnd(lastAt);
        if (burstContinues(lastAt)) {
            carried.addAll(raw);
            return;
        }
        if (config) {
            PackageJson.clearCache();
            PreparedFile.clearCache();
            try {
                project.reload();
            } catch (Exception e) {
                listener.problem(e.getMessage());
                return;
            }
        }
        Map<Path, TestFile> before = testFilesCopy();
        Map<Path, TestFile> now = before;
        if (structural) {
            try {
                now = index(project.discover());
            } catch (Exception e) {
                listener.problem(e.getMessage());
                return;
            }
        }
        AffectedFiles.Plan plan = AffectedFiles.of(changes, graph, before.keySet(), now.keySet(), loadErrors(), root);
        synchronized (this) {
            testFiles = now;
        }
        if (!plan.removed().isEmpty()) {
            List<TestFile> gone = new ArrayList<>();
            for (Path p : plan.removed()) {
                gone.add(before.get(p));
                graph.remove(p);
                results.remove(p);
            }
            listener.removed(gone);
        }
        if (!plan.unaffected().isEmpty()) listener.unaffected(plan.unaffected());
        if (plan.all()) {
            run(plan.reason(), filtered(List.copyOf(now.values())));
            return;
        }
        List<TestFile> files = new ArrayList<>();
        for (Map.Entry<Path, TestFile> e : now.entrySet()) {
            if (plan.run().contains(e.getKey())) files.add(e.getValue());
        }
        files = filtered(files);
        if (!files.isEmpty()) run(describe(changes), files);
    }

    /**
     * Files were only modified: reruns what they affect now, holding its events back until the debounce
     * window has passed, then shows it, or drops it if the burst went on. False when there is nothing to
     * run (the caller then waits for the window as usual).
     */
    private boolean rerunEarly(List<Change> changes, List<Change> raw, long lastAt) {
        Map<Path, TestFile> now = testFilesCopy();
        AffectedFiles.Plan plan = AffectedFiles.of(changes, graph, now.keySet(), now.keySet(), loadErrors(), root);
        if (plan.all() || !plan.removed().isEmpty()) return false;
        List<TestFile> files = new ArrayList<>();
        for (Map.Entry<Path, TestFile> e : now.entrySet()) {
            if (plan.run().contains(e.getKey())) files.add(e.getValue());
        }
        files = filtered(files);
        if (files.isEmpty()) return false;
        Prepared run = prepare(describe(changes), files);
        List<RunEvent> held = new ArrayList<>();
        RunSummary summary = TestRun.execute(run.request(), List.of(held::add), () -> burstContinues(lastAt));
        awaitWindowEnd(lastAt);
        if (burstContinues(lastAt)) {
            carried.addAll(raw);
            return true;
        }
        if (!plan.unaffected().isEmpty()) listener.unaffected(plan.unaffected());
        lastRun = List.copyOf(files);
        listener.runStarting(run.reason(), lastRun);
        List<RunListener> listeners = listeners();
        for (RunEvent e : held) {
            for (RunListener l : listeners) l.onEvent(e);
        }
        listener.runFinished(summary);
        return true;
    }

    private String describe(List<Change> changes) {
        return relative(changes.getFirst().path()) + " changed" + (changes.size() > 1 ? " (and " + (changes.size() - 1) + " more)" : "");
    }

    private String relative(Path p) {
        return p.startsWith(root) ? root.relativize(p).toString() : p.toString();
    }

    private void run(String reason, List<TestFile> files) {
        if (files.isEmpty()) {
            listener.problem("no test files to run" + (fileFilter() == null ? "" : " (file filter /" + fileFilter() + "/)"));
            return;
        }
        lastRun = List.copyOf(files);
        Prepared run = prepare(reason, lastRun);
        listener.runStarting(run.reason(), lastRun);
        RunSummary summary = TestRun.execute(run.request(), listeners());
        listener.runFinished(summary);
    }

    /** A run and the reason it is shown with. */
    private record Prepared(TestRun.Request request, String reason) {}

    private Prepared prepare(String reason, List<TestFile> files) {
        Path focused = onlyMarkers.firstWithOnly(testFilesCopy().keySet());
        return new Prepared(project.request(files, testFilter(), focused != null), focused == null ? reason
                : reason + "; .only in " + relative(focused) + ": only tests marked .only run");
    }

    /** Fresh reporters for one run, then the session's own record of results and imports. */
    private List<RunListener> listeners() {
        List<RunListener> listeners = new ArrayList<>(project.reporters());
        listeners.add(this::record);
        return listeners;
    }

    private void record(RunEvent e) {
        if (e instanceof RunEvent.FileFinished f) {
            graph.record(f.file().path(), f.result().modules());
            results.put(CanonicalPath.of(f.file().path()), f.result());
        }
    }

    private boolean failedLastTime(TestFile f) {
        FileResult r = results.get(CanonicalPath.of(f.path()));
        return r != null && r.status() != FileResult.FileStatus.PASSED;
    }

    private Set<Path> loadErrors() {
        Set<Path> out = new LinkedHashSet<>();
        results.forEach((p, r) -> {
            if (r.status() == FileResult.FileStatus.LOAD_ERROR) out.add(p);
        });
        return out;
    }

    private synchronized List<TestFile> filtered(List<TestFile> files) {
        if (fileFilter == null) return files;
        return files.stream().filter(f -> fileFilter.matcher(f.displayPath()).find()).toList();
    }

    private synchronized Map<Path, TestFile> testFilesCopy() {
        return new LinkedHashMap<>(testFiles);
    }

    private static Map<Path, TestFile> index(List<TestFile> files) {
        Map<Path, TestFile> m = new LinkedHashMap<>();
        for (TestFile f : files) m.put(CanonicalPath.of(f.path()), f);
        return m;
    }

    private void closeWatching() {
        if (debouncer != null) debouncer.close();
        try {
            if (watcher != null) watcher.close();
        } catch (IOException ignored) {
            // closing is best effort; the process is leaving watch mode
        }
    }

    @Override
    public void close() throws InterruptedException {
        quit();
        awaitEnd();
        closeWatching();
    }
}
