package dev.tempo.watch;

import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunSummary;
import java.nio.file.Path;
import java.util.List;

/**
 * What a watch session tells its user interface, besides the run events its reporters get. Called on the
 * session's thread, one call at a time.
 */
public interface WatchListener {
    /** A run begins: why ("src/math.ts changed", "all files") and which files, in order. */
    default void runStarting(String reason, List<TestFile> files) {}

    default void runFinished(RunSummary summary) {}

    /** Changed files that no test file loaded: they rerun nothing. */
    default void unaffected(List<Path> changed) {}

    /** Test files that were deleted: gone from the results. */
    default void removed(List<TestFile> files) {}

    /** Something went wrong outside the tests (a broken bunfig.toml, an invalid filter); watching goes on. */
    default void problem(String message) {}

    /** The session is waiting for changes or keys. */
    default void waiting() {}

    /** The session has stopped watching (after quit). */
    default void ended() {}
}
