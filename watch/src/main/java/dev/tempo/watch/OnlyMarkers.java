package dev.tempo.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Which test files focus tests with {@code .only} ({@code test.only}, {@code it.only}, {@code describe.only},
 * their {@code .each} forms). In watch mode a {@code .only} anywhere means --only, as people who write
 * one while watching expect: only focused tests run, whichever files a save reruns. A textual scan, cached by
 * size and time stamp, so it costs a stat per file per run.
 */
final class OnlyMarkers {
    private static final Pattern ONLY = Pattern.compile("\\b(?:test|it|describe|fdescribe|fit)\\s*\\.\\s*only\\b");

    private record Scan(long modified, long size, boolean only) {}

    private final Map<Path, Scan> scans = new ConcurrentHashMap<>();

    /** The first of these files that has a .only, or null. */
    Path firstWithOnly(Iterable<Path> files) {
        for (Path f : files) {
            if (hasOnly(f)) return f;
        }
        return null;
    }

    boolean hasOnly(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            long modified = a.lastModifiedTime().toMillis();
            Scan s = scans.get(file);
            if (s != null && s.modified == modified && s.size == a.size()) return s.only;
            boolean only = ONLY.matcher(Files.readString(file)).find();
            scans.put(file, new Scan(modified, a.size(), only));
            return only;
        } catch (IOException | RuntimeException e) {
            scans.remove(file);
            return false;
        }
    }
}
