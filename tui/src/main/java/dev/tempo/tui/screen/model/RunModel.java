package dev.tempo.tui.screen.model;

import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.events.TestResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the screen shows about the session's runs, built only from run events and the watch
 * session's notices. Owned by the UI thread: nothing else calls it.
 */
public final class RunModel {
    private final Map<String, FileState> files = new LinkedHashMap<>();
    private boolean running;
    private String reason = "";
    private long runStartedAt;
    private long runEndedAt;
    private String notice;
    private Long seed;

    /** The project's test files, in display order; known states are kept. */
    public void setFiles(List<TestFile> all) {
        Map<String, FileState> next = new LinkedHashMap<>();
        for (TestFile f : all.stream().sorted(java.util.Comparator.comparing(TestFile::displayPath)).toList()) {
            FileState known = files.get(f.displayPath());
            next.put(f.displayPath(), known != null ? known : new FileState(f));
        }
        files.clear();
        files.putAll(next);
    }

    public void runStarting(String reason, List<TestFile> run, long now) {
        this.reason = reason;
        running = true;
        runStartedAt = now;
        notice = null;
        for (TestFile f : run) {
            FileState s = files.computeIfAbsent(f.displayPath(), k -> new FileState(f));
            s.reset(Status.QUEUED);
        }
    }

    public void runFinished(RunSummary summary, long now) {
        running = false;
        runEndedAt = now;
        if (summary != null) seed = summary.seed();
        for (FileState s : files.values()) {
            if (s.status.isActive()) s.status = Status.IDLE; // a bail left it unrun
        }
    }

    public void removed(List<TestFile> gone) {
        for (TestFile f : gone) files.remove(f.displayPath());
    }

    public void notice(String message) {
        notice = message;
    }

    public void apply(RunEvent e) {
        switch (e) {
            case RunEvent.FileStarted s -> file(s.file()).reset(Status.RUNNING);
            case RunEvent.TestStarted s -> {
                TestState t = file(s.file()).test(s.test());
                t.status = Status.RUNNING;
                t.errors = List.of();
                t.console.setLength(0);
            }
            case RunEvent.TestFinished f -> finish(file(f.file()), f.result());
            case RunEvent.ConsoleOutput c -> {
                FileState fs = file(c.file());
                (c.test() == null ? fs.console : fs.test(c.test()).console).append(c.text());
            }
            case RunEvent.UnhandledError u -> file(u.file()).unhandled.add(u.error());
            case RunEvent.FileFinished f -> finish(file(f.file()), f.result());
            case RunEvent.RunStarted r -> { }
            case RunEvent.RunFinished r -> { }
        }
    }

    private void finish(FileState fs, TestResult r) {
        TestState t = fs.test(r.id());
        t.status = switch (r.status()) {
            case PASS -> Status.PASS;
            case FAIL -> Status.FAIL;
            case SKIP -> Status.SKIP;
            case TODO -> Status.TODO;
        };
        t.durationMillis = r.durationMillis();
        t.errors = r.errors();
        t.line = r.line();
        switch (t.status) {
            case PASS -> fs.pass++;
            case FAIL -> fs.fail++;
            case SKIP -> fs.skip++;
            case TODO -> fs.todo++;
            default -> { }
        }
    }

    private void finish(FileState fs, FileResult r) {
        fs.durationMillis = r.durationMillis();
        fs.loadError = r.loadError();
        fs.pass = r.pass();
        fs.fail = r.fail();
        fs.skip = r.skip();
        fs.todo = r.todo();
        fs.status = r.status() == FileResult.FileStatus.PASSED ? Status.PASS : Status.FAIL;
        for (TestState t : fs.tests.values()) {
            if (t.status == Status.RUNNING) t.status = Status.FAIL; // cut short by a crash
        }
    }

    private FileState file(TestFile f) {
        return files.computeIfAbsent(f.displayPath(), k -> new FileState(f));
    }

    public List<FileState> files() {
        return new ArrayList<>(files.values());
    }

    public FileState file(String displayPath) {
        return files.get(displayPath);
    }

    public boolean running() { return running; }
    public String reason() { return reason; }
    public String notice() { return notice; }
    public Long seed() { return seed; }

    /** Milliseconds the current run has taken, or the last one took. */
    public long elapsed(long now) {
        if (runStartedAt == 0) return 0;
        return (running ? now : runEndedAt) - runStartedAt;
    }

    /** Tests passed, failed, skipped and todo, and files failed, over the latest result of every file. */
    public Totals totals() {
        int pass = 0, fail = 0, skip = 0, todo = 0, filesFailed = 0, filesDone = 0;
        for (FileState s : files.values()) {
            pass += s.pass;
            fail += s.fail;
            skip += s.skip;
            todo += s.todo;
            if (s.status == Status.FAIL) filesFailed++;
            if (s.status == Status.PASS || s.status == Status.FAIL) filesDone++;
        }
        return new Totals(pass, fail, skip, todo, filesFailed, filesDone, files.size());
    }

    public record Totals(int pass, int fail, int skip, int todo, int filesFailed, int filesDone, int files) {}
}
