package dev.tempo.engine.report;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.ErrorInfo.StackFrame;
import java.nio.file.Path;
import java.util.List;

/**
 * One error as bun prints it under a test or in an "Unhandled error between tests" block:
 *
 * <pre>
 * 4 |   const a = 1;
 * 5 |   expect(a).toBe(2);
 *                 ^
 * error: expect(received).toBe(expected)
 *
 * Expected: 2
 * Received: 1
 *
 *       at &lt;anonymous&gt; (/abs/fail.test.js:5:13)
 * </pre>
 *
 * The excerpt comes from the first frame whose file can be read. The heading is {@code error: message}
 * for a plain {@code Error} (and for tempo's matcher errors), {@code Name: message} otherwise;
 * {@code Error: } with an empty message, a bare {@code error} for a thrown value without name or
 * message; a thrown value without location (a rejected promise) follows the heading as printed. A frame whose function is empty is an anonymous function ({@code <anonymous>}); a frame
 * named {@code :program} is module top-level code and prints without a function.
 */
public final class ErrorPrinter {
    static final String DASHES = "-------------------------------";

    private final Ansi a;
    private final String rootPrefix;
    private final SourceExcerpt excerpts;
    private final GithubActions github;

    public ErrorPrinter(Ansi ansi, Path projectRoot, SourceExcerpt excerpts) {
        this(ansi, projectRoot, excerpts, null);
    }

    /** With {@code github} set, each error is followed by its ::error annotation. */
    ErrorPrinter(Ansi ansi, Path projectRoot, SourceExcerpt excerpts, GithubActions github) {
        this.a = ansi;
        String root = projectRoot == null ? "" : projectRoot.toAbsolutePath().normalize().toString();
        this.rootPrefix = root.isEmpty() || root.endsWith("/") ? root : root + "/";
        this.excerpts = excerpts;
        this.github = github;
    }

    /** Excerpt, heading, message and stack of an error thrown by a test, a hook or a module. */
    public String error(ErrorInfo e) {
        StringBuilder sb = new StringBuilder();
        StackFrame at = excerptFrame(e.frames());
        if (at != null) sb.append(excerpts.render(at.file(), at.line(), at.column()));
        sb.append(heading(e));
        if (e.thrown() != null) sb.append(a.text(e.thrown())).append('\n');
        sb.append(frames(e.frames()));
        if (github != null) sb.append(github.error(e, at));
        return sb.toString();
    }

    /** The source lines above the first readable frame, with the caret (as above an error), or "". */
    public String excerpt(List<StackFrame> frames) {
        StackFrame at = excerptFrame(frames);
        return at == null ? "" : excerpts.render(at.file(), at.line(), at.column());
    }

    /** The "      at fn (file:line:col)" lines of these frames. */
    public String frames(List<StackFrame> frames) {
        StringBuilder sb = new StringBuilder();
        for (StackFrame f : frames) sb.append(frame(f));
        return sb.toString();
    }

    /**
     * A file that does not parse, the way bun shows a build error: the one failing line, the caret,
     * "error: message" and a single "    at file:line:col".
     */
    public String parseError(ErrorInfo e) {
        StringBuilder sb = new StringBuilder();
        StackFrame at = e.frames().stream().filter(f -> f.line() > 0).findFirst().orElse(null);
        if (at != null) sb.append(excerpts.renderParseError(at.file(), at.line(), at.column()));
        String message = e.message() == null ? "" : e.message();
        sb.append(a.fmt("<red>error<r><d>: <r><b>")).append(a.text(message)).append(a.fmt("<r>")).append('\n');
        if (at != null) {
            sb.append("    ").append(a.fmt("<d>at <r><cyan>")).append(at.file()).append(a.fmt("<r>"))
                    .append(a.fmt("<d>:<r><yellow>")).append(at.line()).append(a.fmt("<r>"));
            if (at.column() > 0) sb.append(a.fmt("<d>:<r><yellow>")).append(at.column()).append(a.fmt("<r>"));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The block bun prints for an error that belongs to no test, including a file that failed to load. */
    public String unhandledBlock(ErrorInfo e) {
        String body = isParseError(e) ? parseError(e) : error(e);
        return a.fmt("<r>") + "\n"
                + a.fmt("<b><d>#<r> <red><b>Unhandled error<r><d> between tests<r>") + "\n"
                + a.fmt("<d>") + DASHES + a.fmt("<r>") + "\n"
                + body
                + a.fmt("<r><d>") + DASHES + a.fmt("<r>") + "\n\n";
    }

    /** Whether a load error is a file that does not parse (shown as a build error rather than a thrown one). */
    public static boolean isParseError(ErrorInfo e) {
        return "SyntaxError".equals(e.name());
    }

    /** The frame the excerpt is taken from: the first one whose file can be read, or null. */
    StackFrame excerptFrame(List<StackFrame> frames) {
        for (StackFrame f : frames) {
            if (excerpts.has(f.file(), f.line())) return f;
        }
        return null;
    }

    String heading(ErrorInfo e) {
        String name = e.name() == null ? "" : e.name();
        String message = e.message() == null ? "" : e.message();
        if (message.isEmpty()) {
            String shown = name.isEmpty() ? "error" : name;
            return a.fmt("<r><red>") + shown + a.fmt("<r>") + (name.isEmpty() ? "" : a.fmt("<d>:<r>") + " ") + "\n";
        }
        String shown = name.isEmpty() || name.equals("Error") || isMatcherError(name, message) ? "error" : name;
        return a.fmt("<r><red>") + shown + a.fmt("<r><d>:<r> <b>") + a.text(matcherMessage(message)) + a.fmt("<r>") + "\n";
    }

    /**
     * bun's matcher messages end with a newline, which leaves a blank line before the stack; a multi-line
     * "expect(...)" message without it gets one, so the layout holds whoever wrote the message.
     */
    static String matcherMessage(String message) {
        if (message.endsWith("\n") || message.indexOf('\n') < 0) return message;
        String plain = Ansi.strip(message);
        return plain.startsWith("expect(") && !plain.endsWith("\n") ? message + "\n" : message;
    }

    /** tempo's expect may name its errors; bun's are plain Errors whose message starts with "expect(". */
    static boolean isMatcherError(String name, String message) {
        return (name.equals("AssertionError") || name.equals("JestAssertionError"))
                && Ansi.strip(message).startsWith("expect(");
    }

    String frame(StackFrame f) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.fmt("<r>      <d>at <r>"));
        String fn = f.function() == null ? "" : f.function();
        boolean named = !fn.equals(":program");
        if (named) {
            if (fn.isEmpty() || fn.equals("<anonymous>")) sb.append(a.fmt("<r><d><anonymous><r>"));
            else sb.append(a.fmt("<r><b><i>")).append(fn).append(a.fmt("<r>"));
            sb.append(a.fmt("<d> (<r>"));
        }
        sb.append(location(f));
        if (named) sb.append(a.fmt("<d>)<r>"));
        return sb.append('\n').toString();
    }

    private String location(StackFrame f) {
        String file = f.file() == null ? "" : f.file();
        StringBuilder sb = new StringBuilder();
        if (!rootPrefix.isEmpty() && file.startsWith(rootPrefix) && file.length() > rootPrefix.length()) {
            sb.append(a.fmt("<r><cyan><d>")).append(rootPrefix).append(a.fmt("<r><cyan>"))
                    .append(file.substring(rootPrefix.length())).append(a.fmt("<r>"));
        } else {
            sb.append(a.fmt("<r><cyan>")).append(file).append(a.fmt("<r>"));
        }
        if (f.line() > 0) {
            sb.append(a.fmt("<d>:<r><yellow>")).append(f.line()).append(a.fmt("<r>"));
            if (f.column() > 0) sb.append(a.fmt("<d>:<yellow>")).append(f.column()).append(a.fmt("<r>"));
        }
        return sb.toString();
    }
}
