package dev.tempo.watch.graph;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Test file -> every module it reached when it last ran, and the reverse: module -> the test files that
 * reached it. Filled from the engine's file results as files finish; a test file's entry is replaced
 * whenever it runs again, so an import removed in an edit stops counting. Thread-safe.
 */
public final class ImportGraph {
    private final Map<Path, Set<Path>> modulesOf = new HashMap<>();
    private final Map<Path, Set<Path>> testFilesOf = new HashMap<>();

    /** Records what {@code testFile} loaded in its latest run (paths need not be canonical). */
    public synchronized void record(Path testFile, Set<Path> modules) {
        Path test = CanonicalPath.of(testFile);
        remove(test);
        Set<Path> mods = new LinkedHashSet<>();
        for (Path m : modules) mods.add(CanonicalPath.of(m));
        mods.add(test);
        modulesOf.put(test, mods);
        for (Path m : mods) testFilesOf.computeIfAbsent(m, k -> new HashSet<>()).add(test);
    }

    public synchronized void remove(Path testFile) {
        Path test = CanonicalPath.of(testFile);
        Set<Path> old = modulesOf.remove(test);
        if (old == null) return;
        for (Path m : old) {
            Set<Path> users = testFilesOf.get(m);
            if (users == null) continue;
            users.remove(test);
            if (users.isEmpty()) testFilesOf.remove(m);
        }
    }

    /** The test files whose last run loaded {@code module} (canonical path). */
    public synchronized Set<Path> testFilesReaching(Path module) {
        return Set.copyOf(testFilesOf.getOrDefault(module, Set.of()));
    }

    /** The test files whose last run loaded anything at or under {@code dir} (a deleted directory). */
    public synchronized Set<Path> testFilesReachingUnder(Path dir) {
        Set<Path> out = new HashSet<>();
        for (Map.Entry<Path, Set<Path>> e : testFilesOf.entrySet()) {
            if (e.getKey().startsWith(dir)) out.addAll(e.getValue());
        }
        return out;
    }

    /** The modules {@code testFile} loaded in its last run; empty when it has not run. */
    public synchronized Set<Path> modulesOf(Path testFile) {
        return Set.copyOf(modulesOf.getOrDefault(CanonicalPath.of(testFile), Set.of()));
    }
}
