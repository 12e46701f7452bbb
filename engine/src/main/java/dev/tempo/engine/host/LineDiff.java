package dev.tempo.engine.host;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * The line diff behind matcher messages and snapshot failures, with java-diff-utils (Myers): far
 * faster than a diff written in JS in the interpreter, which matters for large snapshots.
 */
public final class LineDiff {
    private LineDiff() {}

    /**
     * The edit script from {@code a} (expected) to {@code b} (received) as a flat list of pairs:
     * op ("=", "-" or "+") then the line. A changed block lists its removed lines before the added ones.
     */
    public static List<String> ops(List<String> a, List<String> b) {
        Patch<String> patch = DiffUtils.diff(a, b, true);
        List<String> out = new ArrayList<>(2 * (a.size() + b.size()));
        for (AbstractDelta<String> d : patch.getDeltas()) {
            switch (d.getType()) {
                case EQUAL -> add(out, "=", d.getSource().getLines());
                case DELETE -> add(out, "-", d.getSource().getLines());
                case INSERT -> add(out, "+", d.getTarget().getLines());
                case CHANGE -> {
                    add(out, "-", d.getSource().getLines());
                    add(out, "+", d.getTarget().getLines());
                }
            }
        }
        return out;
    }

    private static void add(List<String> out, String op, List<String> lines) {
        for (String line : lines) {
            out.add(op);
            out.add(line);
        }
    }
}
