package dev.tempo.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which test files focus tests with {@code .only} ({@code test.only}, {@code it.only}, {@code describe.only},
 * their {@code .each} forms). In watch mode a {@code .only} anywhere means --only, as people who write
 * one while watching expect: only focused tests run, whichever files a save reruns. A textual scan, cached:
 * a watched file's scan holds until the watcher reports a change to it (so a rerun costs nothing for the
 * files that did not change); a file outside the watched tree is checked by size and time stamp.
 */
final class OnlyMarkers {
    private static final Pattern ONLY = Pattern.compile("\\b(?:test|it|describe|fdescribe|fit)\\s*\\.\\s*only\\b");

    private record Scan(long modified, long size, boolean only) {}

    private final Map<Path, Scan> scans = new ConcurrentHashMap<>();
    /** Watched files whose scan is current: no change to them was reported since it was made. */
    private final Set<Path> current = ConcurrentHashMap.newKeySet();
    private final Predicate<Path> watched;

    /** @param watched whether the watcher reports changes to this file (canonical path) */
    OnlyMarkers(Predicate<Path> watched) {
        this.watched = watched;
    }

    /** The watcher reported a change to this file (canonical path): scan it again when next asked. */
    void changed(Path file) {
        current.remove(file);
    }

    /** The watcher reported this file or directory deleted: scan it, and anything that was under it, again. */
    void deleted(Path path) {
        current.removeIf(f -> f.startsWith(path));
    }

    /** Events were lost: scan every file again. */
    void changedAll() {
        current.clear();
    }

    /** The first of these files that has a .only, or null. */
    Path firstWithOnly(Iterable<Path> files) {
        for (Path f : files) {
            if (hasOnly(f)) return f;
        }
        return null;
    }

    boolean hasOnly(Path file) {
        Scan s = scans.get(file);
        if (s != null && current.contains(file)) return s.only;
        // Marked current before reading: a change reported while this scan runs unmarks it again.
        boolean trusted = watched.test(file) && current.add(file);
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            long modified = a.lastModifiedTime().toMillis();
            if (s != null && s.modified == modified && s.size == a.size()) return s.only;
            boolean only = ONLY.matcher(Files.readString(file)).find();
            scans.put(file, new Scan(modified, a.size(), only));
            return only;
        } catch (IOException | RuntimeException e) {
            scans.remove(file);
            if (trusted) current.remove(file);
            return false;
        }
    }
}
