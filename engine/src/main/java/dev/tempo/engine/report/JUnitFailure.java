package dev.tempo.engine.report;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.ErrorInfo.StackFrame;
import dev.tempo.engine.events.TestResult;
import java.nio.file.Path;

/**
 * A failed test case's {@code <failure>} element as bun writes it: {@code type} the first error's name
 * ({@code AssertionError} for matcher errors, {@code Error} when nameless), {@code message} its message
 * without colour (left out when empty), and as text every error's {@code Name: message} followed by
 * its stack with paths relative to the project root. A timeout is only
 * {@code <failure type="TimeoutError" message="test timed out" />}.
 */
final class JUnitFailure {
    private final Path root;

    JUnitFailure(Path root) {
        this.root = root;
    }

    /** The {@code <failure ...>} element of a failed test case. */
    String element(TestResult r) {
        if (r.timedOut()) return "<failure type=\"TimeoutError\" message=\"test timed out\" />";
        String type = "";
        String message = "";
        StringBuilder body = new StringBuilder();
        for (ErrorInfo e : r.errors()) {
            String name = e.name() == null ? "" : e.name();
            String text = Ansi.strip(ErrorPrinter.matcherMessage(e.message() == null ? "" : e.message()));
            String header = isAssertion(name, text) ? "AssertionError" : name;
            if (type.isEmpty()) type = header;
            if (message.isEmpty()) message = text;
            if (!body.isEmpty()) body.append('\n');
            body.append(header.isEmpty() && text.isEmpty() ? "error"
                    : header.isEmpty() ? text : text.isEmpty() ? header : header + ": " + text).append('\n');
            for (StackFrame f : e.frames()) body.append(frame(f));
        }
        StringBuilder sb = new StringBuilder("<failure type=\"").append(XmlText.escape(type.isEmpty() ? "Error" : type)).append('"');
        if (!message.isEmpty()) sb.append(" message=\"").append(XmlText.escape(message)).append('"');
        if (body.isEmpty()) return sb.append(" />").toString();
        return sb.append('>').append(XmlText.escape(body.toString())).append("</failure>").toString();
    }

    private static boolean isAssertion(String name, String message) {
        return message.startsWith("expect(") && (name.isEmpty() || name.equals("Error") || name.equals("AssertionError")
                || name.equals("JestAssertionError"));
    }

    private String frame(StackFrame f) {
        String fn = f.function() == null ? "" : f.function();
        boolean named = !fn.isEmpty() && !fn.equals("<anonymous>") && !fn.equals(":program");
        String file = relative(f.file() == null ? "" : f.file());
        if (file.isEmpty() && !named) return "";
        StringBuilder sb = new StringBuilder("      at ");
        if (named) sb.append(fn).append(" (");
        sb.append(file);
        if (f.line() > 0) {
            sb.append(':').append(f.line());
            if (f.column() > 0) sb.append(':').append(f.column());
        }
        if (named) sb.append(')');
        return sb.append('\n').toString();
    }

    private String relative(String file) {
        try {
            Path p = Path.of(file);
            return p.isAbsolute() && p.startsWith(root) && !p.equals(root) ? root.relativize(p).toString() : file;
        } catch (RuntimeException e) {
            return file;
        }
    }
}
