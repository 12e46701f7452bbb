package dev.tempo.watch.graph;

import dev.tempo.watch.fs.Change;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which test files a batch of changes reruns:
 * <ul>
 *   <li>bunfig.toml, package.json or a tsconfig*.json changed (or the watcher lost events): all of them;</li>
 *   <li>a test file changed: itself; a test file appeared: itself; one disappeared: it is removed;</li>
 *   <li>a module changed or disappeared: the test files whose last run loaded it (a deleted directory:
 *       everything they loaded under it);</li>
 *   <li>a file appeared: also the test files that failed to load last time, since the module they
 *       missed may be the one that appeared;</li>
 *   <li>anything else (a file no test loaded, a README, a snapshot): nothing; it is listed as unaffected.</li>
 * </ul>
 * Pure: the test files before and after the changes come from discovery, done by the caller.
 */
public final class AffectedFiles {

    /**
     * @param all        rerun every test file (reason says why)
     * @param run        the test files to rerun (canonical paths), when not all
     * @param removed    test files that no longer exist
     * @param unaffected changed files that rerun nothing
     */
    public record Plan(boolean all, String reason, Set<Path> run, Set<Path> removed, List<Path> unaffected) {
        public boolean isEmpty() {
            return !all && run.isEmpty();
        }
    }

    private AffectedFiles() {}

    /** Whether a change to this file can change how every test file loads or runs. */
    public static boolean isConfigFile(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString();
        return n.equals("bunfig.toml") || n.equals("package.json") || (n.startsWith("tsconfig") && n.endsWith(".json"));
    }

    /**
     * @param changes    the batch, paths canonical
     * @param before     the test files known before it (canonical)
     * @param now        the test files after it (rediscovered when files appeared or disappeared)
     * @param loadErrors test files whose last run failed to load
     */
    public static Plan of(List<Change> changes, ImportGraph graph, Set<Path> before, Set<Path> now, Set<Path> loadErrors,
                          Path root) {
        Set<Path> removed = new LinkedHashSet<>(before);
        removed.removeAll(now);
        for (Change c : changes) {
            if (c.path().equals(root)) return new Plan(true, "files changed faster than they could be watched", Set.of(), removed, List.of());
            if (isConfigFile(c.path())) return new Plan(true, root.relativize(c.path()) + " changed", Set.of(), removed, List.of());
        }
        Set<Path> run = new LinkedHashSet<>();
        Set<Path> unaffected = new LinkedHashSet<>();
        for (Change c : changes) {
            Path p = c.path();
            Set<Path> reached = new LinkedHashSet<>(graph.testFilesReaching(p));
            if (c.kind() == Change.Kind.DELETED) reached.addAll(graph.testFilesReachingUnder(p));
            if (now.contains(p)) reached.add(p);
            if (c.kind() == Change.Kind.CREATED) reached.addAll(loadErrors);
            reached.retainAll(now);
            if (reached.isEmpty() && !removed.contains(p)) unaffected.add(p);
            run.addAll(reached);
        }
        for (Path p : now) {
            if (!before.contains(p)) run.add(p); // new test files, even when found by a directory's creation
        }
        return new Plan(false, null, run, removed, List.copyOf(unaffected));
    }
}
