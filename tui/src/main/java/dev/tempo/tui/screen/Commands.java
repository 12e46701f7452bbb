package dev.tempo.tui.screen;

import dev.tempo.engine.events.RunEvent.TestFile;
import java.nio.file.Path;
import java.util.List;

/** What the keys ask of the program behind the screen (the watch session, the editor). */
public interface Commands {
    void runAll();

    void runFailed();

    void rerun();

    /**
     * Runs these files now.
     *
     * @param testPattern     a JS regex source limiting the tests (null: all of them)
     * @param updateSnapshots rewrite the snapshots that do not match
     */
    void runFiles(List<TestFile> files, String testPattern, boolean updateSnapshots, String reason);

    /** Sets the session's test-name filter (null: none) and reruns. */
    void filterTests(String jsRegex);

    /** Sets the session's file filter (a regex on display paths, null: none) and reruns. */
    void filterFiles(String regex);

    void rerunOnSave(boolean on);

    /** Opens the file in $EDITOR at the line (the screen is suspended meanwhile). */
    void openInEditor(Path file, int line);
}
