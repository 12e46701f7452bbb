package dev.tempo.watch;

import dev.tempo.engine.events.RunEvent.TestFile;
import dev.tempo.engine.events.RunListener;
import dev.tempo.engine.run.TestRun;
import java.nio.file.Path;
import java.util.List;

/** What a {@link WatchSession} needs from the program hosting it (the CLI, the TUI, a test). */
public interface WatchedProject {
    /** The directory to watch: the project root. */
    Path root();

    /**
     * Reads the configuration again: bunfig.toml, package.json or a tsconfig changed.
     *
     * @throws Exception with a one-line message naming the file and what is wrong in it
     */
    void reload() throws Exception;

    /** The project's test files as discovery finds them now, sorted by display path. */
    List<TestFile> discover() throws Exception;

    /**
     * A run of these files.
     *
     * @param testNamePattern a JS regex source that replaces the configured -t when not null
     * @param only            run only tests marked .only (a .only was found in a test file), as --only does
     */
    TestRun.Request request(List<TestFile> files, String testNamePattern, boolean only);

    /** The listeners that report one run; called once per run, so each run gets fresh reporters. */
    List<RunListener> reporters();
}
