package dev.tempo.engine.report;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.TestResult;
import dev.tempo.engine.events.TestStatus;
import java.util.List;

/**
 * A test's result line, as bun prints it after the test's errors:
 *
 * <pre>
 * (pass) outer &gt; inner &gt; nested works [0.04ms]
 * (fail) timeout [50.21ms]
 *   ^ this test timed out after 50ms.
 * (skip) grp &gt; skipped
 * (todo) later
 * (pass) retried (attempt 3) [0.02ms]
 * (pass) order dependent [1.20ms]
 *   ^ flaky: failed in the full run, passes in isolation
 * </pre>
 *
 * With colour the status is a symbol (✓ green, ✗ red, » yellow, ✎ magenta), the describe path plain
 * with dim separators and the name bold; skipped and todo lines are dim throughout.
 */
public final class TestLine {
    static final String TIMEOUT_ERROR = "TimeoutError";
    /** A failing/todo test that passed: not an error with a stack, a note under the line. */
    static final String STATUS_MARKER = "StatusMarker";
    static final String FLAKY_NOTE = "flaky: failed in the full run, passes in isolation";

    private TestLine() {}

    /** The line (and for a timeout the "^ timed out" line under it), newline-terminated. */
    public static String render(TestResult r, Ansi a) {
        StringBuilder sb = new StringBuilder(status(r.status(), a));
        boolean dim = r.status() == TestStatus.SKIP || r.status() == TestStatus.TODO;
        boolean ran = r.status() != TestStatus.SKIP && (r.status() != TestStatus.TODO || r.durationMillis() > 0);
        for (String scope : r.id().describes()) {
            if (scope.isEmpty()) continue;
            sb.append(' ').append(a.fmt(dim ? "<r><d>" : "<r>")).append(scope).append(a.fmt("<d>")).append(" >");
        }
        String name = r.id().name();
        sb.append(a.fmt(dim ? "<r><d> " : "<r><b> ")).append(name).append(a.fmt("<r>"));
        if (r.attempt() > 1) sb.append(a.fmt(" <d>")).append("(attempt ").append(r.attempt()).append(')').append(a.fmt("<r>"));
        if (ran) {
            String duration = Durations.test(r.durationMillis(), a);
            if (!duration.isEmpty()) sb.append(' ').append(duration);
        }
        sb.append('\n');
        if (r.status() == TestStatus.FAIL && r.timedOut()) {
            sb.append("  ").append(a.fmt("<d>^<r> <red>")).append(timeoutMessage(r.errors())).append(a.fmt("<r>")).append('\n');
        }
        if (r.flaky()) {
            sb.append("  ").append(a.fmt("<d>^<r> <yellow>")).append(FLAKY_NOTE).append(a.fmt("<r>")).append('\n');
        }
        for (ErrorInfo e : r.errors()) {
            if (STATUS_MARKER.equals(e.name())) {
                sb.append("  ").append(a.fmt("<d>^<r> <red>")).append(Ansi.strip(e.message())).append(a.fmt("<r>")).append('\n');
            }
        }
        return sb.toString();
    }

    /** One dot of the dots reporter, for a test that did not fail. */
    public static String dot(TestStatus status, Ansi a) {
        return switch (status) {
            case PASS -> a.fmt("<r><pass>.<r>");
            case SKIP -> a.fmt("<r><skip>.<d>");
            case TODO -> a.fmt("<r><todo>.<r>");
            case FAIL -> a.fmt("<r><fail>.<r>");
        };
    }

    /** Whether an error is the timeout itself (reported on the test line, not as an error). */
    public static boolean isTimeout(TestResult r, ErrorInfo e) {
        return r.timedOut() && TIMEOUT_ERROR.equals(e.name());
    }

    /** Whether an error is shown as a note under the test line rather than as an error block. */
    public static boolean isNote(TestResult r, ErrorInfo e) {
        return isTimeout(r, e) || STATUS_MARKER.equals(e.name());
    }

    private static String status(TestStatus s, Ansi a) {
        if (a.on()) {
            return switch (s) {
                case PASS -> a.fmt("<r><pass>✓<r>");
                case FAIL -> a.fmt("<r><fail>✗<r>");
                case SKIP -> a.fmt("<r><skip>»<d>");
                case TODO -> a.fmt("<r><todo>✎<r>");
            };
        }
        return switch (s) {
            case PASS -> "(pass)";
            case FAIL -> "(fail)";
            case SKIP -> "(skip)";
            case TODO -> "(todo)";
        };
    }

    private static String timeoutMessage(List<ErrorInfo> errors) {
        for (ErrorInfo e : errors) {
            if (TIMEOUT_ERROR.equals(e.name()) && e.message() != null && !e.message().isEmpty()) return Ansi.strip(e.message());
        }
        return "this test timed out.";
    }
}
