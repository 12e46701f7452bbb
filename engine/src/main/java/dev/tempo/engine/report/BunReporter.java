package dev.tempo.engine.report;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.events.TestResult;
import dev.tempo.engine.events.TestStatus;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The default console reporter, printing what {@code bun test} prints.
 *
 * <ul>
 *   <li>stdout: the header line {@code tempo test v0.1.0}, and what tests write to stdout;</li>
 *   <li>stderr: per file a blank line and {@code path:}, then in order the test's console output, each
 *       failing test's errors (source excerpt, heading, stack) followed by its result line, errors between
 *       tests and load failures as "# Unhandled error between tests" blocks; then, when more than 20
 *       tests passed, the skipped, todo and failed lines again; then the summary.</li>
 * </ul>
 *
 * Files running in parallel are printed one whole block at a time in the order they finish. With
 * --only-failures passing tests print nothing and a file's heading appears only when something of the
 * file is printed. See {@code FORMAT.md} for the exact shapes.
 */
public class BunReporter implements RunListener {
    private final ReporterOptions options;
    private final boolean dots;
    private final Ansi a;
    private final PrintStream out;
    private final PrintStream err;
    private final ErrorPrinter errors;
    private final GithubActions github;
    private final FileBlocks blocks = new FileBlocks();

    private final StringBuilder skips = new StringBuilder();
    private final StringBuilder todos = new StringBuilder();
    private final StringBuilder failures = new StringBuilder();

    /** The last thing printed on stderr was a dot: the line must be ended before anything else. */
    private boolean afterDot;
    private TestFile current;
    private boolean headerShown;

    public BunReporter(ReporterOptions options) {
        this(options, false);
    }

    BunReporter(ReporterOptions options, boolean dots) {
        this.options = options;
        this.dots = dots;
        this.a = options.ansi();
        this.out = options.out();
        this.err = options.err();
        this.github = options.githubActions() ? new GithubActions(options.projectRoot()) : null;
        this.errors = new ErrorPrinter(a, options.projectRoot(), new SourceExcerpt(a), github);
    }

    @Override
    public synchronized void onEvent(RunEvent event) {
        switch (event) {
            case RunEvent.RunStarted s -> {
                out.print(a.fmt("<r><b>tempo test <r><d>v") + options.version() + a.fmt("<r>") + "\n");
                out.flush();
            }
            case RunEvent.FileStarted f -> blocks.start(f.file());
            case RunEvent.TestStarted t -> { }
            case RunEvent.TestFinished t -> blocks.add(t.file(), t);
            case RunEvent.ConsoleOutput c -> {
                if (c.file() == null) write(c.stream(), c.text());
                else blocks.add(c.file(), c);
            }
            case RunEvent.UnhandledError u -> blocks.add(u.file(), u);
            case RunEvent.FileFinished f -> print(blocks.finish(f));
            case RunEvent.RunFinished r -> finish(r.summary());
        }
    }

    private void print(FileBlocks.Block block) {
        current = block.file();
        headerShown = false;
        if (!lazyHeader()) header();
        List<ErrorInfo> shown = new ArrayList<>();
        for (RunEvent e : block.events()) {
            switch (e) {
                case RunEvent.ConsoleOutput c -> {
                    beforePrint();
                    write(c.stream(), c.text());
                }
                case RunEvent.TestFinished t -> test(t.result());
                case RunEvent.UnhandledError u -> {
                    beforePrint();
                    err.print(errors.unhandledBlock(u.error()));
                    shown.add(u.error());
                }
                case RunEvent.FileFinished f -> loadError(f.result(), shown);
                default -> { }
            }
        }
        if (github != null && headerShown) err.print(GithubActions.endGroup());
        err.flush();
    }

    private void loadError(FileResult result, List<ErrorInfo> shown) {
        ErrorInfo e = result.loadError();
        if (e == null || shown.contains(e)) return;
        beforePrint();
        err.print(errors.unhandledBlock(e));
    }

    private void test(TestResult r) {
        boolean failed = r.status() == TestStatus.FAIL;
        if (dots && !failed) {
            err.print(TestLine.dot(r.status(), a));
            afterDot = true;
            return;
        }
        if (options.onlyFailures() && !failed) return;
        beforePrint();
        for (ErrorInfo e : r.earlierErrors()) {
            if (!TestLine.STATUS_MARKER.equals(e.name())) err.print(errors.error(e));
        }
        if (failed || r.status() == TestStatus.TODO) {
            for (ErrorInfo e : r.errors()) {
                if (TestLine.isNote(r, e)) continue;
                err.print(errors.error(e));
            }
            if (github != null && r.timedOut()) {
                err.print(GithubActions.timeout(r.id().name(), r.errors().stream()
                        .filter(e -> TestLine.isTimeout(r, e)).map(ErrorInfo::message).findFirst().orElse("")));
            }
        }
        String line = TestLine.render(r, a);
        err.print(line);
        if (!dots && !options.onlyFailures()) {
            switch (r.status()) {
                case SKIP -> skips.append(line);
                case TODO -> todos.append(line);
                case FAIL -> failures.append(line);
                case PASS -> { }
            }
        }
    }

    /** Ends a line of dots and shows the file's heading if it is not shown yet. */
    private void beforePrint() {
        if (afterDot) {
            err.print(a.fmt("<r>") + "\n");
            afterDot = false;
        }
        if (!headerShown) header();
    }

    private void header() {
        headerShown = true;
        err.print(a.fmt("<r>") + "\n" + (github != null ? GithubActions.groupPrefix() : "") + current.displayPath() + ":" + (current.run() > 0 ? " (run #" + current.run() + ")" : "") + "\n");
    }

    private boolean lazyHeader() {
        return dots || options.onlyFailures();
    }

    private void finish(RunSummary summary) {
        for (FileBlocks.Block block : blocks.drain()) print(block);
        if (summary.bailed()) {
            err.print(SummaryBlock.bailed(summary, a));
        } else if (summary.matchedNothing() && options.testNamePattern() != null) {
            err.print(SummaryBlock.matchedNothing(summary, options.testNamePattern(), a));
        } else {
            if (summary.pass() > 20 && !dots && !options.onlyFailures()) {
                err.print(SummaryBlock.repeats(summary, skips.toString(), todos.toString(), failures.toString(), a));
            }
            err.print(SnapshotSummary.render(summary.snapshots(), options.projectRoot(), a));
            err.print(SummaryBlock.render(summary, dots, a));
        }
        err.flush();
        out.flush();
    }

    private void write(RunEvent.Stream stream, String text) {
        if (text == null || text.isEmpty()) return;
        PrintStream target = stream == RunEvent.Stream.STDOUT ? out : err;
        target.print(text);
        target.flush();
    }
}
