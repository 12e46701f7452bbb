package dev.tempo.engine.report;

import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunEvent.TestFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds each running file's events until the file finishes, so that files running in parallel are
 * printed one whole block at a time, in the order they finish. Files still open when the run ends
 * (after a bail) come out in the order they started.
 */
final class FileBlocks {
    /** A file's buffered events, ending with its FileFinished when it completed. */
    record Block(TestFile file, List<RunEvent> events) {}

    private final Map<Path, Block> open = new LinkedHashMap<>();

    void start(TestFile file) {
        open.computeIfAbsent(file.path(), p -> new Block(file, new ArrayList<>()));
    }

    void add(TestFile file, RunEvent event) {
        start(file);
        open.get(file.path()).events().add(event);
    }

    /** The file's block with {@code finished} as its last event. */
    Block finish(RunEvent.FileFinished finished) {
        add(finished.file(), finished);
        return open.remove(finished.file().path());
    }

    /** Every file not finished yet, in start order; afterwards none is open. */
    List<Block> drain() {
        List<Block> rest = new ArrayList<>(open.values());
        open.clear();
        return rest;
    }
}
