package dev.tempo.engine.report;

import dev.tempo.engine.events.ObsoleteSnapshots;
import dev.tempo.engine.events.SnapshotCounts;
import java.nio.file.Path;
import java.util.List;

/**
 * Jest's report of obsolete snapshots, printed before bun's totals (bun itself reports none):
 *
 * <pre>
 *
 * Snapshot Summary
 *  › 2 snapshots obsolete from 1 test suite. To remove them all, run `tempo test -u`.
 *    ↳ src/a.test.js
 *        • old test 1
 *        • other 1
 * </pre>
 *
 * Under -u the line reads " › 2 snapshots removed from 1 test suite." and the same list follows.
 */
final class SnapshotSummary {
    private SnapshotSummary() {}

    /** The block, or "" when no snapshot was obsolete. */
    static String render(SnapshotCounts snap, Path projectRoot, Ansi a) {
        if (snap == null || snap.obsolete().isEmpty()) return "";
        StringBuilder sb = new StringBuilder("\n").append(a.fmt("<b>Snapshot Summary<r>")).append('\n');
        line(sb, snap.obsoleteKept(), false, snap.obsolete(), a);
        line(sb, snap.obsoleteRemoved(), true, snap.obsolete(), a);
        for (ObsoleteSnapshots file : snap.obsolete()) {
            sb.append("   \u21B3 ").append(path(file.testFile(), projectRoot, a)).append('\n');
            for (String key : file.keys()) sb.append("       \u2022 ").append(key).append('\n');
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, int count, boolean removed, List<ObsoleteSnapshots> files, Ansi a) {
        if (count == 0) return;
        long suites = files.stream().filter(f -> f.removed() == removed).count();
        String head = " \u203A " + plural(count, "snapshot") + (removed ? " removed " : " obsolete ");
        sb.append(a.fmt(removed ? "<b><green>" : "<b><yellow>")).append(head).append(a.fmt("<r>"))
                .append("from ").append(plural(suites, "test suite")).append('.');
        if (!removed) {
            sb.append(' ').append(a.fmt("<d>")).append("To remove ").append(count == 1 ? "it" : "them all")
                    .append(", run `tempo test -u`.").append(a.fmt("<r>"));
        }
        sb.append('\n');
    }

    private static String path(Path file, Path root, Ansi a) {
        Path shown = root != null && file.startsWith(root) ? root.relativize(file) : file;
        Path dir = shown.getParent();
        String name = shown.getFileName().toString();
        return (dir == null ? "" : a.fmt("<d>") + dir.toString().replace('\\', '/') + "/" + a.fmt("<r>")) + a.fmt("<b>") + name + a.fmt("<r>");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
