package dev.tempo.engine.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Snapshot assertions of a file or a run, as bun counts them, and the stored snapshots no test
 * checked, as Jest reports them.
 *
 * @param total    snapshot matcher calls
 * @param passed   snapshots that matched (and inline ones rewritten under -u)
 * @param added    snapshots written: new ones, and under -u every file snapshot (bun rewrites the file)
 * @param failed   snapshots that did not match
 * @param obsolete per test file, stored snapshots no test used (removed under -u)
 */
public record SnapshotCounts(int total, int passed, int added, int failed, List<ObsoleteSnapshots> obsolete) {
    public static final SnapshotCounts NONE = new SnapshotCounts(0, 0, 0, 0, List.of());

    public SnapshotCounts {
        obsolete = List.copyOf(obsolete);
    }

    public SnapshotCounts plus(SnapshotCounts o) {
        List<ObsoleteSnapshots> both = new ArrayList<>(obsolete);
        both.addAll(o.obsolete);
        return new SnapshotCounts(total + o.total, passed + o.passed, added + o.added, failed + o.failed, both);
    }

    /** Obsolete snapshots still stored (-u was not given). */
    public int obsoleteKept() {
        return obsolete.stream().filter(f -> !f.removed()).mapToInt(f -> f.keys().size()).sum();
    }

    /** Obsolete snapshots -u removed. */
    public int obsoleteRemoved() {
        return obsolete.stream().filter(ObsoleteSnapshots::removed).mapToInt(f -> f.keys().size()).sum();
    }
}
