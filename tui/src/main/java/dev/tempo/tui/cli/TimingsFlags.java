package dev.tempo.tui.cli;

import dev.tempo.engine.config.RunOptions;
import dev.tempo.engine.schedule.FileTimings;
import dev.tempo.engine.schedule.TimingsFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** {@code --timings FILE…} and {@code --update-timings}, as bun reads and writes them. */
final class TimingsFlags {
    private TimingsFlags() {}

    /** Every --timings file read as one table (a later file's entry wins); files that do not exist yet read as empty. */
    static FileTimings read(RunOptions o) throws UsageException {
        FileTimings all = FileTimings.empty();
        for (String name : o.timings()) {
            try {
                all = all.merge(TimingsFile.read(o.rootDir().resolve(name), name));
            } catch (TimingsFile.InvalidTimingsException e) {
                throw new UsageException(e.getMessage());
            } catch (IOException e) {
                throw new UsageException("cannot read --timings file " + name + ": " + e.getMessage());
            }
        }
        return all;
    }

    /**
     * Writes the first --timings file: under --shard only the files this shard ran (the shards' files are then
     * disjoint and read together add up to the suite), else what was read with this run's durations over it.
     */
    static void write(RunOptions o, FileTimings read, FileTimings measured, Set<String> ran) throws IOException {
        FileTimings durations = new FileTimings(measured.millis(), Set.of());
        FileTimings out = o.shard() != null ? durations.only(ran) : new FileTimings(read.millis(), Set.of()).merge(durations);
        Path file = o.rootDir().resolve(o.timings().get(0));
        TimingsFile.write(file, out, false);
    }
}
