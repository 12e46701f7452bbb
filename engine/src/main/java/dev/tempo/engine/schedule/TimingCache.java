package dev.tempo.engine.schedule;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The project's own record of earlier runs, {@code node_modules/.cache/tempo/timings.json} (bun's
 * timings format plus the files that failed): read before a run to order it, rewritten after it. A
 * cache is never worth failing a run for: a missing, unreadable or corrupt file reads as empty and a
 * write that fails is skipped.
 */
public final class TimingCache {
    private final Path file;

    public TimingCache(Path projectRoot) {
        this.file = projectRoot.resolve("node_modules").resolve(".cache").resolve("tempo").resolve("timings.json");
    }

    public Path file() {
        return file;
    }

    public FileTimings load() {
        try {
            return TimingsFile.read(file, file.toString());
        } catch (IOException | TimingsFile.InvalidTimingsException | RuntimeException e) {
            return FileTimings.empty();
        }
    }

    /** Stores what a run measured over what was known before; true when it was written. */
    public boolean update(FileTimings before, FileTimings measured) {
        if (measured.isEmpty()) return false;
        try {
            TimingsFile.write(file, before.merge(measured), true);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
