package dev.tempo.engine.schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What earlier runs measured, keyed by a file's display path (relative to the project root): how long
 * the whole file took, and which files failed last time they ran. Immutable.
 */
public final class FileTimings {
    private static final FileTimings EMPTY = new FileTimings(Map.of(), Set.of());

    private final Map<String, Double> millis;
    private final Set<String> failed;

    public FileTimings(Map<String, Double> millis, Set<String> failed) {
        this.millis = Collections.unmodifiableMap(new LinkedHashMap<>(millis));
        this.failed = Collections.unmodifiableSet(new TreeSet<>(failed));
    }

    public static FileTimings empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return millis.isEmpty() && failed.isEmpty();
    }

    /** Recorded durations, in milliseconds per display path. */
    public Map<String, Double> millis() {
        return millis;
    }

    /** Display paths of the files that failed the last time they ran. */
    public Set<String> failed() {
        return failed;
    }

    public boolean knows(String path) {
        return millis.containsKey(path);
    }

    public boolean failed(String path) {
        return failed.contains(path);
    }

    /**
     * The expected duration of a file: its recorded one, else the median of the recorded ones (bun's
     * choice for unknown files), else 0 when nothing is recorded at all.
     */
    public double estimate(String path) {
        Double known = millis.get(path);
        return known != null ? known : median();
    }

    public double median() {
        if (millis.isEmpty()) return 0;
        List<Double> all = new ArrayList<>(millis.values());
        Collections.sort(all);
        int n = all.size();
        return n % 2 == 1 ? all.get(n / 2) : (all.get(n / 2 - 1) + all.get(n / 2)) / 2;
    }

    /** These timings with {@code newer}'s entries replacing ours where both have one. */
    public FileTimings merge(FileTimings newer) {
        Map<String, Double> m = new LinkedHashMap<>(millis);
        m.putAll(newer.millis);
        Set<String> f = new TreeSet<>(failed);
        f.removeAll(newer.millis.keySet());
        f.addAll(newer.failed);
        return new FileTimings(m, f);
    }

    /** Only the entries of these paths. */
    public FileTimings only(Set<String> paths) {
        Map<String, Double> m = new LinkedHashMap<>();
        millis.forEach((k, v) -> { if (paths.contains(k)) m.put(k, v); });
        Set<String> f = new TreeSet<>(failed);
        f.retainAll(paths);
        return new FileTimings(m, f);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileTimings t && t.millis.equals(millis) && t.failed.equals(failed);
    }

    @Override
    public int hashCode() {
        return millis.hashCode() * 31 + failed.hashCode();
    }

    @Override
    public String toString() {
        return "FileTimings" + millis + " failed " + failed;
    }
}
