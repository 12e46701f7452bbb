package dev.tempo.engine.report;

import dev.tempo.engine.events.ErrorInfo;
import java.util.Set;

/** One error as bun prints it: the source excerpt, "error: message" (or "TypeError: ..."), the stack. */
public final class ErrorFormat {
    private ErrorFormat() {}

    public static String render(ErrorInfo error, Set<String> userFiles, Ansi ansi) {
        StringBuilder sb = new StringBuilder();
        sb.append(SourceExcerpt.render(SourceExcerpt.userFrame(error, userFiles), ansi));
        String name = error.name() == null || error.name().isEmpty() || error.name().equals("Error")
                || error.name().equals("AssertionError") || error.name().equals("JestAssertionError") ? "error" : error.name();
        sb.append(ansi.red(name)).append(ansi.red(":")).append(' ').append(ansi.text(error.message() == null ? "" : error.message()));
        if (!sb.toString().endsWith("\n")) sb.append('\n');
        if (error.message() != null && error.message().contains("\n")) sb.append('\n');
        for (ErrorInfo.StackFrame f : error.frames()) {
            sb.append(ansi.dim("      at "));
            String where = f.file() + (f.line() > 0 ? ":" + f.line() + ":" + f.column() : "");
            sb.append(ansi.dim((f.function().isEmpty() ? "<anonymous>" : f.function()) + " (" + where + ")")).append('\n');
        }
        return sb.toString();
    }
}
