package dev.tempo.engine.events;

/**
 * Snapshot assertions of a file or a run, as bun counts them.
 *
 * @param total    snapshot matcher calls
 * @param passed   snapshots that matched (and inline ones rewritten under -u)
 * @param added    snapshots written: new ones, and under -u every file snapshot (bun rewrites the file)
 * @param failed   snapshots that did not match
 * @param obsolete stored snapshots no test used (removed under -u; bun does not print them)
 */
public record SnapshotCounts(int total, int passed, int added, int failed, int obsolete) {
    public static final SnapshotCounts NONE = new SnapshotCounts(0, 0, 0, 0, 0);

    public SnapshotCounts plus(SnapshotCounts o) {
        return new SnapshotCounts(total + o.total, passed + o.passed, added + o.added, failed + o.failed, obsolete + o.obsolete);
    }
}
