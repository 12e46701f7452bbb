package dev.tempo.engine.events;

import java.nio.file.Path;
import java.util.List;

/**
 * Stored snapshots of one test file that no test checked (Jest's "unchecked" snapshots): tests that
 * were skipped, todo or failed keep theirs, and with a test-name filter or {@code .only} none are
 * counted, since the tests left out are unknown.
 *
 * @param testFile the test file whose {@code __snapshots__/<file>.snap} holds them
 * @param keys     the snapshot names ("describe test 1")
 * @param removed  whether -u removed them from the file
 */
public record ObsoleteSnapshots(Path testFile, List<String> keys, boolean removed) {
    public ObsoleteSnapshots {
        keys = List.copyOf(keys);
    }
}
