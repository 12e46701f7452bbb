package dev.tempo.engine.report;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.ErrorInfo.StackFrame;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workflow commands bun adds when running under GitHub Actions: each file's output inside
 * {@code ::group::} / {@code ::endgroup::}, and an {@code ::error} annotation after each failure
 * (file, line and column of the excerpt frame; the heading as title; the rest of the message and
 * the stack as body).
 */
final class GithubActions {
    private static final Pattern TIMEOUT_MS = Pattern.compile("(\\d+)\\s*ms");

    private final Path root;

    GithubActions(Path root) {
        this.root = root;
    }

    static String groupPrefix() {
        return "::group::";
    }

    static String endGroup() {
        return "\n::endgroup::\n";
    }

    /** "\n::error file=a.test.js,line=2,col=30,title=error: ...::body\n" for an error just printed. */
    String error(ErrorInfo e, StackFrame at) {
        String name = e.name() == null ? "" : e.name();
        String message = Ansi.strip(e.message() == null ? "" : e.message());
        int nl = message.indexOf('\n');
        String first = nl < 0 ? message : message.substring(0, nl);
        String rest = nl < 0 ? "" : message.substring(nl + 1).replaceFirst("^\n+", "");
        boolean plain = name.isEmpty() || name.equals("Error") || ErrorPrinter.isMatcherError(name, message);
        String title = message.isEmpty() ? (plain ? "error" : name) : (plain ? "error" : name) + ": " + first;
        List<String> frames = new ArrayList<>();
        for (StackFrame f : e.frames()) frames.add(frameText(f));
        String body = rest + "\n" + String.join("\n", frames);
        StringBuilder sb = new StringBuilder("\n::error ");
        if (at != null) {
            sb.append("file=").append(property(relative(at.file()))).append(",line=").append(at.line())
                    .append(",col=").append(at.column()).append(',');
        }
        sb.append("title=").append(data(title)).append("::").append(data(body)).append('\n');
        return sb.toString();
    }

    /** The annotation bun prints before a timed-out test's line, or "" when the timeout is not known. */
    static String timeout(String testName, String timeoutMessage) {
        Matcher m = TIMEOUT_MS.matcher(timeoutMessage == null ? "" : timeoutMessage);
        if (!m.find()) return "";
        return "::error title=error: Test \"" + data(testName) + "\" timed out after " + m.group(1) + "ms::\n";
    }

    private String relative(String file) {
        try {
            Path p = Path.of(file);
            return p.isAbsolute() && p.startsWith(root) ? root.relativize(p).toString() : file;
        } catch (RuntimeException e) {
            return file;
        }
    }

    private static String frameText(StackFrame f) {
        String fn = f.function() == null ? "" : f.function();
        boolean named = !fn.equals(":program");
        String where = f.file() + (f.line() > 0 ? ":" + f.line() + (f.column() > 0 ? ":" + f.column() : "") : "");
        if (!named) return "      at " + where;
        return "      at " + (fn.isEmpty() ? "<anonymous>" : fn) + " (" + where + ")";
    }

    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
