package dev.tempo.engine.module;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A decoded source map (v3, one source): maps positions in transpiled code back to the original
 * TypeScript, so stack traces and failure excerpts point at the lines the user wrote.
 */
public final class SourceMap {
    private static final Pattern MAPPINGS = Pattern.compile("\"mappings\"\\s*:\\s*\"([^\"]*)\"");
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** Per generated line (0-based): flat triples of (generated col, original line, original col), sorted by col. */
    private final int[][] lines;

    private SourceMap(int[][] lines) {
        this.lines = lines;
    }

    public static SourceMap parse(String json) {
        Matcher m = MAPPINGS.matcher(json);
        if (!m.find()) return new SourceMap(new int[0][]);
        return new SourceMap(decode(m.group(1)));
    }

    /** Original 1-based (line, column) for a generated 1-based position; the input when nothing maps. */
    public int[] original(int line, int column) {
        int l = line - 1;
        if (l < 0 || l >= lines.length || lines[l].length == 0) return new int[] {line, column};
        int[] seg = lines[l];
        int col = Math.max(0, column - 1);
        int best = 0;
        for (int i = 0; i < seg.length; i += 3) {
            if (seg[i] <= col) best = i;
            else break;
        }
        return new int[] {seg[best + 1] + 1, seg[best + 2] + 1 + Math.max(0, col - seg[best])};
    }

    private static int[][] decode(String mappings) {
        List<int[]> out = new ArrayList<>();
        int srcLine = 0, srcCol = 0, srcIdx = 0, nameIdx = 0;
        int pos = 0, n = mappings.length();
        int[] vals = new int[5];
        while (pos <= n) {
            int genCol = 0;
            int[] buf = new int[24];
            int count = 0;
            while (pos < n && mappings.charAt(pos) != ';') {
                int fields = 0;
                while (pos < n && mappings.charAt(pos) != ',' && mappings.charAt(pos) != ';') {
                    int value = 0, shift = 0, digit;
                    do {
                        digit = B64.indexOf(mappings.charAt(pos++));
                        value += (digit & 31) << shift;
                        shift += 5;
                    } while ((digit & 32) != 0 && pos < n);
                    vals[fields++ % 5] = (value & 1) == 1 ? -(value >>> 1) : value >>> 1;
                }
                if (pos < n && mappings.charAt(pos) == ',') pos++;
                if (fields == 0) continue;
                genCol += vals[0];
                if (fields >= 4) {
                    srcIdx += vals[1];
                    srcLine += vals[2];
                    srcCol += vals[3];
                    if (fields >= 5) nameIdx += vals[4];
                    if (count + 3 > buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
                    buf[count++] = genCol;
                    buf[count++] = srcLine;
                    buf[count++] = srcCol;
                }
            }
            out.add(Arrays.copyOf(buf, count));
            pos++;
        }
        return out.toArray(new int[0][]);
    }
}
