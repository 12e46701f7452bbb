package dev.tempo.engine.report;

import dev.tempo.engine.events.ErrorInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The lines of user code leading to an error, as bun shows them: up to five lines before the failing
 * one, a right-aligned line-number gutter, and a caret under the failing column.
 */
public final class SourceExcerpt {
    private static final int BEFORE = 5;

    private SourceExcerpt() {}

    /** The first frame inside a user file (one that exists and is not under node_modules), or null. */
    public static ErrorInfo.StackFrame userFrame(ErrorInfo error, Set<String> preferred) {
        ErrorInfo.StackFrame fallback = null;
        for (ErrorInfo.StackFrame f : error.frames()) {
            if (f.line() <= 0 || f.file() == null || !f.file().startsWith("/")) continue;
            if (preferred.contains(f.file())) return f;
            if (fallback == null && !f.file().contains("/node_modules/")) fallback = f;
        }
        return fallback;
    }

    public static String render(ErrorInfo.StackFrame frame, Ansi ansi) {
        if (frame == null) return "";
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(frame.file()));
        } catch (IOException | RuntimeException e) {
            return "";
        }
        if (frame.line() > lines.size()) return "";
        int from = Math.max(1, frame.line() - BEFORE);
        int width = String.valueOf(frame.line()).length();
        StringBuilder sb = new StringBuilder();
        for (int n = from; n <= frame.line(); n++) {
            String gutter = String.format("%" + width + "d | ", n);
            String code = lines.get(n - 1);
            if (n == frame.line()) sb.append(ansi.bold(gutter + code)).append('\n');
            else sb.append(ansi.dim(gutter + code)).append('\n');
        }
        int caret = width + 3 + Math.max(0, frame.column() - 1);
        sb.append(" ".repeat(caret)).append(ansi.red("^")).append('\n');
        return sb.toString();
    }
}
