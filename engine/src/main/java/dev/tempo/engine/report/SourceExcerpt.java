package dev.tempo.engine.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The source lines above an error, as bun shows them: the failing line and up to five before it, each
 * behind a line-number gutter right-aligned to the widest number shown, then a caret under the failing
 * column.
 *
 * <pre>
 *  9 |   test("toEqual fails", () =&gt; {
 * 10 |     expect(a).toEqual(b);
 *                    ^
 * </pre>
 *
 * Files are read once per reporter and kept; an unreadable file or a line past its end gives no excerpt.
 */
public final class SourceExcerpt {
    static final int LINES_BEFORE = 5;

    private final Ansi a;
    private final JsHighlighter highlighter;
    private final Map<String, List<String>> files = new HashMap<>();

    public SourceExcerpt(Ansi ansi) {
        this.a = ansi;
        this.highlighter = new JsHighlighter(ansi);
    }

    /** Whether {@code file} can be read and has {@code line}. */
    public boolean has(String file, int line) {
        if (line <= 0) return false;
        List<String> lines = lines(file);
        return lines != null && line <= lines.size();
    }

    /** The excerpt ending at {@code line} with the caret under {@code column} (1-based), or "". */
    public String render(String file, int line, int column) {
        if (!has(file, line)) return "";
        List<String> lines = lines(file);
        int from = Math.max(1, line - LINES_BEFORE);
        int width = digits(line);
        StringBuilder sb = new StringBuilder();
        for (int n = from; n <= line; n++) {
            sb.append(" ".repeat(width - digits(n)))
                    .append(a.fmt("<r><b>")).append(n).append(" |").append(a.fmt("<r>"))
                    .append(' ').append(highlighter.highlight(lines.get(n - 1))).append('\n');
        }
        sb.append(" ".repeat(width + 3 + Math.max(0, column - 1))).append(a.fmt("<red><b>^<r>")).append('\n');
        return sb.toString();
    }

    /** The single-line excerpt bun gives a parse error: "3 |   let a = ;" and the caret, or "". */
    public String renderParseError(String file, int line, int column) {
        if (!has(file, line)) return "";
        String gutter = line + " | ";
        return a.fmt("<b>") + gutter + a.fmt("<r>") + highlighter.highlight(lines(file).get(line - 1)) + "\n"
                + " ".repeat(gutter.length() + Math.max(0, column - 1)) + a.fmt("<b><red><b>^<r>") + "\n";
    }

    private List<String> lines(String file) {
        if (file == null || file.isEmpty()) return null;
        return files.computeIfAbsent(file, SourceExcerpt::read);
    }

    private static List<String> read(String file) {
        try {
            Path path = Path.of(file);
            if (!path.isAbsolute() || !Files.isRegularFile(path)) return null;
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int digits(int n) {
        return Integer.toString(n).length();
    }
}
