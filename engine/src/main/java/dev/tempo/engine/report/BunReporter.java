package dev.tempo.engine.report;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.FileResult;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.events.RunSummary;
import dev.tempo.engine.events.TestResult;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The default reporter, in bun's format: a header, then per file (printed whole when the file ends)
 * "path:" and one line per test, each failure's source excerpt and error before its line, load errors
 * as "Unhandled error between tests" blocks, and the closing summary. Results go to stderr and what
 * tests log to stdout, as bun does.
 */
public final class BunReporter implements RunListener {
    private final ReporterOptions options;
    private final Ansi ansi;
    private final Map<String, StringBuilder> blocks = new HashMap<>();

    public BunReporter(ReporterOptions options) {
        this.options = options;
        this.ansi = new Ansi(options.color());
    }

    @Override
    public void onEvent(RunEvent event) {
        switch (event) {
            case RunEvent.RunStarted s -> options.out().println(ansi.bold("tempo test ") + ansi.dim("v" + options.version()));
            case RunEvent.FileStarted f -> blocks.put(f.file().displayPath(), new StringBuilder());
            case RunEvent.TestFinished t -> test(block(t.file()), t.file(), t.result());
            case RunEvent.ConsoleOutput c -> {
                // Console output is passed through as it happens, like bun (it is not part of the file's block).
                if (c.stream() == RunEvent.Stream.STDERR) options.err().print(c.text());
                else options.out().print(c.text());
                options.out().flush();
            }
            case RunEvent.UnhandledError u -> unhandled(block(u.file()), u.file(), u.error());
            case RunEvent.FileFinished f -> fileFinished(f);
            case RunEvent.RunFinished r -> summary(r.summary());
            default -> { }
        }
    }

    private StringBuilder block(RunEvent.TestFile file) {
        return blocks.computeIfAbsent(file.displayPath(), k -> new StringBuilder());
    }

    private void test(StringBuilder sb, RunEvent.TestFile file, TestResult r) {
        if (options.onlyFailures() && r.status() != dev.tempo.engine.events.TestStatus.FAIL) return;
        for (ErrorInfo e : r.errors()) {
            if (r.timedOut() && e.name().equals("TimeoutError")) continue;
            sb.append(ErrorFormat.render(e, Set.of(file.path().toString()), ansi));
        }
        String name = r.id().fullName();
        String styled = r.id().describes().isEmpty() ? name
                : ansi.dim(String.join(" > ", r.id().describes()) + " >") + " " + r.id().name();
        String duration = r.durationMillis() > 0 || r.status() == dev.tempo.engine.events.TestStatus.PASS
                || r.status() == dev.tempo.engine.events.TestStatus.FAIL ? " " + ansi.dim("[" + Durations.millis(r.durationMillis()) + "]") : "";
        switch (r.status()) {
            case PASS -> sb.append(ansi.on() ? ansi.green("✓") : "(pass)").append(' ').append(styled).append(duration);
            case FAIL -> sb.append(ansi.on() ? ansi.red("✗") : "(fail)").append(' ').append(styled).append(duration);
            case SKIP -> sb.append(ansi.on() ? ansi.yellow("»") : "(skip)").append(' ').append(styled);
            case TODO -> sb.append(ansi.on() ? ansi.magenta("✎") : "(todo)").append(' ').append(styled).append(r.durationMillis() > 0 ? duration : "");
        }
        sb.append('\n');
        if (r.timedOut()) {
            for (ErrorInfo e : r.errors()) {
                if (e.name().equals("TimeoutError")) sb.append(ansi.red("  ^ " + e.message())).append('\n');
            }
        }
    }

    private void unhandled(StringBuilder sb, RunEvent.TestFile file, ErrorInfo error) {
        sb.append('\n').append(ansi.red("# Unhandled error between tests")).append('\n');
        sb.append(ansi.red("-------------------------------")).append('\n');
        sb.append(ErrorFormat.render(error, Set.of(file.path().toString()), ansi));
        sb.append(ansi.red("-------------------------------")).append('\n').append('\n');
    }

    private void fileFinished(RunEvent.FileFinished f) {
        StringBuilder sb = blocks.remove(f.file().displayPath());
        if (sb == null) sb = new StringBuilder();
        FileResult result = f.result();
        if (result.loadError() != null) unhandled(sb, f.file(), result.loadError());
        if (options.onlyFailures() && sb.length() == 0) return;
        options.err().print("\n" + f.file().displayPath() + ":\n" + sb);
        options.err().flush();
    }

    private void summary(RunSummary s) {
        StringBuilder sb = new StringBuilder("\n");
        sb.append(' ').append(ansi.green(s.pass() + " pass")).append('\n');
        if (s.skip() > 0) sb.append(' ').append(ansi.yellow(s.skip() + " skip")).append('\n');
        if (s.todo() > 0) sb.append(' ').append(ansi.magenta(s.todo() + " todo")).append('\n');
        int fails = s.fail() + s.loadErrors() + s.unhandledErrors();
        sb.append(' ').append(fails > 0 ? ansi.red(fails + " fail") : fails + " fail").append('\n');
        int errors = s.loadErrors() + s.unhandledErrors();
        if (errors > 0) sb.append(' ').append(ansi.red(errors + (errors == 1 ? " error" : " errors"))).append('\n');
        if (s.expectCalls() > 0) sb.append(' ').append(s.expectCalls()).append(" expect() calls").append('\n');
        int tests = s.tests() + s.loadErrors();
        sb.append("Ran ").append(tests).append(tests == 1 ? " test" : " tests").append(" across ")
                .append(s.files()).append(s.files() == 1 ? " file" : " files").append(". ")
                .append(ansi.dim("[" + Durations.millis(Math.round(s.durationMillis())) + "]")).append('\n');
        if (s.bailed()) sb.append("Bailed out after ").append(fails).append(fails == 1 ? " failure" : " failures").append('\n');
        options.err().print(sb);
        options.err().flush();
    }
}
