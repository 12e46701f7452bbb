package dev.tempo.engine.run;

import dev.tempo.engine.events.ErrorInfo;
import dev.tempo.engine.events.ErrorInfo.StackFrame;
import dev.tempo.engine.module.ModuleFileSystem;
import dev.tempo.engine.module.PreparedFile;
import dev.tempo.engine.module.SourceMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/**
 * Reads stack text ("    at fn (/p/a.ts:3:5)") into frames, leaving out tempo's own frames. Stack text
 * carries the positions the user wrote: JS stacks are mapped as they are made (runtime/stacks.js, through
 * {@link #originalFrame}), and {@link #stackText} maps the host's. The last frame, when it has no function
 * ("    at /p/a.ts:3:5"), is module top-level code and gets the function name {@code :program}.
 */
public final class StackTraces {
    private static final Pattern WITH_FN = Pattern.compile("^\\s*at (?:async )?(.*?) \\((.*):(\\d+):(\\d+)\\)\\s*$");
    private static final Pattern BARE = Pattern.compile("^\\s*at (?:async )?(.*):(\\d+):(\\d+)\\s*$");

    private StackTraces() {}

    public static List<StackFrame> frames(String stack) {
        List<StackFrame> out = new ArrayList<>();
        if (stack == null) return out;
        Map<String, List<String>> sources = new HashMap<>();
        String[] lines = stack.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String fn, file;
            int ln, col;
            Matcher m = WITH_FN.matcher(line);
            if (m.matches()) {
                fn = m.group(1);
                file = m.group(2);
                ln = Integer.parseInt(m.group(3));
                col = Integer.parseInt(m.group(4));
            } else {
                Matcher b = BARE.matcher(line);
                if (!b.matches()) continue;
                // GraalJS writes both anonymous functions and top-level code (an ES module's body) without
                // a function. Top-level code has nothing below it; bun prints it without a function.
                fn = i == lines.length - 1 ? ":program" : "";
                file = b.group(1);
                ln = Integer.parseInt(b.group(2));
                col = Integer.parseInt(b.group(3));
            }
            if (file.startsWith("tempo:") || file.startsWith(ModuleFileSystem.VIRTUAL) || file.startsWith("file://" + ModuleFileSystem.VIRTUAL)) continue;
            if (file.startsWith("file://")) file = file.substring("file://".length());
            file = ModuleFileSystem.withoutFresh(file);
            col = pastNew(sources, file, ln, col);
            out.add(new StackFrame(fn.equals("<anonymous>") || fn.equals("Object.<anonymous>") ? "" : fn, file, ln, col));
        }
        return out;
    }

    /**
     * GraalJS places a {@code new X(...)} at {@code new}; bun (JavaScriptCore) at {@code X}. Moves the
     * column there when the source line has {@code new} at it.
     */
    private static int pastNew(Map<String, List<String>> sources, String file, int line, int col) {
        if (line <= 0 || col <= 0 || !file.startsWith("/")) return col;
        List<String> lines = sources.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        if (line > lines.size()) return col;
        String text = lines.get(line - 1);
        int i = col - 1;
        if (!text.startsWith("new", i) || i + 3 >= text.length() || !Character.isWhitespace(text.charAt(i + 3))) return col;
        if (i > 0 && Character.isJavaIdentifierPart(text.charAt(i - 1))) return col;
        int j = i + 3;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
        return j < text.length() ? j + 1 : col;
    }

    /**
     * Where a frame of generated code at {@code file:line:column} is in the file the user wrote: its path
     * without the suffixes tempo's module loader adds, line 1's columns without a CommonJS wrapper's opening,
     * and the source-mapped position of a transpiled file. Null when the file is shown as it is (no map, no
     * suffix, no wrapper), so a caller can remember that.
     */
    public static Object[] originalFrame(String file, int line, int column) {
        String path = file.startsWith("file://") ? file.substring("file://".length()) : file;
        path = ModuleFileSystem.withoutFresh(path);
        if (path.endsWith(ModuleFileSystem.ACTUAL)) path = path.substring(0, path.length() - ModuleFileSystem.ACTUAL.length());
        boolean wrapped = path.startsWith("/") && CompiledCommonJs.isWrapped(Path.of(path));
        if (wrapped) column = CompiledCommonJs.column(line, column);
        SourceMap map = path.startsWith("/") ? PreparedFile.mapFor(Path.of(path)) : null;
        if (map == null) return path.equals(file) && !wrapped ? null : new Object[] {path, line, column};
        int[] at = map.original(line, column);
        return new Object[] {path, at[0], at[1]};
    }

    public static ErrorInfo errorInfo(String name, String message, String stack, String expected, String actual) {
        return errorInfo(name, message, stack, expected, actual, null);
    }

    public static ErrorInfo errorInfo(String name, String message, String stack, String expected, String actual, String thrown) {
        return new ErrorInfo(name, message, frames(stack), expected, actual, thrown);
    }

    /**
     * Stack text for an exception that reached the host, from its guest frames ("    at fn (file:l:c)"),
     * in original positions (see {@link #originalFrame}).
     * A {@code throw} statement's position moves to the thrown expression, where bun points.
     */
    public static String stackText(PolyglotException e) {
        StringBuilder sb = new StringBuilder();
        for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
            if (!f.isGuestFrame() || f.getSourceLocation() == null) continue;
            SourceSection loc = f.getSourceLocation();
            String path = loc.getSource().getPath() != null ? loc.getSource().getPath() : loc.getSource().getName();
            int line = loc.getStartLine();
            int col = loc.getStartColumn();
            CharSequence text = loc.getCharacters();
            if (text != null && text.length() > 5 && text.subSequence(0, 5).toString().equals("throw")) {
                int i = 5;
                while (i < text.length() && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') i++;
                if (i > 5 && i < text.length() && text.charAt(i) != '\n') col += i;
            }
            // GraalJS names arrow functions ":=>" and other anonymous ones with a leading ':'.
            String root = f.getRootName() == null ? "" : f.getRootName();
            String fn = root.equals(":program") ? root : root.isEmpty() || root.startsWith(":") ? "<anonymous>" : root;
            Object[] at = originalFrame(path, line, col);
            if (at != null) {
                path = (String) at[0];
                line = (Integer) at[1];
                col = (Integer) at[2];
            }
            sb.append("    at ").append(fn).append(" (").append(path).append(':').append(line).append(':').append(col).append(")\n");
        }
        return sb.toString();
    }
}
